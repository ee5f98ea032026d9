"""Background checks, tracked and never stored: no report, offences, ID numbers or documents."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from volunteers.models.profiles import VolunteerProfile, VolunteerRecordQuerySet


class CheckLevel(models.IntegerChoices):
    """Ordered: a check of a higher level also meets a lower requirement."""

    BASIC = 1, _("Basic")
    STANDARD = 2, _("Standard")
    ENHANCED = 3, _("Enhanced (work with vulnerable people)")


class BackgroundCheck(models.Model):
    """Where a volunteer's check stands. Only coordinators of the network open it; every opening is logged."""

    class Status(models.TextChoices):
        NOT_STARTED = "not started", _("Not started")
        REQUESTED = "requested", _("Requested")
        IN_PROGRESS = "in progress", _("In progress")
        CLEAR = "clear", _("Clear")
        NEEDS_REVIEW = "needs review", _("Needs review")
        EXPIRED = "expired", _("Expired")

    class Decision(models.TextChoices):
        # A check that needs review always ends in a person's decision, never an automatic no.
        NONE = "", _("No decision yet")
        PROCEED = "proceed", _("Proceed: may be placed")
        DO_NOT_PROCEED = "do not proceed", _("Do not proceed")

    volunteer = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="background_checks")
    provider = models.CharField(_("provider"), max_length=200)
    level = models.PositiveSmallIntegerField(_("level"), choices=CheckLevel.choices, default=CheckLevel.BASIC)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NOT_STARTED)
    requested_on = models.DateField(_("requested on"), null=True, blank=True)
    completed_on = models.DateField(_("completed on"), null=True, blank=True)
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    provider_reference = models.CharField(
        _("provider's reference"),
        max_length=100,
        blank=True,
        help_text=_("The provider's case number only: never an ID number, offence or report."),
    )
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices, blank=True, default="")
    decision_note = models.TextField(
        _("reasons for the decision"),
        blank=True,
        help_text=_("Why, in terms of the role: never the content of the report."),
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    objects = VolunteerRecordQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("provider"), FieldPanel("level")]),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("requested_on"), FieldPanel("completed_on"), FieldPanel("expires_on")]),
        FieldPanel("provider_reference"),
        MultiFieldPanel([FieldPanel("decision"), FieldPanel("decision_note")], heading=_("Decision")),
    ]

    class Meta:
        verbose_name = _("background check")
        verbose_name_plural = _("background checks")
        ordering = ["-requested_on", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_level_display()}: {self.get_status_display()}"

    @property
    def allows_placement(self) -> bool:
        """Clear, or reviewed by a coordinator who decided to proceed."""
        if self.status == self.Status.CLEAR:
            return self.decision != self.Decision.DO_NOT_PROCEED
        return self.status == self.Status.NEEDS_REVIEW and self.decision == self.Decision.PROCEED
