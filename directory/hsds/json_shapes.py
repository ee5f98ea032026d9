"""HSDS JSON objects (service_full and friends) flattened into the same tables a datapackage holds."""

from __future__ import annotations

import json
from pathlib import Path

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


def read_json(path: Path) -> Tables:
    """Read an HSDS JSON file of services."""
    return tables_from_json(json.loads(path.read_text("utf-8-sig")), path.name)
