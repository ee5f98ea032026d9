"""What every coordinator screen shares: who may open it, and the people who may supervise volunteers."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db.models import Q

from portal.admin.viewsets import NetworkScopedSnippetViewSet
from portal.models import Network
from portal.permissions import has_role
from portal.roles import COORDINATOR


def is_coordinator(user, network: Network | None) -> bool:
    return network is not None and has_role(user, network, COORDINATOR)


def network_people(network: Network):
    """People of the network who may supervise: those with a role in it and its partner organizations' staff."""
    in_network = Q(network_roles__network=network) | Q(organization_memberships__organization__network=network)
    people = get_user_model().objects.filter(in_network, is_active=True).values("pk")
    return get_user_model().objects.filter(pk__in=people).order_by("first_name", "last_name", "email")


class CoordinatorScopedSnippetViewSet(NetworkScopedSnippetViewSet):
    """The network's rows for its coordinators; nothing for anybody else (their object views are 404)."""

    organization_lookup = None

    def scoped_queryset(self, request):
        queryset = self.model._default_manager.for_network(request.network)
        if not is_coordinator(request.user, request.network):
            return queryset.none()
        return queryset
