"""What a reader narrowed a search to, said in SQL: the filters and the distance from a place."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Case, Exists, F, FloatField, OuterRef, Q, Subquery, Value, When
from django.db.models.functions import ASin, Cos, Floor, Power, Radians, Sin, Sqrt
from django.utils import timezone

from directory.models import Category, CostOption, Location, Place, Service, ServiceAtLocation, ServiceLanguage
from directory.opening_hours import open_at_filter
from portal.models import Network

EARTH_RADIUS_KM = 6371.0
# A confidential location (a shelter) is placed at the centre of its cell of this many degrees (about 2.8 km
# north-south, 2.3 km east-west at 34 degrees): searches from any origin and radius learn that cell, never the point.
CELL_DEGREES = 0.025
CategoryLink = Service.categories.through


def wheelchair_accessible() -> Exists:
    """A Service filter: some physical location of the service has step-free access (an online one has none)."""
    accessible = ServiceAtLocation.objects.published().filter(
        service=OuterRef("pk"), location__wheelchair_accessible=True
    )
    return Exists(accessible.exclude(location__location_type=Location.Kind.VIRTUAL))


@dataclass
class SearchFilters:
    """What a reader narrowed the search to; empty values filter nothing."""

    category: str = ""
    languages: list[str] = field(default_factory=list)
    costs: list[str] = field(default_factory=list)
    age: int | None = None
    wheelchair: bool = False
    open_now: bool = False
    walk_in: bool = False
    online: bool = False
    place: Place | None = None
    latitude: float | None = None
    longitude: float | None = None
    within_km: float | None = None
    moment: datetime | None = None

    @property
    def origin(self) -> tuple[float, float] | None:
        if self.place is not None:
            return self.place.latitude, self.place.longitude
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        return None

    @property
    def narrows(self) -> bool:
        """Whether any filter leaves out services (a place only orders them, unless a radius is given)."""
        chosen = (self.category, self.languages, self.costs, self.wheelchair, self.open_now, self.walk_in, self.online)
        return any(chosen) or self.age is not None


def filtered_services(network: Network, filters: SearchFilters):
    """The listed services of `network` that pass `filters`."""
    services = Service.objects.for_network(network).listed()
    if filters.category:
        category = Category.objects.for_network(network).filter(code=filters.category).first()
        subtree = Category.objects.for_network(network).with_descendants(category) if category else []
        services = services.filter(Exists(CategoryLink.objects.filter(service=OuterRef("pk"), category__in=subtree)))
    if filters.languages:
        spoken = ServiceLanguage.objects.filter(service=OuterRef("pk"), code__in=filters.languages)
        services = services.filter(Exists(spoken))
    if filters.costs:
        costs = Exists(CostOption.objects.filter(service=OuterRef("pk"), option__in=filters.costs))
        if CostOption.Option.INSURANCE in filters.costs:
            costs |= Q(insurance_accepted=True)
        services = services.filter(costs)
    if filters.age is not None:
        services = services.filter(Q(minimum_age__isnull=True) | Q(minimum_age__lte=filters.age))
        services = services.filter(Q(maximum_age__isnull=True) | Q(maximum_age__gte=filters.age))
    if filters.wheelchair:
        services = services.filter(wheelchair_accessible())
    if filters.open_now:
        services = services.filter(open_at_filter(network, filters.moment or timezone.now()))
    if filters.walk_in:
        services = services.filter(walk_in=True)
    if filters.online:
        services = services.filter(online=True)
    return services


def cell_centre(degrees: float) -> float:
    """The centre of the grid cell holding `degrees` (a latitude or a longitude)."""
    return (math.floor(degrees / CELL_DEGREES) + 0.5) * CELL_DEGREES


def _searchable(column: str):
    """A location's `column` (latitude or longitude) as distances use it: the cell's centre when confidential."""
    centre = (Floor(F(column) / CELL_DEGREES) + 0.5) * CELL_DEGREES
    return Case(When(location__is_confidential=True, then=centre), default=F(column), output_field=FloatField())


def _haversine_km(latitude: float, longitude: float):
    lat, lon = Radians(_searchable("location__latitude")), Radians(_searchable("location__longitude"))
    origin_lat, origin_lon = Value(math.radians(latitude)), Value(math.radians(longitude))
    chord = Power(Sin((lat - origin_lat) / 2), 2) + Cos(origin_lat) * Cos(lat) * Power(Sin((lon - origin_lon) / 2), 2)
    return 2 * EARTH_RADIUS_KM * ASin(Sqrt(chord), output_field=FloatField())


def distance_km(origin: tuple[float, float], service_key: str) -> Subquery:
    """Kilometres from `origin` to the nearest location of the service whose id is `service_key`; to the centre
    of its cell for a confidential location (a shelter), so that no search can point at it."""
    nearest = (
        ServiceAtLocation.objects.published()
        .filter(
            service=OuterRef(service_key),
            location__latitude__isnull=False,
            location__longitude__isnull=False,
        )
        .annotate(km=_haversine_km(*origin))
        .order_by("km")
        .values("km")[:1]
    )
    return Subquery(nearest, output_field=FloatField())
