"""HSDS JSON objects (service_full and friends) flattened into the same tables a datapackage holds."""

from __future__ import annotations

import json
from pathlib import Path

from django.utils.translation import gettext as _

from directory.hsds.package_files import MAX_JSON_DEPTH, MAX_UPLOAD_BYTES, Refused, check_upload_size, decode
from directory.hsds.tabular import Row, Tables

# Key of a nested array or object -> the HSDS table of its items.
NESTED_TABLES = {
    "phones": "phone",
    "schedules": "schedule",
    "service_areas": "service_area",
    "service_at_locations": "service_at_location",
    "languages": "language",
    "funding": "funding",
    "cost_options": "cost_option",
    "required_documents": "required_document",
    "contacts": "contact",
    "attributes": "attribute",
    "metadata": "metadata",
    "addresses": "address",
    "accessibility": "accessibility",
    "locations": "location",
    "programs": "program",
    "organization_identifiers": "organization_identifier",
    "services": "service",
    "organization": "organization",
    "program": "program",
    "location": "location",
    "taxonomy_term": "taxonomy_term",
    "taxonomy_detail": "taxonomy",
}
# A nested single object whose id the parent refers to (service.organization -> service.organization_id).
PARENT_REFERS_TO = {
    "organization": "organization_id",
    "program": "program_id",
    "location": "location_id",
    "taxonomy_term": "taxonomy_term_id",
    "taxonomy_detail": "taxonomy_id",
}


def _scalar(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class _Flattener:
    def __init__(self, source: str):
        self.source = source
        self.tables = Tables()
        self.seen: dict[tuple[str, str], Row] = {}

    def add(self, table: str, obj: dict, pointer: str, parent: tuple[str, str] | None) -> str:
        values = {key: _scalar(value) for key, value in obj.items() if not isinstance(value, dict | list)}
        if parent:
            parent_table, parent_id = parent
            if table == "attribute":
                values.setdefault("link_id", parent_id)
                values.setdefault("link_entity", parent_table)
            elif not values.get(f"{parent_table}_id"):
                values[f"{parent_table}_id"] = parent_id
        object_id = values.get("id", "")
        for key, child in obj.items():
            child_table = NESTED_TABLES.get(key)
            if child_table is None:
                continue
            if isinstance(child, dict):
                child_id = self.add(child_table, child, f"{pointer}.{key}", None)
                if key in PARENT_REFERS_TO and not values.get(PARENT_REFERS_TO[key]):
                    values[PARENT_REFERS_TO[key]] = child_id
            elif isinstance(child, list):
                for index, item in enumerate(child):
                    if isinstance(item, dict):
                        self.add(child_table, item, f"{pointer}.{key}[{index}]", (table, object_id))
        key = (table, object_id)
        if object_id and key in self.seen:
            # The same object nested twice (a phone under the service and under its contact): merge.
            existing = self.seen[key].values
            for column, value in values.items():
                if value and not existing.get(column):
                    existing[column] = value
            return object_id
        row = Row(source=self.source, line=pointer, values=values)
        self.tables.add(table, row)
        if object_id:
            self.seen[key] = row
        return object_id


def tables_from_json(data, source: str) -> Tables:
    """Flatten a service_full object, a list of them, or a page envelope (`contents`) into tables."""
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        items, prefix = data["contents"], "$.contents"
    elif isinstance(data, list):
        items, prefix = data, "$"
    else:
        items, prefix = [data], None
    flattener = _Flattener(source)
    for index, item in enumerate(items):
        if isinstance(item, dict):
            flattener.add("service", item, f"{prefix}[{index}]" if prefix else "$", None)
    return flattener.tables


def _depth(data) -> int:
    """How deeply arrays and objects nest in `data`, counted without recursion (the point is to survive depth)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, depth)
            if depth <= MAX_JSON_DEPTH:
                stack.extend((child, depth + 1) for child in (value.values() if isinstance(value, dict) else value))
    return deepest


def parsed_json(data: bytes, source: str):
    """The JSON value of a file; an empty file, text that is not JSON or nesting past MAX_JSON_DEPTH is refused."""
    text = decode(data, source)
    if not text.strip():
        raise Refused(source, _("the file is empty"))
    too_deep = Refused(source, _("objects nest more than %(limit)d levels deep: not read") % {"limit": MAX_JSON_DEPTH})
    try:
        value = json.loads(text)
    except RecursionError:
        raise too_deep from None
    except ValueError as error:
        raise Refused(source, _("not JSON: %(error)s") % {"error": error}) from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise too_deep
    return value


def read_json(path: Path, name: str = "") -> Tables:
    """Read an HSDS JSON file of services (`name`: its name as uploaded); a file not read is in the errors."""
    name = name or path.name
    try:
        check_upload_size(path, name)
        # One byte past the limit: a file growing after the size check still cannot pass it.
        with path.open("rb") as handle:
            data = handle.read(MAX_UPLOAD_BYTES + 1)
        if len(data) > MAX_UPLOAD_BYTES:
            check_upload_size(path, name)
        tables = tables_from_json(parsed_json(data, name), name)
    except Refused as refused:
        tables = Tables()
        tables.refuse(refused.source, "", refused.reason, whole=True)
    return tables
