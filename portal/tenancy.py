"""The one way tenant-owned data is read: starting from a Network."""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.db import models
from wagtail.models import PageQuerySet

if TYPE_CHECKING:
    from portal.models import Network


_current_network: ContextVar[Network | None] = ContextVar("current_network", default=None)


def current_network() -> Network | None:
    """The network of the request being handled (set by NetworkMiddleware), for code that gets no request."""
    return _current_network.get()


def set_current_network(network: Network | None) -> None:
    _current_network.set(network)


class NetworkScopedQuerySet(models.QuerySet):
    """Queryset of a model that reaches its network through `network_path` (a lookup path)."""

    network_path = "network"

    def for_network(self, network: Network) -> NetworkScopedQuerySet:
        return self.filter(**{self.network_path: network})


class NetworkPageQuerySet(PageQuerySet):
    """Pages belong to the network whose site's root page they sit under."""

    def for_network(self, network: Network) -> NetworkPageQuerySet:
        return self.descendant_of(network.site.root_page, inclusive=True)
