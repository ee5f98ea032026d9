"""Times real searches through the full Django stack, a minimal view, and Wagtail's built-in search."""

from __future__ import annotations

import statistics
import time
from functools import partial
from urllib.parse import urlencode

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.search.backends import get_search_backend

from directory.benchmark.vocabulary import QUERIES, STEM_CHECKS
from directory.models import Service
from directory.search.query import SearchFilters, search_services


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    p95_index = max(0, round(0.95 * len(ordered)) - 1)
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2), "p95_ms": round(ordered[p95_index] * 1000, 2)}


def timed(call) -> tuple[float, int, object]:
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        result = call()
        elapsed = time.perf_counter() - started
    return elapsed, len(queries), result


def first_hits(backend, query: str, queryset) -> list:
    return list(backend.search(query, queryset)[:20])


def as_filters(filters: dict) -> SearchFilters:
    """The benchmark's query-string filters as the search page's form would pass them."""
    return SearchFilters(
        category=filters.get("category", ""),
        open_now="open_now" in filters,
        walk_in="walk_in" in filters,
    )


def search_url(language: str, query: str, filters: dict) -> str:
    params = {"q": query, **filters} if query else dict(filters)
    return f"/{language}/services/?{urlencode(params)}"


def measure(networks, rounds: int) -> dict:
    backend = get_search_backend()
    full, engine, minimal, wagtail, query_counts, misses = [], [], [], [], [], []
    for network in networks:
        client = Client(HTTP_HOST=network.site.hostname)
        client.get(search_url("en", "warm up", {}))
        listed = Service.objects.filter(network=network, live=True)
        for _round in range(rounds):
            for language, query, filters in QUERIES:
                elapsed, count, response = timed(partial(client.get, search_url(language, query, filters)))
                if response.status_code != 200:
                    raise RuntimeError(f"{network.slug} {language} {query!r}: HTTP {response.status_code}")
                full.append(elapsed)
                query_counts.append(count)
                search = partial(search_services, network, query, language, as_filters(filters))
                with translation.override(language):
                    elapsed, _count, _results = timed(search)
                engine.append(elapsed)
                elapsed, _count, _response = timed(partial(client.get, "/healthz/"))
                minimal.append(elapsed)
                if query:
                    elapsed, _count, _hits = timed(partial(first_hits, backend, query, listed))
                    wagtail.append(elapsed)
        for language, query, _filters in QUERIES:
            if query and search_services(network, query, language).total == 0:
                misses.append(f"{language}:{query}")
    return {
        "portal_search": {
            **percentiles(full),
            "sql_queries_max": max(query_counts),
            "sql_queries_min": min(query_counts),
        },
        # The same searches without the page around them: matching, ranking, counting, facets and loading the
        # 20 services shown. This is what compares like for like with Wagtail's search call below.
        "portal_search_without_page": percentiles(engine),
        "minimal_view": percentiles(minimal),
        "wagtail_search": percentiles(wagtail),
        "queries_without_results": sorted(set(misses)),
    }


def stems() -> dict:
    found = {}
    with connection.cursor() as cursor:
        for config, words in STEM_CHECKS.items():
            found[config] = {}
            for word in words:
                cursor.execute("SELECT to_tsvector(%s::regconfig, %s)::text", [config, word])
                found[config][word] = cursor.fetchone()[0]
    return found
