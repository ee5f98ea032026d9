"""Search indexing as background tasks (django-tasks): saves enqueue, a worker rebuilds the documents.

With the database backend the task row is written in the same transaction as the edit, so an edit that is
rolled back never reaches the index, and one that is committed always does.
"""

from __future__ import annotations

from collections.abc import Iterable

from django_tasks import task

from directory.models import Service
from directory.search.documents import index_services, indexing_deferred, reindex_network
from portal.models import Network


@task()
def index_services_task(service_ids: list[int]) -> None:
    index_services(service_ids)


@task()
def index_category_services_task(category_id: int) -> None:
    """After a category is renamed or its crisis flag changes: every service filed under it."""
    index_services(Service.objects.filter(categories=category_id).values_list("pk", flat=True))


@task()
def reindex_network_task(network_id: int) -> int:
    return reindex_network(Network.objects.get(pk=network_id))


def schedule_indexing(service_ids: Iterable[int]) -> None:
    """Queue the (re)indexing of these services, unless a bulk job will reindex their network anyway."""
    service_ids = sorted(set(service_ids))
    if service_ids and not indexing_deferred():
        index_services_task.enqueue(service_ids=service_ids)
