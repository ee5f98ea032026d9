"""Facet counts: how many of the matching services each filter choice would keep."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Exists, OuterRef, Q

from directory.models import Category, CostOption, Service, ServiceAtLocation, ServiceLanguage
from directory.opening_hours import open_at_filter
from portal.models import Network


@dataclass
class Facets:
    categories: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    costs: dict[str, int] = field(default_factory=dict)
    flags: dict[str, int] = field(default_factory=dict)


def _category_counts(network: Network, service_ids: list[int]) -> dict[str, int]:
    """Services per category code, a parent counting the services of its sub-categories once each."""
    parents = dict(Category.objects.for_network(network).values_list("pk", "parent_id"))
    codes = dict(Category.objects.for_network(network).values_list("pk", "code"))
    members: dict[int, set[int]] = defaultdict(set)
    links = Service.categories.through.objects.filter(service_id__in=service_ids)
    for service_id, category_id in links.values_list("service_id", "category_id"):
        seen = set()
        while category_id is not None and category_id not in seen:
            seen.add(category_id)
            members[category_id].add(service_id)
            category_id = parents.get(category_id)
    return {codes[pk]: len(services) for pk, services in members.items() if pk in codes}


def count_facets(network: Network, service_ids: list[int], moment: datetime) -> Facets:
    """Counts over the services in `service_ids` (already scoped to `network`)."""
    if not service_ids:
        return Facets(flags={"open_now": 0, "walk_in": 0, "online": 0, "wheelchair": 0})
    languages = (
        ServiceLanguage.objects.filter(service_id__in=service_ids)
        .values_list("code")
        .annotate(count=Count("service_id", distinct=True))
    )
    costs = (
        CostOption.objects.filter(service_id__in=service_ids)
        .values_list("option")
        .annotate(count=Count("service_id", distinct=True))
    )
    accessible = ServiceAtLocation.objects.filter(service=OuterRef("pk"), location__wheelchair_accessible=True)
    flags = Service.objects.filter(pk__in=service_ids).aggregate(
        open_now=Count("pk", filter=open_at_filter(network, moment)),
        walk_in=Count("pk", filter=Q(walk_in=True)),
        online=Count("pk", filter=Q(online=True)),
        wheelchair=Count("pk", filter=Q(Exists(accessible))),
    )
    return Facets(
        categories=_category_counts(network, service_ids),
        languages=dict(languages),
        costs=dict(costs),
        flags=flags,
    )
