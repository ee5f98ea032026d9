"""What a volunteer logs about themselves: a training they completed (with optional evidence) and hours given."""

from __future__ import annotations

import datetime
from decimal import Decimal
from pathlib import PurePath

from django import forms
from django.core.exceptions import SuspiciousFileOperation
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

from volunteers.models import Application, HoursEntry, Opportunity, TrainingModule, TrainingRecord

MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
# What a file starts with, by kind; the name's extension must say the same kind.
EVIDENCE_SIGNATURES = {"pdf": (b"%PDF-",), "png": (b"\x89PNG\r\n\x1a\n",), "jpeg": (b"\xff\xd8\xff",)}
EVIDENCE_EXTENSIONS = {"pdf": "pdf", "png": "png", "jpg": "jpeg", "jpeg": "jpeg"}


def evidence_kind(upload) -> str | None:
    """ "pdf", "png" or "jpeg" from the file's first bytes, whatever its name says; None for anything else."""
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    for kind, signatures in EVIDENCE_SIGNATURES.items():
        if head.startswith(signatures):
            return kind
    return None


def stored_evidence_name(original: str, kind: str) -> str:
    """A plain file name ending in the extension its content deserves."""
    stem = PurePath(original.replace("\\", "/")).stem[:80]
    try:
        stem = get_valid_filename(stem)
    except SuspiciousFileOperation:
        stem = "evidence"
    extension = "jpg" if kind == "jpeg" else kind
    return f"{stem}.{extension}"


class NotInFutureDateField(forms.DateField):
    """A date no later than `today` (the network's today, set by the form)."""

    today: datetime.date | None = None

    def validate(self, value):
        super().validate(value)
        if value and self.today and value > self.today:
            raise forms.ValidationError(_("The date cannot be in the future."), code="future")


class TrainingRecordForm(forms.ModelForm):
    """A training the volunteer completed: a module of this network's catalogue, a past date, 0 to 200 hours."""

    completed_on = NotInFutureDateField(label=_("Completed on"), widget=forms.DateInput(attrs={"type": "date"}))
    hours = forms.DecimalField(label=_("Hours"), min_value=Decimal(0), max_value=Decimal(200), decimal_places=2)
    evidence = forms.FileField(
        label=_("Certificate or evidence (optional)"),
        required=False,
        max_length=200,
        help_text=_("A PDF, PNG or JPEG file of 5 MB at most. Only you and the network's coordinators can open it."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"}),
    )

    class Meta:
        model = TrainingRecord
        fields = ["module", "completed_on", "hours", "evidence"]

    def __init__(self, *args, network, today: datetime.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["module"].queryset = TrainingModule.objects.for_network(network)
        self.fields["module"].empty_label = _("Choose a module")
        self.fields["completed_on"].today = today

    def clean_evidence(self):
        upload = self.cleaned_data.get("evidence")
        if not upload:
            return None
        if upload.size > MAX_EVIDENCE_BYTES:
            raise forms.ValidationError(_("The file is too large: 5 MB at most."), code="too_large")
        kind = evidence_kind(upload)
        if kind is None:
            raise forms.ValidationError(_("This file is not a PDF, PNG or JPEG image."), code="kind")
        extension = PurePath(upload.name).suffix.lower().lstrip(".")
        if EVIDENCE_EXTENSIONS.get(extension) != kind:
            raise forms.ValidationError(
                _("The file's name does not match what it contains: a PDF must end in .pdf, an image in .png or .jpg."),
                code="mismatch",
            )
        upload.name = stored_evidence_name(upload.name, kind)
        return upload


class HoursEntryForm(forms.ModelForm):
    """Hours given on one day to an opportunity the volunteer was accepted for: 0.25 to 24, not in the future."""

    worked_on = NotInFutureDateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    hours = forms.DecimalField(
        label=_("Hours"),
        min_value=Decimal("0.25"),
        max_value=Decimal(24),
        decimal_places=2,
        help_text=_("From a quarter of an hour (0.25) to 24."),
    )

    class Meta:
        model = HoursEntry
        fields = ["worked_on", "opportunity", "hours", "note"]

    def __init__(self, *args, volunteer, today: datetime.date, **kwargs):
        super().__init__(*args, **kwargs)
        accepted = Application.objects.filter(volunteer=volunteer, status=Application.Status.ACCEPTED)
        self.fields["opportunity"].queryset = Opportunity.objects.for_network(volunteer.network).filter(
            pk__in=accepted.values("opportunity")
        )
        self.fields["opportunity"].empty_label = _("Choose the role")
        self.fields["opportunity"].help_text = _("Roles you were accepted for.")
        self.fields["worked_on"].today = today
        self.instance.volunteer = volunteer
