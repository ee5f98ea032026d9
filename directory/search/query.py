"""`search_services`: the listed services of one network that match a reader's words and filters, ranked.

The search starts from the reader's language documents (GIN-indexed vectors, substrings for Chinese) and
touches the service rows only to apply filters and to load the page shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    FloatField,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
    Window,
)
from django.utils import timezone

from directory.models import (
    Category,
    CostOption,
    OpeningHours,
    RequiredDocument,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceCapacity,
    ServiceLanguage,
    ServicePhone,
    ServiceSearchDocument,
)
from directory.search.crisis import is_crisis_query
from directory.search.crisis.network import crisis_terms_of
from directory.search.facets import Facets, count_facets
from directory.search.filters import SearchFilters, distance_km, filtered_services
from directory.search.matching import SUBSTRING_LANGUAGES, text_match
from directory.search.spelling import corrected_words
from directory.search.synonyms import readings
from portal.models import Network

__all__ = ["SearchFilters", "SearchResults", "search_services", "with_display_data"]

PAGE_SIZE = 20
MAX_QUERY_LENGTH = 200


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
    # The network language whose documents matched, when the reader's own found nothing.
    matched_language: str | None = None
    # Whether the services match only some of the reader's words (none matched them all).
    some_words: bool = False


def _matching(
    network: Network,
    query: str,
    language: str,
    filters: SearchFilters,
    crisis: bool,
    any_word: bool = False,
    synonyms: bool = False,
) -> QuerySet[ServiceSearchDocument]:
    """The `language` documents of `network` that match (any word of, and with the synonyms of, `query` when
    asked), each annotated with its `rank`."""
    documents = ServiceSearchDocument.objects.filter(network=network, language=language)
    if filters.narrows:
        # A person in crisis who also ticked a filter still gets the crisis services.
        narrowed = Q(service__in=filtered_services(network, filters))
        documents = documents.filter(narrowed | Q(is_crisis=True) if crisis else narrowed)
    if not query:
        return documents.annotate(rank=Value(0.0, output_field=FloatField()), crisis_first=F("is_crisis"))
    words = readings(network.pk, language, query) if synonyms else [query]
    match, rank = text_match(language, words, any_word=any_word)
    # Crisis services come first when the reader's own words find them, not when only a synonym does.
    own = text_match(language, [query], any_word=any_word)[0] if len(words) > 1 else match
    if crisis:
        match |= Q(is_crisis=True)
        own |= Q(is_crisis=True)
    crisis_first = ExpressionWrapper(Q(is_crisis=True) & own, output_field=BooleanField())
    return documents.filter(match).annotate(rank=rank, crisis_first=crisis_first)


def _ordered(
    documents: QuerySet[ServiceSearchDocument], filters: SearchFilters, searched: bool
) -> QuerySet[ServiceSearchDocument]:
    """Crisis services that match come first for any search, then nearest (when a place is given), best."""
    ordering = ["-crisis_first"] if searched else []
    origin = filters.origin
    if origin is not None:
        if filters.within_km:
            # Online services are listed whatever the radius, without the distance of a place outside it.
            within = filters.within_km
            documents = documents.annotate(place_km=distance_km(origin, "service_id"))
            documents = documents.filter(Q(place_km__lte=within) | Q(service__online=True)).annotate(
                distance_km=Case(When(place_km__lte=within, then=F("place_km")), output_field=FloatField())
            )
        else:
            documents = documents.annotate(distance_km=distance_km(origin, "service_id"))
        ordering.append(F("distance_km").asc(nulls_last=True))
    else:
        documents = documents.annotate(distance_km=Value(None, output_field=FloatField()))
    return documents.order_by(*ordering, "-rank", "name", "service_id")


def _page_rows(rows, page: int) -> tuple[list[tuple], int, int]:
    """(rows of the page, total, page): one query, the total counted by a window over the same rows."""
    with_total = rows.annotate(total=Window(Count("service_id"))).values_list("service_id", "distance_km", "total")
    shown = list(with_total[(page - 1) * PAGE_SIZE : page * PAGE_SIZE])
    if not shown and page > 1:
        total = rows.count()
        return _page_rows(rows, -(-total // PAGE_SIZE)) if total else ([], 0, 1)
    return shown, (shown[0][2] if shown else 0), page


# Each choice facet, and the filter value that leaves it out.
CHOICE_FILTERS = {"categories": ("category", ""), "languages": ("languages", []), "costs": ("costs", [])}


def _without_own_filter(
    network: Network, query: str, language: str, filters: SearchFilters, crisis: bool, reading: tuple = ()
) -> dict:
    """For each choice facet in use, the matches of every other filter (what its counts are taken over)."""
    return {
        facet: _matching(network, query, language, replace(filters, **{name: cleared}), crisis, *reading).values(
            "service_id"
        )
        for facet, (name, cleared) in CHOICE_FILTERS.items()
        if getattr(filters, name)
    }


def search_services(
    network: Network, query: str, language: str, filters: SearchFilters | None = None, page: int = 1
) -> SearchResults:
    """Listed services of `network` matching `query` in `language` and `filters`, with facet counts."""
    filters = filters or SearchFilters()
    # Everything the reader typed is read for crisis words, before the search itself is cut to length.
    crisis = is_crisis_query(query, crisis_terms_of(network))
    query = " ".join(query.split())[:MAX_QUERY_LENGTH].rstrip()
    matches = _matching(network, query, language, filters, crisis, synonyms=True)
    rows, total, page = _page_rows(_ordered(matches, filters, bool(query)), max(1, page))
    fuzzy = False
    searched = query
    searched_language, any_word, synonyms = language, False, True
    if not rows and query:
        # Nothing in the reader's words and language: their synonyms, another language of the network, then any
        # of the reader's words. A crisis service reached only this way is not put first unless crisis is asked.
        for searched_language, any_word, synonyms in _fallbacks(network, query, language, filters):
            matches = _matching(network, query, searched_language, filters, crisis, any_word, synonyms)
            rows, total, page = _page_rows(_ordered(matches, filters, crisis), page)
            if rows:
                break
        else:
            searched_language, any_word, synonyms = language, False, True
    # A crisis search never turns into a search for similar words: its crisis services are the answer.
    if not rows and query and not crisis:
        # Nothing spelled that way: try the words of the listings that are spelt most like the reader's.
        corrected = " ".join(corrected_words(network, language, query.split()))
        if corrected != query.lower():
            fuzzy = True
            searched = corrected
            matches = _matching(network, corrected, language, filters, crisis)
            rows, total, page = _page_rows(_ordered(matches, filters, True), page)
    moment = filters.moment or timezone.now()
    return SearchResults(
        services=_load(rows, network),
        total=total,
        facets=count_facets(
            network,
            matches.values("service_id") if total else None,
            moment,
            _without_own_filter(network, searched, searched_language, filters, crisis, (any_word, synonyms)),
        ),
        crisis_query=crisis,
        page=page,
        page_count=max(1, -(-total // PAGE_SIZE)),
        by_distance=filters.origin is not None,
        fuzzy=fuzzy,
        matched_language=searched_language if searched_language != language else None,
        some_words=any_word and not fuzzy,
    )


def _fallbacks(network: Network, query: str, language: str, filters: SearchFilters):
    """(language, any word?, synonyms?) to try in turn when `query` finds nothing in the reader's language."""
    others = [code for code in dict.fromkeys([network.default_language, *network.languages]) if code != language]
    if others:
        match = Q()
        for code in others:
            words, _rank = text_match(code, readings(network.pk, code, query))
            match |= Q(language=code) & words
        documents = ServiceSearchDocument.objects.filter(network=network).filter(match)
        if filters.narrows:
            documents = documents.filter(service__in=filtered_services(network, filters))
        found = set(documents.order_by().values_list("language", flat=True).distinct())
        # The network's default language first: it is the one its listings are written in.
        for code in others:
            if code in found:
                yield code, False, True
                break
    if len(query.split()) > 1 or language in SUBSTRING_LANGUAGES:
        yield language, True, True


