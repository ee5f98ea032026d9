"""`search_services`: the listed services of one network that match a reader's words and filters, ranked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.postgres.search import SearchQuery, SearchRank, TrigramWordSimilarity
from django.db.models import BooleanField, Exists, F, FloatField, Func, OuterRef, Q, Subquery, Value
from django.db.models.functions import ASin, Coalesce, Cos, Power, Radians, Sin, Sqrt
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from directory.models import (
    Category,
    CostOption,
    Place,
    Service,
    ServiceAtLocation,
    ServiceLanguage,
    ServiceSearchDocument,
)
from directory.opening_hours import open_at_filter
from directory.search.crisis import is_crisis_query
from directory.search.documents import BODY_FIELDS, text_search_config, uses_full_text
from directory.search.facets import Facets, count_facets
from portal.models import Network

EARTH_RADIUS_KM = 6371.0
PAGE_SIZE = 20
CategoryLink = Service.categories.through


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


@dataclass
class SearchResults:
    services: list[Service]
    total: int
    facets: Facets
    crisis_query: bool = False
    page: int = 1
    page_count: int = 1
    by_distance: bool = False
    fuzzy: bool = False


class WordSimilar(Func):
    """`query <% text`: some word of `text` is close to `query` (pg_trgm, served by the trigram index)."""

    arg_joiner = " <%% "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def _haversine_km(latitude: float, longitude: float, prefix: str = "location__"):
    lat = Radians(F(f"{prefix}latitude"))
    lon = Radians(F(f"{prefix}longitude"))
    origin_lat, origin_lon = Value(latitude * 3.141592653589793 / 180), Value(longitude * 3.141592653589793 / 180)
    chord = Power(Sin((lat - origin_lat) / 2), 2) + Cos(origin_lat) * Cos(lat) * Power(Sin((lon - origin_lon) / 2), 2)
    return 2 * EARTH_RADIUS_KM * ASin(Sqrt(chord), output_field=FloatField())


def _distance_subquery(latitude: float, longitude: float) -> Subquery:
    # Confidential addresses (shelters) take no part: a distance would point at them.
    nearest = (
        ServiceAtLocation.objects.filter(
            service=OuterRef("pk"),
            location__is_confidential=False,
            location__latitude__isnull=False,
            location__longitude__isnull=False,
        )
        .annotate(km=_haversine_km(latitude, longitude))
        .order_by("km")
        .values("km")[:1]
    )
    return Subquery(nearest, output_field=FloatField())


def _filtered(network: Network, filters: SearchFilters):
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
        accessible = ServiceAtLocation.objects.filter(service=OuterRef("pk"), location__wheelchair_accessible=True)
        services = services.filter(Exists(accessible))
    if filters.open_now:
        services = services.filter(open_at_filter(network, filters.moment or timezone.now()))
    if filters.walk_in:
        services = services.filter(walk_in=True)
    if filters.online:
        services = services.filter(online=True)
    return services


def _full_text_match(network: Network, query: str, language: str, fuzzy: bool):
    """(match condition, rank expression) over the documents of `language`."""
    documents = ServiceSearchDocument.objects.filter(network=network, language=language, service=OuterRef("pk"))
    if fuzzy:
        similar = documents.filter(WordSimilar(Value(query), F("text")))
        rank = similar.annotate(rank=TrigramWordSimilarity(query, "text")).values("rank")[:1]
        return Exists(similar), Subquery(rank, output_field=FloatField())
    search_query = SearchQuery(query, config=text_search_config(language), search_type="websearch")
    # Substring matching catches Chinese, which the `simple` configuration cannot split into words.
    matching = documents.filter(Q(vector=search_query) | Q(text__icontains=query))
    rank = matching.annotate(rank=SearchRank(F("vector"), search_query, cover_density=True)).values("rank")[:1]
    return Exists(matching), Subquery(rank, output_field=FloatField())


def _fallback_match(network: Network, query: str, language: str) -> Q:
    """Without PostgreSQL: every word appears in the reader's language or the network default's text."""
    languages = dict.fromkeys([language, network.default_language])
    condition = Q()
    for word in query.split():
        word_matches = Q()
        for code in languages:
            for name in ("name", *BODY_FIELDS):
                word_matches |= Q(**{f"{build_localized_fieldname(name, code)}__icontains": word})
            in_category = CategoryLink.objects.filter(
                service=OuterRef("pk"), **{f"category__{build_localized_fieldname('name', code)}__icontains": word}
            )
            word_matches |= Exists(in_category)
        condition &= word_matches
    return condition


def _is_crisis_service():
    return Exists(CategoryLink.objects.filter(service=OuterRef("pk"), category__is_crisis=True))


def search_services(
    network: Network, query: str, language: str, filters: SearchFilters | None = None, page: int = 1
) -> SearchResults:
    """Listed services of `network` matching `query` in `language` and `filters`, with facet counts."""
    filters = filters or SearchFilters()
    query = " ".join(query.split())[:200]
    crisis_query = is_crisis_query(query)
    services = _filtered(network, filters).annotate(is_crisis=_is_crisis_service())
    fuzzy = False
    rank = Value(0.0, output_field=FloatField())
    if query:
        if uses_full_text():
            match, rank = _full_text_match(network, query, language, fuzzy=False)
            if not services.filter(match).exists():
                # Nothing spelled that way: look for near spellings instead.
                fuzzy = True
                match, rank = _full_text_match(network, query, language, fuzzy=True)
        else:
            match = _fallback_match(network, query, language)
        if crisis_query:
            match |= _is_crisis_service()
        services = services.filter(match)
    services = services.annotate(rank=Coalesce(rank, Value(0.0), output_field=FloatField()))
    origin = filters.origin
    ordering = ["-is_crisis"] if query else []
    if origin is not None:
        services = services.annotate(distance_km=_distance_subquery(*origin))
        if filters.within_km:
            services = services.filter(Q(distance_km__lte=filters.within_km) | Q(online=True))
        ordering.append(F("distance_km").asc(nulls_last=True))
    ordering += ["-rank", "name", "pk"]
    rows = list(services.order_by(*ordering).values_list("pk", "distance_km" if origin else "rank", "is_crisis"))
    page_count = max(1, -(-len(rows) // PAGE_SIZE))
    page = min(max(1, page), page_count)
    shown = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    return SearchResults(
        services=_load(shown, by_distance=origin is not None),
        total=len(rows),
        facets=count_facets(network, [row[0] for row in rows], filters.moment or timezone.now()),
        crisis_query=crisis_query,
        page=page,
        page_count=page_count,
        by_distance=origin is not None,
        fuzzy=fuzzy,
    )


def with_display_data(services):
    """What a result card shows, fetched in a fixed number of queries however many services there are."""
    return services.select_related("network", "organization").prefetch_related(
        "categories",
        "phones",
        "languages",
        "cost_options",
        "opening_hours",
        "schedule_exceptions",
        "required_documents",
        "service_at_locations__location",
    )


def _load(rows, by_distance: bool) -> list[Service]:
    by_pk = {service.pk: service for service in with_display_data(Service.objects.filter(pk__in=[r[0] for r in rows]))}
    loaded = []
    for pk, measure, is_crisis in rows:
        service = by_pk[pk]
        service.distance_km = measure if by_distance else None
        service.is_crisis = is_crisis
        loaded.append(service)
    return loaded
