"""Live capacity: a service's openings now, operational data kept apart from its revisioned, moderated listing."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.admin.panels import select
from portal.tenancy import NetworkScopedQuerySet


class ServiceCapacity(models.Model):
    """How many of one kind of opening a service has free now, of how many, and who counted them when.

    Not a field of the service: a service's content goes through revisions and moderation, and approving an
    older draft would bring back the count it was written with. Each update also appends a
    `ServiceCapacityChange`, the count's own history.
    """

    class Unit(models.TextChoices):
        BEDS = "beds", _("Beds")
        FAMILY_ROOMS = "family rooms", _("Family rooms")
        PLACES = "places", _("Places")
        APPOINTMENTS = "appointments", _("Appointments")

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="service_capacities")
    service = models.ForeignKey(
        "directory.Service", on_delete=models.CASCADE, related_name="capacities", verbose_name=_("service")
    )
    unit = models.CharField(_("openings are"), max_length=20, choices=Unit.choices, default=Unit.BEDS)
    available = models.PositiveIntegerField(_("free now"))
    maximum = models.PositiveIntegerField(_("in all"), null=True, blank=True)
    updated_at = models.DateTimeField(_("counted at"))
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("counted by"),
    )

    objects = NetworkScopedQuerySet.as_manager()

    panels = [select("service"), FieldPanel("unit"), FieldRowPanel([FieldPanel("available"), FieldPanel("maximum")])]

    class Meta:
        verbose_name = _("openings")
        verbose_name_plural = _("openings")
        ordering = ["service__name", "unit"]
        constraints = [models.UniqueConstraint(fields=["service", "unit"], name="unique_service_capacity_unit")]

    def __str__(self) -> str:
        return f"{self.service}: {self.get_unit_display()}"

    def clean(self) -> None:
        super().clean()
        if self.maximum is not None and self.available is not None and self.available > self.maximum:
            raise ValidationError({"available": _("The openings free now cannot be more than the maximum.")})


class ServiceCapacityChange(models.Model):
    """One update of a service's openings, appended and never changed: who counted what, when."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="+")
    capacity = models.ForeignKey(ServiceCapacity, on_delete=models.CASCADE, related_name="changes")
    available = models.PositiveIntegerField(_("free now"))
    maximum = models.PositiveIntegerField(_("in all"), null=True, blank=True)
    recorded_at = models.DateTimeField(_("counted at"))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = NetworkScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("change of openings")
        ordering = ["recorded_at", "pk"]

    def __str__(self) -> str:
        return f"{self.capacity}: {self.available} ({self.recorded_at:%Y-%m-%d %H:%M})"
