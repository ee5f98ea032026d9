"""Admin screens for moderators: upload an HSDS zip or JSON file, then watch the import's progress and report."""

from __future__ import annotations

import uuid
from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from directory.hsds.package_files import MAX_UPLOAD_BYTES, MiB
from directory.hsds.tasks import import_hsds_upload
from directory.models import HsdsImport
from portal.permissions import is_moderator

ALLOWED_SUFFIXES = (".zip", ".json")
RECENT_IMPORTS = 10


class HsdsUploadForm(forms.Form):
    file = forms.FileField(
        label=_("HSDS file"),
        help_text=format_lazy(
            _("A datapackage zip of CSV files, or HSDS JSON, of at most {limit} MiB."), limit=MAX_UPLOAD_BYTES // MiB
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if Path(upload.name).suffix.lower() not in ALLOWED_SUFFIXES:
            raise forms.ValidationError(_("Choose a .zip or .json file."))
        if upload.size > MAX_UPLOAD_BYTES:
            # Refused before it is stored: the import would refuse it anyway, after keeping a copy.
            raise forms.ValidationError(
                _("The file is larger than %(limit)d MiB.") % {"limit": MAX_UPLOAD_BYTES // MiB}
            )
        return upload


def may_import(request) -> bool:
    return is_moderator(request.user, getattr(request, "network", None))


def _require_moderator(request) -> None:
    if not may_import(request):
        raise PermissionDenied


def upload_view(request):
    """The upload form and the network's recent imports; a valid upload starts an import in the background."""
    _require_moderator(request)
    form = HsdsUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        stored = default_storage.save(f"hsds-imports/{uuid.uuid4()}{Path(upload.name).suffix.lower()}", upload)
        job = HsdsImport.objects.create(
            network=request.network, started_by=request.user, file_name=upload.name[:255], stored_name=stored
        )
        import_hsds_upload.enqueue(job.pk)
        return redirect("directory_hsds_import_status", pk=job.pk)
    recent = HsdsImport.objects.for_network(request.network).select_related("started_by")[:RECENT_IMPORTS]
    return TemplateResponse(request, "directory/admin/hsds_import.html", {"form": form, "recent": recent})


def status_view(request, pk: int):
    """Progress while the import runs (the page refreshes itself), then its report; same network only."""
    _require_moderator(request)
    job = get_object_or_404(HsdsImport.objects.for_network(request.network), pk=pk)
    return TemplateResponse(request, "directory/admin/hsds_import_status.html", {"job": job})
