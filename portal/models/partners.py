"""Partner organizations of a network and the people who keep their records (partner staff)."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.tenancy import NetworkScopedQuerySet


class Organization(models.Model):
    """A partner organization of a network: every feature's records (services, opportunities...) belong to one."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="organizations")
    hsds_id = models.CharField(
        _("HSDS id"), max_length=100, blank=True, db_index=True, help_text=_("Its id in imported directory data.")
    )
    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("alternate name"), max_length=200, blank=True)
    description = models.TextField(_("description"))
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    verification_interval_days = models.PositiveIntegerField(
        _("verify listings every (days)"),
        null=True,
        blank=True,
        help_text=_("Leave empty to use the network's interval."),
    )
    updated_at = models.DateTimeField(_("last edited"), auto_now=True)

    objects = NetworkScopedQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("website")]),
        FieldPanel("verification_interval_days"),
    ]

    class Meta:
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "hsds_id"], condition=~models.Q(hsds_id=""), name="unique_organization_hsds_id"
            )
        ]

    def __str__(self) -> str:
        return self.name

    def verification_interval_days_or(self, network_days: int) -> int:
        """How long a confirmation of this organization's records holds: its own interval, else the network's."""
        return self.verification_interval_days or network_days


class MembershipQuerySet(NetworkScopedQuerySet):
    network_path = "organization__network"


class OrganizationMembership(models.Model):
    """Partner staff: a person who keeps one organization's records true."""

    class Role(models.TextChoices):
        EDITOR = "editor", _("Editor")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="organization_memberships"
    )
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.EDITOR)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("organization membership")
        verbose_name_plural = _("organization memberships")
        constraints = [models.UniqueConstraint(fields=["user", "organization"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.user} · {self.organization}"
