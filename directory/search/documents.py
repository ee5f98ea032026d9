"""Builds the search documents: one per (listed service, enabled language), from that language's text."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.utils import translation

from directory.models import Service, ServiceSearchDocument
from portal.languages import network_default

if TYPE_CHECKING:
    from portal.models import Network

# PostgreSQL has no Chinese or Vietnamese stemmer: `simple` only lowercases, trigrams do the rest.
TEXT_SEARCH_CONFIGS = {"en": "english", "es": "spanish", "ar": "arabic", "zh-hans": "simple", "vi": "simple"}
BODY_FIELDS = (
    "alternate_name",
    "description",
    "application_process",
    "eligibility_description",
    "fees_description",
    "interpretation_services",
)


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
    return TEXT_SEARCH_CONFIGS.get(language, "simple")


def uses_full_text() -> bool:
    """PostgreSQL full text and trigrams; anything else gets the plain fallback."""
    return connection.vendor == "postgresql"


def _document_texts(service: Service) -> dict[str, str]:
    """The name, categories and other text of `service` in the active language (with the network's fallback)."""
    categories = " ".join(category.name for category in service.categories.all())
    body = [getattr(service, field) or "" for field in BODY_FIELDS]
    body.append(service.organization.name)
    return {"name": service.name, "categories": categories, "body": " ".join(part for part in body if part)}


def _write_vectors(documents) -> None:
    if not uses_full_text():
        return
    for language in {document.language for document in documents}:
        config = text_search_config(language)
        ServiceSearchDocument.objects.filter(pk__in=[d.pk for d in documents if d.language == language]).update(
            vector=SearchVector("name", config=config, weight="A")
            + SearchVector("categories", config=config, weight="B")
            + SearchVector("body", config=config, weight="C")
        )


def _build(services) -> list[ServiceSearchDocument]:
    documents = []
    for service in services:
        network = service.network
        with network_default(network.default_language):
            for language in network.languages:
                with translation.override(language):
                    texts = _document_texts(service)
                documents.append(
                    ServiceSearchDocument(
                        network=network,
                        service=service,
                        language=language,
                        text=" ".join(texts.values()),
                        **texts,
                    )
                )
    return documents


def _indexable(queryset):
    return queryset.listed().select_related("network", "organization").prefetch_related("categories")


@transaction.atomic
def index_service(service: Service) -> None:
    """(Re)build `service`'s documents from its live row; an unlisted service loses them."""
    ServiceSearchDocument.objects.filter(service_id=service.pk).delete()
    documents = _build(_indexable(Service.objects.filter(pk=service.pk)))
    _write_vectors(ServiceSearchDocument.objects.bulk_create(documents))


@transaction.atomic
def reindex_network(network: Network) -> int:
    """Rebuild every document of `network`; returns how many services are searchable."""
    ServiceSearchDocument.objects.for_network(network).delete()
    services = list(_indexable(Service.objects.for_network(network)))
    _write_vectors(ServiceSearchDocument.objects.bulk_create(_build(services)))
    return len(services)
