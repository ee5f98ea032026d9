"""Row checks from the HSDS 3.0 schemas, and JSON Schema validation of HSDS objects."""

from __future__ import annotations

import datetime
import json
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from directory.hsds.tabular import COLUMN_TYPES, Row

# Required columns of each table we import, from the HSDS 3.0 JSON Schemas.
REQUIRED = {
    "organization": ("id", "name", "description"),
    "service": ("id", "name", "status", "organization_id"),
    "location": ("id", "location_type"),
    "address": ("id", "address_1", "city", "state_province", "postal_code", "country", "address_type"),
    "phone": ("id", "number"),
    "taxonomy_term": ("id", "name"),
    "service_at_location": ("id", "service_id", "location_id"),
}
ENUMS = {
    ("service", "status"): ("active", "inactive", "defunct", "temporarily closed"),
    ("location", "location_type"): ("physical", "postal", "virtual"),
    ("address", "address_type"): ("physical", "postal", "virtual"),
    ("schedule", "freq"): ("WEEKLY", "MONTHLY"),
}


class RowError(Exception):
    """A row that cannot be imported; the message says why, in words a moderator understands."""


def parse_number(value: str, column: str) -> Decimal | None:
    if value == "":
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise RowError(_("%(column)s is not a number: %(value)s") % {"column": column, "value": value}) from None
    if not number.is_finite():
        raise RowError(_("%(column)s is not a number: %(value)s") % {"column": column, "value": value})
    return number


def parse_date(value: str, column: str) -> datetime.date | None:
    if value == "":
        return None
    try:
        return datetime.date.fromisoformat(value[:10])
    except ValueError:
        raise RowError(
            _("%(column)s is not a date (YYYY-MM-DD): %(value)s") % {"column": column, "value": value}
        ) from None


def parse_time(value: str, column: str) -> datetime.time | None:
    if value == "":
        return None
    if value.rstrip("Z") in ("24:00", "24:00:00"):
        # The end of the day: the directory's hours run through their last minute (see opening_hours).
        return datetime.time(23, 59)
    try:
        return datetime.time.fromisoformat(value.rstrip("Z"))
    except ValueError:
        raise RowError(_("%(column)s is not a time (HH:MM): %(value)s") % {"column": column, "value": value}) from None


def check_row(table: str, row: Row) -> None:
    """Raise RowError when `row` lacks a required column, has a value outside an enumeration or a bad number."""
    missing = [column for column in REQUIRED.get(table, ("id",)) if not row.get(column)]
    if missing:
        raise RowError(_("missing required field: %(fields)s") % {"fields": ", ".join(missing)})
    for (enum_table, column), allowed in ENUMS.items():
        value = row.get(column)
        if enum_table == table and value and value not in allowed:
            raise RowError(
                _("invalid %(column)s %(value)s (expected one of: %(allowed)s)")
                % {"column": column, "value": value, "allowed": ", ".join(allowed)}
            )
    for column, kind in COLUMN_TYPES.get(table, {}).items():
        parser = {"number": parse_number, "date": parse_date, "time": parse_time}.get(kind)
        if parser:
            parser(row.get(column), column)


def set_text(obj, field: str, value: str) -> None:
    """Set a translated field in the active (network default) language and its untranslated column."""
    setattr(obj, field, value)


def other_language_columns(model, keep: str) -> list[str]:
    """Translation columns of `model` in every language but `keep`: an import leaves them as they are."""
    try:
        fields = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return []
    return [
        build_localized_fieldname(field, code) for field in fields for code, _name in settings.LANGUAGES if code != keep
    ]


def clean_or_raise(obj, exclude: list[str] | None = None) -> None:
    """Validate `obj` as its model does, except translations the import does not write."""
    language = translation.get_language()
    exclude = [*(exclude or []), *other_language_columns(type(obj), language)]
    exclude += [build_localized_fieldname(name, language) for name in exclude]
    try:
        obj.full_clean(exclude=exclude, validate_constraints=False)
    except ValidationError as error:
        messages = [f"{name}: {' '.join(errors)}" for name, errors in error.message_dict.items()]
        raise RowError("; ".join(messages)) from None


def row_as_json(table: str, values: dict[str, str]) -> dict:
    """A CSV row as the JSON object the HSDS schema describes: empty cells left out, numbers as numbers."""
    types = COLUMN_TYPES.get(table, {})
    obj: dict = {}
    for column, value in values.items():
        if value in ("", None):
            continue
        if types.get(column) == "number":
            number = Decimal(str(value))
            obj[column] = int(number) if number == number.to_integral_value() else float(number)
        else:
            obj[column] = str(value)
    return obj


def schema_registry(schema_dir: Path):
    """A `referencing` registry of every schema file in `schema_dir`, so `$ref: "phone.json"` resolves."""
    resources = []
    for path in schema_dir.glob("*.json"):
        contents = json.loads(path.read_text("utf-8"))
        resources.append((path.name, Resource.from_contents(contents, default_specification=DRAFT202012)))
    return Registry().with_resources(resources)


def validator_for(schema_dir: Path, schema: dict | str, registry=None):
    """A Draft 2020-12 validator (with format checks) for a schema dict or a schema file name."""
    registry = registry or schema_registry(schema_dir)
    if isinstance(schema, str):
        schema = json.loads((schema_dir / schema).read_text("utf-8"))
    return Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
