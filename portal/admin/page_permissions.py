"""Wagtail's page permissions, counted only from the groups of the host's network.

Page permissions do not go through Django's authentication backends: Wagtail reads `GroupPagePermission` rows
of every group a person is in. A moderator of two networks would otherwise explore, edit and see in reports
both networks' pages on either host.
"""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.models import GroupPagePermission
from wagtail.permission_policies.pages import PagePermissionPolicy

from portal.permissions import counted_groups_q, page_permissions_counted_in
from portal.tenancy import current_network


class NetworkPagePermissionPolicy(PagePermissionPolicy):
    """Wagtail's page policy with each person's page permissions limited to the host's network's groups."""

    def get_all_permissions_for_user(self, user):
        if not user.is_active or user.is_anonymous or user.is_superuser:
            return GroupPagePermission.objects.none()
        return page_permissions_counted_in(user, current_network())

    def get_cached_permissions_for_user(self, user):
        # Cached per network: outside a request the same user object may be asked about several hosts.
        network = current_network()
        cache = user.__dict__.setdefault("_page_permission_cache_by_network", {})
        key = network.pk if network is not None else None
        if key not in cache:
            cache[key] = list(self.get_all_permissions_for_user(user))
        return cache[key]

    def users_with_any_permission(self, actions, include_superusers=True):
        users = super().users_with_any_permission(actions, include_superusers)
        network = current_network()
        if network is None:
            return users
        in_network = counted_groups_q(network, "groups__")
        if include_superusers:
            in_network |= Q(is_superuser=True)
        return get_user_model()._default_manager.filter(pk__in=users.values("pk")).filter(in_network).distinct()
