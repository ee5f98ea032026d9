"""The one way tenant-owned data is read: starting from a Network."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import models
from wagtail.models import PageQuerySet

if TYPE_CHECKING:
    from portal.models import Network


class NetworkScopedQuerySet(models.QuerySet):
    """Queryset of a model that reaches its network through `network_path` (a lookup path)."""

    network_path = "network"

    def for_network(self, network: Network) -> NetworkScopedQuerySet:
        return self.filter(**{self.network_path: network})


class NetworkPageQuerySet(PageQuerySet):
    """Pages belong to the network whose site's root page they sit under."""

    def for_network(self, network: Network) -> NetworkPageQuerySet:
        return self.descendant_of(network.site.root_page, inclusive=True)
