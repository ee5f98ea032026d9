"""The translations side file of an HSDS package: its texts in other languages, one row per text."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext as _
from modeltranslation.utils import build_localized_fieldname

from directory.hsds.report import ImportReport
from directory.hsds.services import TRANSLATED as SERVICE_TEXTS
from directory.hsds.tabular import TABLE_FILES, TRANSLATIONS_FILE, Row, Tables
from directory.models import Category, CostOption, Location, RequiredDocument, ScheduleException, Service
from portal.languages import SUPPORTED_LANGUAGE_CODES
from portal.models import Organization

COLUMNS = ("table", "id", "field", "language", "text")

# HSDS table -> the model its rows become, and {HSDS column: model field} of the texts a translation may give.
TRANSLATABLE: dict[str, tuple[type[models.Model], dict[str, str]]] = {
    "organization": (Organization, {name: name for name in ("name", "alternate_name", "description")}),
    "service": (Service, {name: name for name in SERVICE_TEXTS}),
    "location": (Location, {name: name for name in ("name", "description", "transportation")}),
    "taxonomy_term": (Category, {"name": "name", "description": "description"}),
    "cost_option": (CostOption, {"amount_description": "amount_description"}),
    "required_document": (RequiredDocument, {"document": "document"}),
    # Only a single-date row (a closure or special hours) keeps its description, as the note of that date.
    "schedule": (ScheduleException, {"description": "note"}),
}


@dataclass(frozen=True)
class Translation:
    field: str  # the model field
    language: str
    text: str
    row: Row


def normalized_language(code: str) -> str:
    """zh_Hans, ZH-HANS and zh-hans name the same language."""
    return code.strip().lower().replace("_", "-")


class Translations:
    """The side file's rows, checked once and held by (table, id) until the importer writes that record."""

    def __init__(self, tables: Tables, default_language: str, report: ImportReport):
        self.report = report
        self.pending: dict[tuple[str, str], list[Translation]] = defaultdict(list)
        if tables.translation_columns is not None:
            self._read(tables, default_language)

    def _read(self, tables: Tables, default_language: str) -> None:
        missing = [column for column in COLUMNS if column not in tables.translation_columns]
        if missing:
            source = tables.translations[0].source if tables.translations else TRANSLATIONS_FILE
            self.report.error(
                source,
                1,
                _("missing column(s) %(columns)s: a translations file has the columns %(expected)s")
                % {"columns": ", ".join(missing), "expected": ", ".join(COLUMNS)},
            )
            return
        ids = {table: {row.get("id") for row in tables[table]} for table in TRANSLATABLE}
        seen: dict[tuple[str, str, str, str], Row] = {}
        for row in tables.translations:
            translation = self._checked(row, ids, default_language)
            if translation is None:
                continue
            table, record_id = row.get("table"), row.get("id")
            key = (table, record_id, translation.field, translation.language)
            if key in seen:
                self.report.error(
                    row.source,
                    row.line,
                    _("duplicate translation of %(table)s %(id)s %(field)s in %(language)s (line %(line)s is kept)")
                    % {
                        "table": table,
                        "id": record_id,
                        "field": row.get("field"),
                        "language": translation.language,
                        "line": seen[key].line,
                    },
                )
                continue
            seen[key] = row
            self.pending[(table, record_id)].append(translation)

    def _checked(self, row: Row, ids: dict[str, set[str]], default_language: str) -> Translation | None:
        """The translation of `row`, or None after reporting why it cannot be used."""
        missing = [column for column in COLUMNS if not row.get(column)]
        if missing:
            return self._refuse(row, _("missing required field: %(fields)s") % {"fields": ", ".join(missing)})
        table, column, language = row.get("table"), row.get("field"), normalized_language(row.get("language"))
        if table not in TRANSLATABLE:
            return self._refuse(
                row,
                _("unknown table %(table)s (translatable tables: %(tables)s)")
                % {"table": table, "tables": ", ".join(TRANSLATABLE)},
            )
        fields = TRANSLATABLE[table][1]
        if column not in fields:
            return self._refuse(
                row,
                _("unknown field %(field)s of %(table)s (translatable fields: %(fields)s)")
                % {"field": column, "table": table, "fields": ", ".join(fields)},
            )
        if language not in SUPPORTED_LANGUAGE_CODES:
            return self._refuse(
                row,
                _("unknown language %(language)s (expected one of: %(languages)s)")
                % {"language": row.get("language"), "languages": ", ".join(SUPPORTED_LANGUAGE_CODES)},
            )
        if language == default_language:
            return self._refuse(
                row,
                _("%(language)s is the network's default language: that text comes from %(file)s itself")
                % {"language": language, "file": TABLE_FILES[table]},
            )
        if row.get("id") not in ids[table]:
            return self._refuse(
                row,
                _("unknown record: %(file)s has no row with id %(id)s")
                % {"file": TABLE_FILES[table], "id": row.get("id")},
            )
        return Translation(fields[column], language, row.get("text"), row)

    def _refuse(self, row: Row, reason: str) -> None:
        self.report.error(row.source, row.line, reason)

    def wanted(self, table: str, record_id: str) -> bool:
        return (table, record_id) in self.pending

    def take(self, table: str, record_id: str) -> dict[str, str]:
        """The language columns the side file gives one record; a text too long for its column is reported."""
        model = TRANSLATABLE[table][0]
        columns = {}
        for translation in self.pending.pop((table, record_id), []):
            column = build_localized_fieldname(translation.field, translation.language)
            limit = model._meta.get_field(column).max_length
            if limit and len(translation.text) > limit:
                self.report.error(
                    translation.row.source,
                    translation.row.line,
                    _("text too long for %(field)s: %(length)d characters, at most %(limit)d")
                    % {"field": translation.row.get("field"), "length": len(translation.text), "limit": limit},
                )
                continue
            columns[column] = translation.text
        return columns

    def set_on(self, obj: models.Model, table: str, record_id: str) -> None:
        """Give `obj`, about to be saved, the translations of its row."""
        for column, text in self.take(table, record_id).items():
            setattr(obj, column, text)

    def write(self, obj: models.Model, table: str, record_id: str) -> bool:
        """Write the translations of a row already saved as `obj` (one UPDATE, only of texts that differ).

        Returns whether a text changed.
        """
        columns = {column: text for column, text in self.take(table, record_id).items() if getattr(obj, column) != text}
        if columns:
            type(obj)._default_manager.filter(pk=obj.pk).update(**columns)
            for column, text in columns.items():
                setattr(obj, column, text)
        return bool(columns)

    def write_children(
        self,
        table: str,
        rows: list[Row],
        saved: Callable[[], Iterable[models.Model]],
        same: Callable[[Row, Any], bool] = lambda row, obj: True,
    ) -> bool:
        """Translate the child objects a service's `rows` became; `saved` reads them only when needed.

        Child objects keep no HSDS id: a row and an object are paired in order, by `same` where rows may
        be skipped (a weekly schedule row becomes opening hours and keeps no text). Returns whether a text changed.
        """
        if not any(self.wanted(table, row.get("id")) for row in rows):
            return False
        changed = [self.write(obj, table, row.get("id")) for row, obj in _paired(rows, list(saved()), same)]
        return any(changed)

    def report_unused(self) -> None:
        """Translations of rows the import did not write (refused, or without a text of their own)."""
        for (table, record_id), translations in self.pending.items():
            first = translations[0].row
            self.report.warn(
                first.source,
                first.line,
                _("not kept: the %(table)s row %(id)s was not imported or keeps no text")
                % {"table": table, "id": record_id},
            )
        self.pending.clear()


def _paired(rows: list[Row], objects: list[Any], same: Callable[[Row, Any], bool]) -> Iterator[tuple[Row, Any]]:
    remaining = list(objects)
    for row in rows:
        match = next((obj for obj in remaining if same(row, obj)), None)
        if match is not None:
            remaining.remove(match)
            yield row, match
