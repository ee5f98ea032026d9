"""Roles people hold in a network: moderator, volunteer coordinator, planner."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal import roles
from portal.tenancy import NetworkScopedQuerySet


class NetworkRole(models.Model):
    """What a person may do in one network. Roles are data, never inferred from group names."""

    class Role(models.TextChoices):
        MODERATOR = roles.MODERATOR, _("Moderator")
        COORDINATOR = roles.COORDINATOR, _("Volunteer coordinator")
        PLANNER = roles.PLANNER, _("Planner")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="network_roles",
        verbose_name=_("user"),
    )
    network = models.ForeignKey(
        "portal.Network", on_delete=models.CASCADE, related_name="roles", verbose_name=_("network")
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = NetworkScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("network role")
        verbose_name_plural = _("network roles")
        constraints = [
            models.UniqueConstraint(fields=["user", "network", "role"], name="unique_network_role"),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.network}"
