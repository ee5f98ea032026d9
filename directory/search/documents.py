"""Keeps the search documents in step with the listings: one per (listed service, enabled language)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.db import transaction

from directory.models import SearchTerm, Service, ServiceSearchDocument
from directory.search.document_sql import insert_documents, insert_terms
from portal.models import Network

if TYPE_CHECKING:
    from directory.models.services import ServiceQuerySet

__all__ = ["defer_indexing", "index_services", "reindex_network", "text_search_config"]

# PostgreSQL has no Chinese or Vietnamese stemmer: `simple` only lowercases, substrings and trigrams do the rest.
# Each is PostgreSQL's own configuration with `unaccent` before the stemmer (migration 0008), so that "tu van"
# finds "tư vấn" and "consejeria" finds "consejería", and both spellings rank alike.
TEXT_SEARCH_CONFIGS = {
    "en": "directory_english",
    "es": "directory_spanish",
    "ar": "directory_arabic",
    "zh-hans": "directory_simple",
    "vi": "directory_simple",
}

_deferred: ContextVar[bool] = ContextVar("search_indexing_deferred", default=False)


def indexing_deferred() -> bool:
    """Whether saves skip indexing because a bulk job will reindex its network at the end."""
    return _deferred.get()


@contextmanager
def defer_indexing(network: Network) -> Iterator[None]:
    """For imports and seeding: no indexing per saved service, one `reindex_network` when the block ends."""
    token = _deferred.set(True)
    try:
        yield
    finally:
        _deferred.reset(token)
    reindex_network(network)


def text_search_config(language: str) -> str:
    """The PostgreSQL text-search configuration that stems `language`."""
    return TEXT_SEARCH_CONFIGS.get(language, "directory_simple")


def _write(network: Network, services: ServiceQuerySet, service_ids: list[int] | None) -> None:
    for language in network.languages:
        insert_documents(services, language, network.default_language, text_search_config(language))
        insert_terms(network, language, service_ids)


@transaction.atomic
def index_services(service_ids: Iterable[int]) -> None:
    """Rebuild the documents of these services from their live rows; unlisted services lose theirs."""
    service_ids = sorted(set(service_ids))
    if not service_ids:
        return
    ServiceSearchDocument.objects.filter(service_id__in=service_ids).delete()
    by_network: dict[int, list[int]] = {}
    for pk, network_id in Service.objects.filter(pk__in=service_ids).values_list("pk", "network_id"):
        by_network.setdefault(network_id, []).append(pk)
    for network in Network.objects.filter(pk__in=by_network):
        ids = by_network[network.pk]
        _write(network, Service.objects.filter(pk__in=ids, network=network).listed(), ids)


@transaction.atomic
def reindex_network(network: Network) -> int:
    """Rebuild every document and search term of `network`; returns how many services are searchable."""
    services = Service.objects.for_network(network).listed()
    ServiceSearchDocument.objects.for_network(network).delete()
    SearchTerm.objects.for_network(network).delete()
    _write(network, services, None)
    return services.count()
