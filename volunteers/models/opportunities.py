"""What partner organizations ask volunteers to do, and the shifts it is done in."""

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from portal.tenancy import NetworkScopedQuerySet
from volunteers.models.checks import CheckLevel


class OpportunityQuerySet(NetworkScopedQuerySet):
    def listed(self) -> "OpportunityQuerySet":
        """What the public and volunteers see: published and open."""
        return self.filter(live=True, status=Opportunity.Status.OPEN)


class Opportunity(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, ClusterableModel):
    """A volunteer role a partner organization posts. Partner edits wait for a moderator, like listings."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open for applications")
        CLOSED = "closed", _("Closed")

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="opportunities")
    organization = models.ForeignKey(
        "portal.Organization", on_delete=models.CASCADE, related_name="opportunities", verbose_name=_("organization")
    )
    title = models.CharField(_("title"), max_length=200)
    role = models.CharField(_("role"), max_length=200, help_text=_("For example: driver, circle co-host."))
    description = models.TextField(_("description"))
    place = models.CharField(_("where"), max_length=300, blank=True)
    schedule = models.CharField(
        _("when"), max_length=300, blank=True, help_text=_("For example: Tuesdays 6-8 pm, or shifts listed below.")
    )
    languages_wanted = ArrayField(
        models.CharField(max_length=10), verbose_name=_("languages wanted"), default=list, blank=True
    )
    required_modules = ParentalManyToManyField(
        "volunteers.TrainingModule", blank=True, related_name="opportunities", verbose_name=_("training required")
    )
    required_check_level = models.PositiveSmallIntegerField(
        _("background check required"),
        choices=CheckLevel.choices,
        null=True,
        blank=True,
        help_text=_("Leave empty when the role needs no check."),
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.OPEN)
    updated_at = models.DateTimeField(_("last edited"), auto_now=True)

    objects = OpportunityQuerySet.as_manager()

    panels = [
        FieldPanel("organization"),
        FieldRowPanel([FieldPanel("title"), FieldPanel("role")]),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("place"), FieldPanel("schedule")]),
        FieldPanel("languages_wanted"),
        MultiFieldPanel(
            [FieldPanel("required_modules"), FieldPanel("required_check_level")], heading=_("Requirements")
        ),
        FieldPanel("status"),
    ]

    class Meta:
        verbose_name = _("volunteer opportunity")
        verbose_name_plural = _("volunteer opportunities")
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        super().clean()
        if self.organization_id and self.network_id and self.organization.network_id != self.network_id:
            raise ValidationError({"organization": _("Choose an organization of this network.")})


class ShiftQuerySet(NetworkScopedQuerySet):
    network_path = "opportunity__network"

    def upcoming(self, now) -> "ShiftQuerySet":
        return self.filter(starts_at__gte=now, cancelled_at__isnull=True)


class Shift(models.Model):
    """One time slot of an opportunity. Partners record and cancel shifts at once (logged), without moderation."""

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="shifts")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    capacity = models.PositiveSmallIntegerField(_("volunteers needed"), default=1)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ShiftQuerySet.as_manager()

    panels = [
        FieldPanel("opportunity"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("capacity"),
    ]

    class Meta:
        verbose_name = _("shift")
        verbose_name_plural = _("shifts")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="shift_ends_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.opportunity} {self.starts_at:%Y-%m-%d %H:%M}"

    def clean(self) -> None:
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A shift must end after it starts.")})

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


class ShiftSignupQuerySet(NetworkScopedQuerySet):
    network_path = "shift__opportunity__network"

    def holding_a_place(self) -> "ShiftSignupQuerySet":
        return self.filter(status__in=(ShiftSignup.Status.CONFIRMED, ShiftSignup.Status.AWAITING_COORDINATOR))


class ShiftSignup(models.Model):
    """A volunteer's place on a shift."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        AWAITING_COORDINATOR = "awaiting coordinator", _("Waiting for a coordinator (over the weekly hours cap)")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        REMOVED = "removed", _("Taken off the shift")

    shift = models.ForeignKey(Shift, on_delete=models.CASCADE, related_name="signups")
    volunteer = models.ForeignKey("volunteers.VolunteerProfile", on_delete=models.CASCADE, related_name="shift_signups")
    status = models.CharField(_("status"), max_length=25, choices=Status.choices, default=Status.CONFIRMED)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ShiftSignupQuerySet.as_manager()

    class Meta:
        verbose_name = _("shift signup")
        verbose_name_plural = _("shift signups")
        constraints = [models.UniqueConstraint(fields=["shift", "volunteer"], name="unique_shift_signup")]

    def __str__(self) -> str:
        return f"{self.volunteer} – {self.shift}"
