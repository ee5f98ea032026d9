"""Search documents and search terms built inside PostgreSQL: one INSERT ... SELECT per language.

Texts fall back the way pages do (reader's language, then the network's default, then English), so a
service without a Vietnamese description is still found by a Vietnamese reader through its default text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from django.contrib.postgres.aggregates import StringAgg
from django.db import connection
from django.db.models import Exists, F, Func, OuterRef, Subquery, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from modeltranslation.utils import build_localized_fieldname

from directory.models import SearchTerm, Service, ServiceSearchDocument
from portal.languages import FALLBACK_OF_LAST_RESORT

if TYPE_CHECKING:
    from portal.models import Network

BODY_FIELDS = (
    "alternate_name",
    "description",
    "application_process",
    "eligibility_description",
    "fees_description",
    "interpretation_services",
)
# Words shorter than this carry too few trigrams to correct; longer ones are not words (URLs, codes).
TERM_LENGTH = (3, 60)


class JoinedWithSpaces(Func):
    function = "concat_ws"
    template = "concat_ws(' ', %(expressions)s)"
    output_field = TextField()


def translated(field: str, language: str, default: str, empty: str | None = ""):
    """`field` in `language`, else in the network's default language, else in English, else `empty`."""
    codes = dict.fromkeys([language, default, FALLBACK_OF_LAST_RESORT])
    columns = [NullIf(F(build_localized_fieldname(field, code)), Value(""), output_field=TextField()) for code in codes]
    return Coalesce(*columns, Value(empty, output_field=TextField()), output_field=TextField())


def _source_sql(services, language: str, default: str) -> tuple[str, Sequence]:
    category_names = (
        Service.categories.through.objects.filter(service=OuterRef("pk"))
        .order_by()
        .values("service")
        .annotate(names=StringAgg(translated("category__name", language, default), " "))
        .values("names")
    )
    # NULL, not "", for a missing text: concat_ws skips NULLs and so adds no stray spaces.
    body = [translated(field, language, default, empty=None) for field in (*BODY_FIELDS, "organization__name")]
    # The INSERT reads these by their aliases (Django does not keep the order of selected annotations).
    rows = services.order_by().annotate(
        doc_network=F("network_id"),
        doc_service=F("pk"),
        doc_name=translated("name", language, default),
        doc_categories=Coalesce(Subquery(category_names), Value(""), output_field=TextField()),
        doc_body=JoinedWithSpaces(*body),
        doc_crisis=Exists(Service.categories.through.objects.filter(service=OuterRef("pk"), category__is_crisis=True)),
    )
    columns = rows.values_list("doc_network", "doc_service", "doc_name", "doc_categories", "doc_body", "doc_crisis")
    return columns.query.sql_with_params()


def insert_documents(services, language: str, default: str, config: str) -> None:
    """Write the `language` documents of `services` (a queryset of one network's listed services)."""
    sql, params = _source_sql(services, language, default)
    weighted = " || ".join(
        f"setweight(to_tsvector(%s::regconfig, src.doc_{column}), '{weight}')"
        for column, weight in (("name", "A"), ("categories", "B"), ("body", "C"))
    )
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {ServiceSearchDocument._meta.db_table}
                    (network_id, service_id, language, name, categories, body, text, vector, is_crisis)
                SELECT src.doc_network, src.doc_service, %s, src.doc_name, src.doc_categories, src.doc_body,
                       concat_ws(' ', src.doc_name, src.doc_categories, src.doc_body), {weighted}, src.doc_crisis
                FROM ({sql}) AS src""",  # noqa: S608 - table names and fixed SQL only
            [language, config, config, config, *params],
        )


def insert_terms(network: Network, language: str, service_ids: Sequence[int] | None = None) -> None:
    """Add the words of `network`'s `language` documents (of `service_ids` only, when given) to its terms."""
    only = "AND document.service_id = ANY(%s)" if service_ids is not None else ""
    with connection.cursor() as cursor:
        cursor.execute(
            f"""INSERT INTO {SearchTerm._meta.db_table} (network_id, language, word)
                SELECT DISTINCT document.network_id, document.language, word
                FROM {ServiceSearchDocument._meta.db_table} AS document,
                     unnest(tsvector_to_array(to_tsvector('simple', document.text))) AS word
                WHERE document.network_id = %s AND document.language = %s {only}
                  AND char_length(word) BETWEEN %s AND %s AND word !~ '[0-9]'
                ON CONFLICT (network_id, language, word) DO NOTHING""",  # noqa: S608 - table names and fixed SQL only
            [network.pk, language, *([list(service_ids)] if service_ids is not None else []), *TERM_LENGTH],
        )
