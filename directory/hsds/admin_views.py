"""Admin screens for moderators: upload an HSDS zip or JSON file, then watch the import's progress and result."""

from __future__ import annotations

import uuid
from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from directory.hsds.tasks import import_hsds_upload, read_progress
from portal.permissions import has_role

ALLOWED_SUFFIXES = (".zip", ".json")


class HsdsUploadForm(forms.Form):
    file = forms.FileField(label=_("HSDS file"), help_text=_("A datapackage zip of CSV files, or HSDS JSON."))

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise forms.ValidationError(_("Choose a .zip or .json file."))
        return upload


def _require_moderator(request) -> None:
    if not has_role(request.user, getattr(request, "network", None), "moderator"):
        raise PermissionDenied


def upload_view(request):
    """The upload form; a valid upload starts the import and shows its progress page."""
    _require_moderator(request)
    form = HsdsUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        stored = default_storage.save(f"hsds-imports/{uuid.uuid4()}{Path(upload.name).suffix.lower()}", upload)
        result = import_hsds_upload.enqueue(request.network.pk, stored)
        return redirect("directory_hsds_import_status", task_id=result.id)
    return TemplateResponse(request, "directory/admin/hsds_import.html", {"form": form, "progress": None})


def status_view(request, task_id: str):
    """Progress while the import runs, then its summary; only for moderators of the same network."""
    _require_moderator(request)
    progress = read_progress(task_id)
    if progress is None or progress.get("network_id") != request.network.pk:
        raise Http404
    percent = int(100 * progress.get("done", 0) / max(progress.get("total", 1), 1))
    context = {"progress": progress, "percent": percent, "task_id": task_id}
    return TemplateResponse(request, "directory/admin/hsds_import.html", context)


def register_hsds_admin_urls() -> list:
    """Admin URL patterns for the HSDS import, for a `register_admin_urls` hook."""
    return [
        path("directory/hsds-import/", upload_view, name="directory_hsds_import"),
        path("directory/hsds-import/<str:task_id>/", status_view, name="directory_hsds_import_status"),
    ]
