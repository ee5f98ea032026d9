"""Checks across the rows of a package before anything is written: duplicate ids and ids the directory reserves."""

from __future__ import annotations

from django.utils.translation import gettext as _

from directory.hsds.ids import GENERATED_PREFIX, generated_pk, public_id
from directory.hsds.report import ImportReport
from directory.hsds.tabular import Tables
from directory.models import Category, Location, Service, ServiceAtLocation
from portal.models import Organization

# The tables whose rows become rows of the directory, with the kind of their generated ids and their model.
KEYED_TABLES = {
    "organization": ("organization", Organization),
    "service": ("service", Service),
    "location": ("location", Location),
    "taxonomy_term": ("category", Category),
    "service_at_location": ("serviceatlocation", ServiceAtLocation),
}


def _own_row(network, kind: str, model, value: str) -> bool:
    """Whether `value` is the public id of a row of `model` in `network` (an export of this network read back)."""
    pk = generated_pk(kind, value)
    if pk is None:
        return False
    rows = (
        model.objects.filter(service__network=network)
        if model is ServiceAtLocation
        else model.objects.for_network(network)
    )
    row = rows.filter(pk=pk).first()
    return row is not None and public_id(row) == value.lower()


def refuse_duplicates_and_reserved_ids(network, tables: Tables, report: ImportReport) -> None:
    """Drop, with an error each, a row whose id an earlier row of its table has, or a generated id of another row.

    Generated ids (see ids.py) name rows of the directory by their primary key: a package may use them only for
    the rows they name in this network, or the row would share its public id with another.
    """
    for table, (kind, model) in KEYED_TABLES.items():
        first_line: dict[str, int | str] = {}
        kept = []
        for row in tables[table]:
            row_id = row.get("id")
            if row_id and row_id.lower().startswith(GENERATED_PREFIX) and not _own_row(network, kind, model, row_id):
                report.error(
                    row.source,
                    row.line,
                    _(
                        "id %(id)s is in the range the directory generates for its own records and names no "
                        "%(table)s of this network: row not imported"
                    )
                    % {"id": row_id, "table": table},
                )
                continue
            if row_id and row_id in first_line:
                report.error(
                    row.source,
                    row.line,
                    _("duplicate %(table)s id %(id)s (first at line %(line)s): row not imported")
                    % {"table": table, "id": row_id, "line": first_line[row_id]},
                )
                continue
            if row_id:
                first_line[row_id] = row.line
            kept.append(row)
        if tables.has(table):
            tables.rows[table] = kept
