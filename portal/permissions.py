"""Every permission question about networks, roles and partner staff is answered here, and only here."""

from __future__ import annotations

import re

from django.contrib.auth.models import Group, Permission
from django.db.models import Q
from wagtail.models import GroupPagePermission

from portal import features

# Submodules, not the package: the moderation task model asks this module who moderates.
from portal.models.networks import Network
from portal.models.partners import OrganizationMembership
from portal.models.roles import NetworkRole
from portal.models.users import User

Role = NetworkRole.Role

# What each role may do to the pages under its network's home page.
PAGE_PERMISSIONS_BY_ROLE: dict[str, tuple[str, ...]] = {
    Role.MODERATOR: ("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
    Role.COORDINATOR: (),
    Role.PLANNER: (),
}

# The platform's own model permissions; each feature declares its own in its AppConfig (portal.features).
PLATFORM_PERMISSIONS_BY_ROLE: dict[str, tuple[str, ...]] = {
    Role.MODERATOR: tuple(f"portal.{action}_organization" for action in ("add", "change", "delete", "view")),
    Role.COORDINATOR: (),
    Role.PLANNER: (),
}
# Partner staff open and edit their own organization's record; the scoped admin keeps them to it.
PLATFORM_PARTNER_PERMISSIONS = ("portal.view_organization", "portal.change_organization")
PARTNER_GROUP_ROLE = "partner"


def model_permissions_of(role: str) -> list[str]:
    """Model permissions (app_label.codename) the group of `role` holds: the platform's and every feature's."""
    return [*PLATFORM_PERMISSIONS_BY_ROLE[role], *features.role_permissions(role)]


def partner_model_permissions() -> list[str]:
    return [*PLATFORM_PARTNER_PERMISSIONS, *features.partner_permissions()]


def permissions_named(labels) -> list[Permission]:
    wanted = {tuple(label.split(".", 1)) for label in labels}
    candidates = Permission.objects.filter(
        content_type__app_label__in={app for app, _codename in wanted},
        codename__in={codename for _app, codename in wanted},
    ).select_related("content_type")
    return [p for p in candidates if (p.content_type.app_label, p.codename) in wanted]


def roles_of(user, network: Network | None) -> set[str]:
    """The roles `user` holds in `network` (cached on the user for the request)."""
    if network is None or not getattr(user, "is_authenticated", False):
        return set()
    cache = user.__dict__.setdefault("_network_roles", {})
    if network.pk not in cache:
        cache[network.pk] = set(NetworkRole.objects.filter(user=user, network=network).values_list("role", flat=True))
    return cache[network.pk]


def has_role(user, network: Network | None, *roles: str) -> bool:
    """True when `user` holds any of `roles` in `network`; superusers hold every role."""
    if getattr(user, "is_superuser", False) and getattr(user, "is_active", False):
        return True
    return bool(roles_of(user, network) & set(roles))


def is_moderator(user, network: Network | None) -> bool:
    """Moderators review partner edits and manage partners in their network."""
    return has_role(user, network, Role.MODERATOR)


def people_with_role(network: Network, role: str):
    """The active people who hold `role` in `network`."""
    return User.objects.filter(network_roles__network=network, network_roles__role=role, is_active=True)


def moderators_of(network: Network):
    """The active people who hold the moderator role in `network`."""
    return people_with_role(network, Role.MODERATOR)


def is_network_staff(user) -> bool:
    """Staff are superusers, anyone holding a role in some network and partner staff: they must use MFA."""
    if not getattr(user, "is_authenticated", False):
        return False
    return (
        user.is_superuser
        or NetworkRole.objects.filter(user=user).exists()
        or OrganizationMembership.objects.filter(user=user).exists()
    )


def has_admin_access(user, network: Network | None) -> bool:
    """The admin on `network`'s host opens to its role holders and partner staff (and superusers), nobody else."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if network is None:
        return False
    return (
        bool(roles_of(user, network)) or OrganizationMembership.objects.for_network(network).filter(user=user).exists()
    )


def network_group_names(network: Network) -> list[str]:
    """The names of `network`'s groups: one per role and the partner staff's."""
    return [role_group_name(network, role) for role in (*Role.values, PARTNER_GROUP_ROLE)]


def counted_groups_q(network: Network | None, prefix: str = "") -> Q:
    """Groups whose permissions count on `network`'s host: its own, and groups that belong to no network.

    A group of another network grants nothing here, so a moderator of one network is nobody in another.
    Outside a request (commands, tasks) every group counts.
    """
    if network is None:
        return Q()
    kinds = "|".join(re.escape(kind) for kind in (*Role.values, PARTNER_GROUP_ROLE))
    return Q(**{f"{prefix}name__in": network_group_names(network)}) | ~Q(
        **{f"{prefix}name__regex": rf"^[^:]+: ({kinds})$"}
    )


def groups_counted_in(user, network: Network | None):
    """The groups of `user` whose permissions count on `network`'s host (see `counted_groups_q`)."""
    return user.groups.filter(counted_groups_q(network))


def page_permissions_counted_in(user, network: Network | None):
    """`user`'s page permissions that count on `network`'s host (see `counted_groups_q`)."""
    permissions = GroupPagePermission.objects.filter(group__user=user).filter(counted_groups_q(network, "group__"))
    return permissions.select_related("page", "permission")


def networks_of(user):
    """The networks in which `user` holds a role."""
    return Network.objects.filter(roles__user=user).distinct()


def networks_where(user, role: str):
    """The networks in which `user` holds `role`."""
    return Network.objects.filter(roles__user=user, roles__role=role).distinct()


def editable_organization_ids(user, network: Network | None) -> set[int] | None:
    """Organizations of `network` whose records `user` may edit: None means all (moderators), else a set."""
    if network is None or not getattr(user, "is_authenticated", False):
        return set()
    if is_moderator(user, network):
        return None
    return set(
        OrganizationMembership.objects.for_network(network).filter(user=user).values_list("organization_id", flat=True)
    )


def role_group_name(network: Network, role: str) -> str:
    return f"{network.slug}: {role}"


def role_group(network: Network, role: str) -> Group:
    group, _ = Group.objects.get_or_create(name=role_group_name(network, role))
    return group


def provision_role_groups(network: Network) -> None:
    """Create one group per role for `network`, with admin access and its rights over the page tree."""
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    home_page = network.site.root_page
    for role in Role.values:
        group = role_group(network, role)
        group.permissions.add(access_admin, *permissions_named(model_permissions_of(role)))
        for codename in PAGE_PERMISSIONS_BY_ROLE[role]:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=home_page,
                permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
            )


def provision_partner_group(network: Network) -> Group:
    group = role_group(network, PARTNER_GROUP_ROLE)
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    group.permissions.add(access_admin, *permissions_named(partner_model_permissions()))
    return group


def grant_role(user, network: Network, role: str) -> NetworkRole:
    network_role, _ = NetworkRole.objects.get_or_create(user=user, network=network, role=role)
    return network_role
