"""The HSDS import as a background task; its progress and report are kept on the `HsdsImport` row."""

from __future__ import annotations

from pathlib import Path

from django.core.files.storage import default_storage
from django.utils import timezone
from django_tasks import task

from directory.hsds.importer import import_hsds
from directory.models import HsdsImport


@task()
def import_hsds_upload(import_id: int) -> dict:
    """Import the uploaded file of `HsdsImport` `import_id` into its network; returns the report."""
    job = HsdsImport.objects.select_related("network", "started_by").get(pk=import_id)
    rows = HsdsImport.objects.filter(pk=import_id)

    def progress(done: int, total: int, label: str) -> None:
        rows.update(state=HsdsImport.State.RUNNING, done=done, total=total, step=str(label)[:200])

    progress(0, 1, "")
    try:
        path = Path(default_storage.path(job.stored_name))
        # The moderator who uploaded the file is named in the history of every row the import changes.
        report = import_hsds(job.network, path, progress, job.started_by, job.file_name).as_dict()
    except Exception as error:  # noqa: BLE001 - the moderator's page must say the import stopped, not spin forever
        rows.update(state=HsdsImport.State.FAILED, error=str(error)[:2000], finished_at=timezone.now())
        raise
    finally:
        default_storage.delete(job.stored_name)
    rows.update(state=HsdsImport.State.DONE, report=report, finished_at=timezone.now(), stored_name="")
    return report
