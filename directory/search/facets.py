"""Facet counts: how many of the matching services each filter choice would keep, in one SQL statement.

The matching services are computed once (a materialised CTE) and every count reads that set: languages and
costs grouped, the flags in one pass, categories through their ancestors, so that a parent counts a service
in two of its sub-categories once.

Choices a reader picks among (a category, languages, costs) are counted over the services that match every
other filter but not that one: ticking Spanish must not make Vietnamese look empty, since the choices of one
list widen each other. Such a set is computed only when its own filter is in use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection
from django.db.models import Count, Q
from django.db.models.expressions import RawSQL

from directory.models import Category, CostOption, Service, ServiceLanguage
from directory.opening_hours import open_at_filter
from directory.search.filters import wheelchair_accessible
from portal.models import Network

FLAGS = ("open_now", "walk_in", "online", "wheelchair")
# Facets counted without their own filter, and the CTE holding the services each is counted over.
CHOICE_FACETS = {"categories": "matched_categories", "languages": "matched_languages", "costs": "matched_costs"}


@dataclass
class Facets:
    categories: dict[str, int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    costs: dict[str, int] = field(default_factory=dict)
    flags: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FLAGS, 0))


def _flag_counts(network: Network, moment: datetime):
    conditions = {
        "open_now": open_at_filter(network, moment),
        "walk_in": Q(walk_in=True),
        "online": Q(online=True),
        "wheelchair": Q(wheelchair_accessible()),
    }
    counts = {flag: Count("pk", filter=condition) for flag, condition in conditions.items()}
    matched = RawSQL("SELECT id FROM matched", [])
    return Service.objects.filter(pk__in=matched).order_by().values("network_id").annotate(**counts)


def _grouped(queryset, column: str, cte: str):
    return (
        queryset.filter(service_id__in=RawSQL(f"SELECT id FROM {cte}", []))  # noqa: S608, S611 - a fixed CTE name
        .order_by()
        .values_list(column)
        .annotate(n=Count("service_id", distinct=True))
    )


def _choice_sets(unfiltered: dict) -> tuple[str, list]:
    """CTEs of the services each choice facet is counted over: its own set, or the matched one."""
    sql, params = [], []
    for facet, cte in CHOICE_FACETS.items():
        matches = unfiltered.get(facet)
        if matches is None:
            sql.append(f"{cte} (id) AS (SELECT id FROM matched)")  # noqa: S608 - a fixed CTE name
        else:
            inner, inner_params = matches.order_by().query.sql_with_params()
            sql.append(f"{cte} (id) AS MATERIALIZED ({inner})")
            params.extend(inner_params)
    return ",\n        ".join(sql), params


def _statement(network: Network, matches, unfiltered: dict, moment: datetime) -> tuple[str, list]:
    choice_sets, choice_params = _choice_sets(unfiltered)
    parts = {
        "matched": matches.order_by().query.sql_with_params(),
        "flags": _flag_counts(network, moment).query.sql_with_params(),
        "languages": _grouped(
            ServiceLanguage.objects.all(), "code", CHOICE_FACETS["languages"]
        ).query.sql_with_params(),
        "costs": _grouped(CostOption.objects.all(), "option", CHOICE_FACETS["costs"]).query.sql_with_params(),
    }
    categories, links = Category._meta.db_table, Service.categories.through._meta.db_table
    flag_rows = " UNION ALL ".join(f"SELECT 'flags', '{flag}', {flag} FROM flags" for flag in FLAGS)  # noqa: S608
    sql = f"""
        WITH RECURSIVE matched (id) AS MATERIALIZED ({parts["matched"][0]}),
        {choice_sets},
        flags AS ({parts["flags"][0]}),
        ancestry (category_id, ancestor_id) AS (
            SELECT id, id FROM {categories} WHERE network_id = %s
            UNION ALL
            SELECT ancestry.category_id, category.parent_id
            FROM ancestry JOIN {categories} AS category ON category.id = ancestry.ancestor_id
            WHERE category.parent_id IS NOT NULL
        )
        SELECT 'languages', part.* FROM ({parts["languages"][0]}) AS part
        UNION ALL SELECT 'costs', part.* FROM ({parts["costs"][0]}) AS part
        UNION ALL {flag_rows}
        UNION ALL
        SELECT 'categories', category.code, COUNT(DISTINCT link.service_id)
        FROM {links} AS link
        JOIN ancestry ON ancestry.category_id = link.category_id
        JOIN {categories} AS category ON category.id = ancestry.ancestor_id
        WHERE link.service_id IN (SELECT id FROM matched_categories)
        GROUP BY category.code
    """  # noqa: S608 - table names and fixed SQL only
    params = [
        *parts["matched"][1],
        *choice_params,
        *parts["flags"][1],
        network.pk,
        *parts["languages"][1],
        *parts["costs"][1],
    ]
    return sql, params


def count_facets(network: Network, matches, moment: datetime, unfiltered: dict | None = None) -> Facets:
    """Counts over `matches` (a one-column queryset of service ids, already scoped to `network`); none for None.

    `unfiltered` maps "categories", "languages" or "costs" to the matches without that facet's own filter.
    """
    facets = Facets()
    if matches is None:
        return facets
    with connection.cursor() as cursor:
        cursor.execute(*_statement(network, matches, unfiltered or {}, moment))
        for facet, value, count in cursor.fetchall():
            getattr(facets, facet)[value] = count
    return facets
