from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from directory.models.pages import DirectoryIndexPage
from portal.admin.panels import select
from portal.languages import SUPPORTED_LANGUAGE_CODES, field_suffix
from portal.tenancy import NetworkScopedQuerySet

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]


# A service's own child rows (its locations are linked rows, listed apart where they matter).
SERVICE_DETAIL_RELATIONS = (
    "phones",
    "languages",
    "opening_hours",
    "schedule_exceptions",
    "cost_options",
    "required_documents",
)
# Every child relation a service's form and revisions carry: its own rows and its location links.
SERVICE_CHILD_RELATIONS = (*SERVICE_DETAIL_RELATIONS, "service_at_locations")


class ServiceQuerySet(NetworkScopedQuerySet):
    def listed(self) -> "ServiceQuerySet":
        """What the public may see: published and not withdrawn."""
        return self.filter(live=True).exclude(status=Service.Status.INACTIVE)


class Service(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel
):
    """Help a partner organization offers. Partner edits are drafts until a moderator approves them."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        INACTIVE = "inactive", _("Inactive")
        TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="services")
    organization = models.ForeignKey(
        "portal.Organization", on_delete=models.CASCADE, related_name="services", verbose_name=_("organization")
    )
    hsds_id = models.CharField(_("HSDS id"), max_length=100, blank=True, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("alternate name"), max_length=200, blank=True)
    description = models.TextField(_("description"))
    url = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE)
    alert = models.CharField(_("alert"), max_length=300, blank=True, help_text=_("A short notice shown first."))
    application_process = models.TextField(_("how to get this help"), blank=True)
    interpretation_services = models.TextField(_("interpretation"), blank=True)
    fees_description = models.TextField(_("fees"), blank=True)
    eligibility_description = models.TextField(_("who can use this service"), blank=True)
    minimum_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    categories = ParentalManyToManyField("directory.Category", related_name="services", blank=True)

    walk_in = models.BooleanField(_("walk-in welcome"), default=False)
    referral_required = models.BooleanField(_("referral needed"), default=False)
    appointment_by_phone = models.BooleanField(_("call for an appointment"), default=False)
    online = models.BooleanField(_("online or telehealth"), default=False)
    medication_for_addiction_treatment = models.BooleanField(_("medication for addiction treatment"), default=False)
    insurance_accepted = models.BooleanField(_("insurance accepted"), default=False)

    last_verified_at = models.DateTimeField(_("last verified by a person"), null=True, blank=True)
    last_verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("verified by"),
    )
    updated_at = models.DateTimeField(_("last edited"), auto_now=True)

    objects = ServiceQuerySet.as_manager()

    # Wagtail's own index serves the admin listing search; every language column is indexed separately
    # because modeltranslation's plain field would only hold the language active at save time.
    search_fields = [
        *(index.SearchField(f"name_{field_suffix(code)}", boost=2) for code in SUPPORTED_LANGUAGE_CODES),
        *(index.AutocompleteField(f"name_{field_suffix(code)}") for code in SUPPORTED_LANGUAGE_CODES),
        *(index.SearchField(f"description_{field_suffix(code)}") for code in SUPPORTED_LANGUAGE_CODES),
        index.FilterField("network"),
        index.FilterField("live"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    select("organization"),
                    FieldPanel("name"),
                    FieldPanel("alternate_name"),
                    FieldPanel("description"),
                    FieldPanel("alert"),
                    FieldRowPanel([FieldPanel("status"), FieldPanel("url"), FieldPanel("email")]),
                    FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                ],
                heading=_("Service"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [
                            FieldRowPanel(
                                [
                                    FieldPanel("walk_in"),
                                    FieldPanel("appointment_by_phone"),
                                    FieldPanel("referral_required"),
                                    FieldPanel("online"),
                                ]
                            ),
                            FieldPanel("application_process"),
                        ],
                        heading=_("How to get this help"),
                    ),
                    InlinePanel("phones", heading=_("Phones"), label=_("Phone")),
                    InlinePanel("service_at_locations", heading=_("Locations"), label=_("Location")),
                    InlinePanel("opening_hours", heading=_("Opening hours"), label=_("Opening period")),
                    InlinePanel("schedule_exceptions", heading=_("Closures and special hours"), label=_("Date")),
                ],
                heading=_("Access"),
            ),
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                    FieldPanel("eligibility_description"),
                    FieldRowPanel([FieldPanel("medication_for_addiction_treatment"), FieldPanel("insurance_accepted")]),
                    FieldPanel("fees_description"),
                    InlinePanel("cost_options", heading=_("Costs"), label=_("Cost option")),
                    InlinePanel("languages", heading=_("Languages spoken"), label=_("Language")),
                    FieldPanel("interpretation_services"),
                    InlinePanel("required_documents", heading=_("Documents to bring"), label=_("Document")),
                ],
                heading=_("Who it is for"),
            ),
            ObjectList(
                [
                    FieldPanel("hsds_id", read_only=True),
                    FieldPanel("last_verified_at", read_only=True),
                ],
                # Openings are not edited here: they are live data outside moderation (`ServiceCapacity`).
                heading=_("Record"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["name"]
        indexes = [models.Index(fields=["network", "live", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "hsds_id"], condition=~models.Q(hsds_id=""), name="unique_service_hsds_id"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def offers_crisis_help(self) -> bool:
        """Filed under a crisis category (reads prefetched categories when there are some)."""
        return any(category.is_crisis for category in self.categories.all())

    def clean(self) -> None:
        super().clean()
        if self.organization_id and self.network_id and self.organization.network_id != self.network_id:
            raise ValidationError({"organization": _("Choose an organization of this network.")})
        if self.minimum_age is not None and self.maximum_age is not None and self.minimum_age > self.maximum_age:
            raise ValidationError({"maximum_age": _("The maximum age must not be below the minimum age.")})

    def get_preview_template(self, request, mode_name):
        return "directory/service_detail.html"

    def get_preview_context(self, request, mode_name):
        """The public page of the service as edited, before it is saved or approved."""
        # The public listing is built by display code that itself reads these models, so it is imported here.
        from directory.search.listing import build_listing

        network = self.network
        section = DirectoryIndexPage.objects.for_network(network).live().first()
        base = section.get_url(request) if section else ""
        listing = build_listing(self, timezone.now(), f"{base}{self.pk or ''}/", network.verification_interval_days)
        return {**super().get_preview_context(request, mode_name), "service": self, "listing": listing, "page": section}


class ServicePhone(Orderable):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="phones")
    number = models.CharField(_("number"), max_length=40)
    extension = models.CharField(_("extension"), max_length=10, blank=True)
    kind = models.CharField(
        _("kind"),
        max_length=10,
        default="voice",
        choices=[("voice", _("Voice")), ("text", _("Text message")), ("tty", _("TTY")), ("fax", _("Fax"))],
    )
    description = models.CharField(_("description"), max_length=200, blank=True)
    languages = models.JSONField(_("languages answered"), default=list, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("phone")

    @property
    def tel(self) -> str:
        digits = "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
        return f"tel:{digits}" + (f",{self.extension}" if self.extension else "")


class ServiceLanguage(models.Model):
    """A language the service is delivered in (ISO 639-1 code, or one of the portal's codes)."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(_("language"), max_length=10)

    class Meta:
        verbose_name = _("language spoken")
        constraints = [models.UniqueConstraint(fields=["service", "code"], name="unique_service_language")]

    def __str__(self) -> str:
        return self.code


class CostOption(Orderable):
    class Option(models.TextChoices):
        FREE = "free", _("Free")
        SLIDING_SCALE = "sliding scale", _("Sliding scale")
        INSURANCE = "insurance", _("Insurance")
        FEE = "fee", _("Fee")

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="cost_options")
    option = models.CharField(_("cost"), max_length=20, choices=Option.choices)
    amount = models.DecimalField(_("amount"), max_digits=9, decimal_places=2, null=True, blank=True)
    currency = models.CharField(_("currency"), max_length=3, default="USD")
    amount_description = models.CharField(_("details"), max_length=300, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("cost option")


class OpeningHours(Orderable):
    """One opening period on a weekday, in the network's time zone; a day may have several."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    opens_at = models.TimeField(_("opens at"))
    closes_at = models.TimeField(_("closes at"))

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")

    def clean(self) -> None:
        if self.opens_at and self.closes_at and self.opens_at == self.closes_at:
            raise ValidationError({"closes_at": _("Closing time must differ from opening time.")})


class ScheduleException(Orderable):
    """A holiday or closure (or special hours) on one date."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="schedule_exceptions")
    date = models.DateField(_("date"))
    closed = models.BooleanField(_("closed all day"), default=True)
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=200, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("closure or special hours")


class RequiredDocument(Orderable):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="required_documents")
    document = models.CharField(_("document"), max_length=300)

    class Meta(Orderable.Meta):
        verbose_name = _("required document")


class ServiceAtLocationQuerySet(models.QuerySet):
    def published(self):
        """Links to published locations: one a partner added waits, unlisted, for a moderator."""
        return self.filter(location__live=True)


class ServiceAtLocation(Orderable):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="service_at_locations")
    location = models.ForeignKey("directory.Location", on_delete=models.CASCADE, related_name="service_at_locations")
    hsds_id = models.CharField(_("HSDS id"), max_length=100, blank=True)
    description = models.CharField(_("description"), max_length=300, blank=True)

    objects = ServiceAtLocationQuerySet.as_manager()

    panels = [select("location"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("location of the service")
        constraints = [models.UniqueConstraint(fields=["service", "location"], name="unique_service_location")]
