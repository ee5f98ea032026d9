"""Authentication backends whose model permissions come only from the groups of the host's network."""

from __future__ import annotations

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission

from portal.permissions import groups_counted_in
from portal.tenancy import current_network


class NetworkPermissionsMixin:
    """Counts a person's group permissions only from the groups of the network whose host is in use.

    Django's `ModelBackend` counts every group, so a moderator of one network would hold "add category" on
    every network's host. The cache is kept per network because the same user object may be asked about
    several networks outside a request (commands, tests).
    """

    def _get_group_permissions(self, user_obj):
        return Permission.objects.filter(group__in=groups_counted_in(user_obj, current_network()))

    def _get_permissions(self, user_obj, obj, from_name: str) -> set[str]:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        network = current_network()
        cache = user_obj.__dict__.setdefault(f"_{from_name}_perm_cache_by_network", {})
        key = network.pk if network is not None else None
        if key not in cache:
            if user_obj.is_superuser:
                permissions = Permission.objects.all()
            else:
                permissions = getattr(self, f"_get_{from_name}_permissions")(user_obj)
            labels = permissions.values_list("content_type__app_label", "codename").order_by()
            cache[key] = {f"{app_label}.{codename}" for app_label, codename in labels}
        return cache[key]

    def get_all_permissions(self, user_obj, obj=None) -> set[str]:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        return {*self.get_user_permissions(user_obj), *self.get_group_permissions(user_obj)}


class NetworkModelBackend(NetworkPermissionsMixin, ModelBackend):
    """Django's username and password sign-in, with permissions of the host's network only."""


class NetworkAuthenticationBackend(NetworkPermissionsMixin, AuthenticationBackend):
    """allauth's email sign-in (itself a ModelBackend), with permissions of the host's network only."""
