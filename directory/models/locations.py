from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

from portal.admin.panels import select
from portal.tenancy import NetworkScopedQuerySet


class Location(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """Where a service is delivered: a street address, a postal address or an online place.

    Like services, partner edits are drafts until a moderator approves them (decision 0005).
    """

    class Kind(models.TextChoices):
        PHYSICAL = "physical", _("Physical")
        POSTAL = "postal", _("Postal")
        VIRTUAL = "virtual", _("Online")

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="locations")
    organization = models.ForeignKey(
        "portal.Organization", on_delete=models.CASCADE, related_name="locations", verbose_name=_("organization")
    )
    hsds_id = models.CharField(_("HSDS id"), max_length=100, blank=True, db_index=True)
    location_type = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.PHYSICAL)
    name = models.CharField(_("name"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    transportation = models.TextField(_("getting there"), blank=True)
    url = models.URLField(_("online address"), blank=True)
    address_1 = models.CharField(_("street address"), max_length=200, blank=True)
    address_2 = models.CharField(_("address line 2"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    state_province = models.CharField(_("state"), max_length=100, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    country = models.CharField(_("country"), max_length=2, default="US")
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    is_confidential = models.BooleanField(
        _("confidential address"),
        default=False,
        help_text=_("For example a shelter: the address is never shown publicly, only the contact route."),
    )
    confidential_contact = models.CharField(
        _("how to reach a confidential location"),
        max_length=300,
        blank=True,
        help_text=_("Shown instead of the address, for example: call the intake line."),
    )
    accessibility = models.TextField(_("accessibility"), blank=True)
    wheelchair_accessible = models.BooleanField(_("wheelchair accessible"), default=False)

    objects = NetworkScopedQuerySet.as_manager()

    panels = [
        select("organization"),
        FieldRowPanel([FieldPanel("location_type"), FieldPanel("name")]),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("address_1"),
                FieldPanel("address_2"),
                FieldRowPanel([FieldPanel("city"), FieldPanel("state_province"), FieldPanel("postal_code")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("url"),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [FieldPanel("is_confidential"), FieldPanel("confidential_contact")], heading=_("Confidential address")
        ),
        FieldPanel("transportation"),
        FieldRowPanel([FieldPanel("wheelchair_accessible")]),
        FieldPanel("accessibility"),
    ]

    class Meta:
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name or self.address_1 or self.get_location_type_display()

    @property
    def public_address(self) -> str:
        """The street address for the public, or nothing when it is confidential."""
        if self.is_confidential:
            return ""
        parts = [self.address_1, self.address_2, self.city, self.state_province, self.postal_code]
        return ", ".join(part for part in parts if part)


class Place(models.Model):
    """A postcode or neighbourhood a reader can search near, with its centre point."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="places")
    name = models.CharField(_("name"), max_length=120)
    postal_code = models.CharField(_("postal code"), max_length=20, blank=True)
    latitude = models.FloatField(_("latitude"), validators=[MinValueValidator(-90), MaxValueValidator(90)])
    longitude = models.FloatField(_("longitude"), validators=[MinValueValidator(-180), MaxValueValidator(180)])

    objects = NetworkScopedQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("postal_code"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
    ]

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.postal_code})" if self.postal_code else self.name
