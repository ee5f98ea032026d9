"""The HSDS import as a background task; progress lives in the cache, keyed by the task's id."""

from __future__ import annotations

from pathlib import Path

from django.core.cache import cache
from django.core.files.storage import default_storage
from django_tasks import task

from directory.hsds.importer import import_hsds
from portal.models import Network

PROGRESS_TIMEOUT = 60 * 60 * 24


def progress_key(task_id: str) -> str:
    return f"hsds-import:{task_id}"


def read_progress(task_id: str) -> dict | None:
    """What the import with `task_id` has done so far, or its result once finished."""
    return cache.get(progress_key(task_id))


@task(takes_context=True)
def import_hsds_upload(context, network_id: int, stored_name: str) -> dict:
    """Import an uploaded HSDS file (a storage name) into a network; returns the report as a dict."""
    key = progress_key(context.task_result.id)
    network = Network.objects.get(pk=network_id)

    def progress(done: int, total: int, label: str) -> None:
        cache.set(key, {"network_id": network_id, "state": "running", "done": done, "total": total,
                        "label": label}, PROGRESS_TIMEOUT)  # fmt: skip

    progress(0, 1, "")
    try:
        report = import_hsds(network, Path(default_storage.path(stored_name)), progress=progress).as_dict()
    except Exception as error:  # noqa: BLE001 - the moderator's page must say the import failed, not spin forever
        cache.set(key, {"network_id": network_id, "state": "failed", "error": str(error)}, PROGRESS_TIMEOUT)
        raise
    finally:
        default_storage.delete(stored_name)
    cache.set(key, {"network_id": network_id, "state": "done", "report": report}, PROGRESS_TIMEOUT)
    return report
