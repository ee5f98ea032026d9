"""Volunteers' applications to opportunities, their hours and their supervision."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from volunteers.models.opportunities import Opportunity
from volunteers.models.profiles import VolunteerProfile, VolunteerRecordQuerySet


class Application(models.Model):
    """A volunteer's application to one opportunity. The partner sees it; other partners never do."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        INTERVIEW = "interview", _("Interview")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    volunteer = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="applications")
    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="applications")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    conditional = models.BooleanField(
        _("conditional offer"),
        default=False,
        help_text=_("Accepted on condition that the training and background check still to come are met."),
    )
    motivation = models.TextField(_("why you would like to help"), blank=True)
    note = models.TextField(_("note"), blank=True, help_text=_("Seen by the volunteer."))
    created_at = models.DateTimeField(_("applied"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = VolunteerRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["volunteer", "opportunity"], name="unique_application")]

    def __str__(self) -> str:
        return f"{self.volunteer} – {self.opportunity}"


class HoursEntry(models.Model):
    """Hours a volunteer gave on one day. The opportunity's partner approves them."""

    volunteer = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="hours_entries")
    opportunity = models.ForeignKey(
        Opportunity, on_delete=models.CASCADE, related_name="hours_entries", verbose_name=_("opportunity")
    )
    worked_on = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"), max_digits=4, decimal_places=2, validators=[MinValueValidator(0.25), MaxValueValidator(24)]
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = VolunteerRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("hours entry")
        verbose_name_plural = _("hours entries")
        ordering = ["-worked_on"]

    def __str__(self) -> str:
        return f"{self.volunteer} {self.worked_on:%Y-%m-%d} {self.hours}"


class SupervisionCheckIn(models.Model):
    """A supervisor met a volunteer: the date and a short note, nothing clinical."""

    volunteer = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="supervision_check_ins")
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("supervisor")
    )
    met_on = models.DateField(_("met on"))
    note = models.TextField(_("note"), blank=True)

    objects = VolunteerRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("supervision check-in")
        verbose_name_plural = _("supervision check-ins")
        ordering = ["-met_on"]

    def __str__(self) -> str:
        return f"{self.volunteer} {self.met_on:%Y-%m-%d}"


class ReminderSent(models.Model):
    """One reminder sent once: what makes `send_volunteer_reminders` safe to run every hour."""

    class Subject(models.TextChoices):
        TRAINING = "training", _("training")
        CHECK = "check", _("background check")

    class Threshold(models.TextChoices):
        DAYS_60 = "60", _("60 days before")
        DAYS_14 = "14", _("14 days before")
        EXPIRED = "expired", _("expired")

    volunteer = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="reminders_sent")
    subject = models.CharField(max_length=10, choices=Subject.choices)
    record_id = models.PositiveIntegerField()
    expires_on = models.DateField()
    threshold = models.CharField(max_length=10, choices=Threshold.choices)
    sent_at = models.DateTimeField(auto_now_add=True)

    objects = VolunteerRecordQuerySet.as_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subject", "record_id", "expires_on", "threshold"], name="unique_reminder_per_threshold"
            )
        ]

    def __str__(self) -> str:
        return f"{self.subject} {self.record_id} {self.threshold}"
