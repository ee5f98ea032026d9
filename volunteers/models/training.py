"""The network's training catalogue and the training volunteers have done."""

import datetime

from dateutil.relativedelta import relativedelta
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.tenancy import NetworkScopedQuerySet
from volunteers.models.profiles import VolunteerProfile, VolunteerRecordQuerySet
from volunteers.storage import private_storage


class TrainingModule(models.Model):
    """A module of the network's training catalogue, e.g. mental health first aid, valid three years."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="training_modules")
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    valid_for_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), null=True, blank=True, help_text=_("Leave empty if it never expires.")
    )
    typical_hours = models.DecimalField(
        _("typical hours"), max_digits=5, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )

    objects = NetworkScopedQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("valid_for_months"), FieldPanel("typical_hours")]),
    ]

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def expiry_after(self, completed_on: datetime.date) -> datetime.date | None:
        """The first day a training completed on `completed_on` no longer counts."""
        if self.valid_for_months is None:
            return None
        return completed_on + relativedelta(months=self.valid_for_months)


def evidence_path(record: "TrainingRecord", filename: str) -> str:
    # The volunteer's own name never appears in the stored path.
    return f"training-evidence/{record.volunteer.network_id}/{record.volunteer_id}/{filename}"


class TrainingRecord(models.Model):
    """A module a volunteer completed. Counts for every partner of the network once a coordinator verifies it."""

    volunteer = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="training_records")
    module = models.ForeignKey(
        TrainingModule, on_delete=models.PROTECT, related_name="records", verbose_name=_("module")
    )
    completed_on = models.DateField(_("completed on"))
    hours = models.DecimalField(
        _("hours"), max_digits=5, decimal_places=2, validators=[MinValueValidator(0), MaxValueValidator(200)]
    )
    evidence = models.FileField(
        _("certificate or evidence"), storage=private_storage, upload_to=evidence_path, blank=True, max_length=300
    )
    expires_on = models.DateField(_("expires on"), null=True, blank=True, editable=False)
    verified_at = models.DateTimeField(_("verified"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = VolunteerRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("training record")
        verbose_name_plural = _("training records")
        ordering = ["-completed_on"]

    def __str__(self) -> str:
        return f"{self.module} ({self.completed_on:%Y-%m-%d})"

    def save(self, *args, **kwargs):
        self.expires_on = self.module.expiry_after(self.completed_on)
        super().save(*args, **kwargs)

    @property
    def is_verified(self) -> bool:
        return self.verified_at is not None