def with_display_data(services, network: Network | None = None):
    """What a result card shows, fetched in a fixed number of queries however many services there are.

    Given the network every service belongs to, the network row is not joined again for each service.
    """
    # Explicit querysets: modelcluster's child managers then reuse them instead of building a filtered
    # queryset per service and relation, which cost more than the queries themselves.
    children = [
        Prefetch(relation, queryset=model.objects.all())
        for relation, model in (
            ("phones", ServicePhone),
            ("languages", ServiceLanguage),
            ("cost_options", CostOption),
            ("opening_hours", OpeningHours),
            ("schedule_exceptions", ScheduleException),
            ("required_documents", RequiredDocument),
            ("capacities", ServiceCapacity),
        )
    ]
    locations = Prefetch(
        "service_at_locations", queryset=ServiceAtLocation.objects.published().select_related("location")
    )
    related = ("organization",) if network is not None else ("network", "organization")
    categories = Prefetch("categories", queryset=Category.objects.all())
    return services.select_related(*related).prefetch_related(categories, *children, locations)


def _load(rows, network: Network) -> list[Service]:
    shown = with_display_data(Service.objects.filter(pk__in=[row[0] for row in rows]), network)
    by_pk = {service.pk: service for service in shown}
    loaded = []
    for pk, distance, _total in rows:
        service = by_pk[pk]
        service.network = network
        service.distance_km = distance
        loaded.append(service)
    return loaded
