"""A person's volunteer profile in one network, and the network's code of conduct they acknowledge."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.tenancy import NetworkScopedQuerySet


class VolunteerSettings(models.Model):
    """What a network decides for its volunteers."""

    network = models.OneToOneField("portal.Network", on_delete=models.CASCADE, related_name="volunteer_settings")
    weekly_hours_cap = models.PositiveSmallIntegerField(
        _("weekly hours cap"),
        default=16,
        help_text=_("Signing up for shifts beyond this many hours in a week asks a coordinator first."),
    )
    inactive_after_days = models.PositiveSmallIntegerField(
        _("inactive after (days)"),
        default=60,
        help_text=_("Active volunteers without a shift or logged hours for this long are listed for coordinators."),
    )

    objects = NetworkScopedQuerySet.as_manager()

    panels = [FieldPanel("weekly_hours_cap"), FieldPanel("inactive_after_days")]

    class Meta:
        verbose_name = _("volunteering settings")
        verbose_name_plural = _("volunteering settings")

    def __str__(self) -> str:
        return str(self.network)

    @classmethod
    def for_network(cls, network) -> "VolunteerSettings":
        return cls.objects.get_or_create(network=network)[0]


class CodeOfConduct(models.Model):
    """One version of a network's code of conduct and confidentiality agreement. A new version asks everyone again."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="codes_of_conduct")
    version = models.PositiveSmallIntegerField(_("version"))
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"))
    in_force_from = models.DateField(_("in force from"), default=timezone.localdate)

    objects = NetworkScopedQuerySet.as_manager()

    panels = [FieldPanel("version"), FieldPanel("title"), FieldPanel("text"), FieldPanel("in_force_from")]

    class Meta:
        verbose_name = _("code of conduct")
        verbose_name_plural = _("codes of conduct")
        ordering = ["network", "-version"]
        constraints = [models.UniqueConstraint(fields=["network", "version"], name="unique_code_of_conduct_version")]

    def __str__(self) -> str:
        return f"{self.title} ({self.version})"

    @classmethod
    def current(cls, network) -> "CodeOfConduct | None":
        """The version in force today in the network, if it has one."""
        today = timezone.localdate(timezone=ZoneInfo(network.time_zone))
        return cls.objects.for_network(network).filter(in_force_from__lte=today).order_by("-version").first()


class VolunteerProfileQuerySet(NetworkScopedQuerySet):
    def active(self) -> "VolunteerProfileQuerySet":
        return self.filter(status=VolunteerProfile.Status.ACTIVE)


class VolunteerProfile(models.Model):
    """A person volunteering in one network. Their training, check and hours count for every partner there."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Taking a break")
        LEFT = "left", _("Left")

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="volunteers")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="volunteer_profiles")
    display_name = models.CharField(_("name"), max_length=150)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, help_text=_("Messages to you are written in this language.")
    )
    languages_spoken = ArrayField(
        models.CharField(max_length=10), verbose_name=_("languages spoken"), default=list, blank=True
    )
    availability = models.TextField(_("availability"), blank=True, help_text=_("For example: weekday evenings."))
    areas = models.CharField(_("areas"), max_length=300, blank=True, help_text=_("Neighbourhoods you can reach."))
    skills = models.TextField(_("skills"), blank=True, help_text=_("For example: driving, cooking, interpreting."))
    emergency_contact_name = models.CharField(_("emergency contact name"), max_length=150)
    emergency_contact_phone = models.CharField(_("emergency contact phone"), max_length=40)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE)
    supervisor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="supervised_volunteers",
        verbose_name=_("supervisor"),
        help_text=_("A person of a partner organization or of the network."),
    )
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)

    objects = VolunteerProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        ordering = ["display_name"]
        constraints = [models.UniqueConstraint(fields=["network", "user"], name="unique_volunteer_per_network")]

    def __str__(self) -> str:
        return self.display_name


class VolunteerRecordQuerySet(NetworkScopedQuerySet):
    """A record of one volunteer: it belongs to the volunteer's network."""

    network_path = "volunteer__network"


class Acknowledgement(models.Model):
    """A volunteer's agreement to one version of the network's code of conduct."""

    volunteer = models.ForeignKey(VolunteerProfile, on_delete=models.CASCADE, related_name="acknowledgements")
    code_of_conduct = models.ForeignKey(CodeOfConduct, on_delete=models.PROTECT, related_name="acknowledgements")
    acknowledged_at = models.DateTimeField(_("acknowledged"), default=timezone.now)

    objects = VolunteerRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("acknowledgement")
        constraints = [models.UniqueConstraint(fields=["volunteer", "code_of_conduct"], name="unique_acknowledgement")]

    def __str__(self) -> str:
        return f"{self.volunteer} – {self.code_of_conduct}"
