"""Directory objects as HSDS 3.0 JSON objects (service_full, organization, taxonomy term) for the API.

A service also carries `service_capacity`, its live openings in the shape HSDS 3.1 gives them (an extension of
3.0, which has no place for them; see docs/decisions/0013).
"""

from __future__ import annotations

import zoneinfo

from directory.hsds.exporter import (
    address_row,
    confidential_attribute_row,
    location_flag_rows,
    location_row,
    organization_row,
    service_children,
    service_row,
    taxonomy_row,
)
from directory.hsds.ids import derived_id, public_id
from directory.hsds.validation import row_as_json


def taxonomy_term_json(category, network, ids: dict[int, str] | None = None) -> dict:
    taxonomy = taxonomy_row(network)
    parent_id = ""
    if category.parent_id:
        parent_id = ids[category.parent_id] if ids and category.parent_id in ids else public_id(category.parent)
    row = {
        "id": public_id(category),
        "code": category.code,
        "name": category.name,
        "description": category.description or category.name,
        "parent_id": parent_id,
        "taxonomy": taxonomy["name"],
        "language": network.default_language,
        "taxonomy_id": taxonomy["id"],
    }
    return row_as_json("taxonomy_term", row)


def location_json(location) -> dict:
    """A location with its address and accessibility; a confidential one without either."""
    obj = row_as_json("location", location_row(location))
    address = address_row(location)
    obj["addresses"] = [row_as_json("address", address)] if address else []
    obj["accessibility"] = []
    if location.accessibility and not location.is_confidential:
        obj["accessibility"] = [
            {
                "id": derived_id("accessibility", public_id(location)),
                "location_id": public_id(location),
                "description": location.accessibility,
            }
        ]
    if location.is_confidential:
        _taxonomy, term = location_flag_rows()
        obj["attributes"] = [
            {
                **row_as_json("attribute", confidential_attribute_row(location)),
                "taxonomy_term": row_as_json("taxonomy_term", term),
            }
        ]
    return obj


def service_full(service, network) -> dict:
    """The HSDS service_full object of a service whose children were prefetched."""
    service_id = public_id(service)
    obj = row_as_json("service", service_row(service, zoneinfo.ZoneInfo(network.time_zone)))
    categories = {category.pk: category for category in service.categories.all()}
    taxonomy_ids = {pk: public_id(category) for pk, category in categories.items()}
    children = service_children(service, service_id, taxonomy_ids)
    phone_languages: dict[str, list] = {}
    for language in children.get("language", []):
        if language.get("phone_id"):
            phone_languages.setdefault(language["phone_id"], []).append(row_as_json("language", language))
    obj["organization"] = row_as_json("organization", organization_row(service.organization))
    obj["phones"] = [
        {**row_as_json("phone", phone), "languages": phone_languages.get(phone["id"], [])}
        for phone in children.get("phone", [])
    ]
    obj["languages"] = [row_as_json("language", row) for row in children.get("language", []) if row.get("service_id")]
    for table, key in (
        ("schedule", "schedules"),
        ("cost_option", "cost_options"),
        ("required_document", "required_documents"),
    ):
        obj[key] = [row_as_json(table, row) for row in children.get(table, [])]
    by_id = {taxonomy_ids[pk]: category for pk, category in categories.items()}
    obj["attributes"] = [
        {
            **row_as_json("attribute", row),
            "taxonomy_term": taxonomy_term_json(by_id[row["taxonomy_term_id"]], network, taxonomy_ids),
        }
        for row in children.get("attribute", [])
    ]
    obj["service_at_locations"] = [
        service_at_location_json(link, service_id) for link in service.service_at_locations.all()
    ]
    obj["service_capacity"] = [
        service_capacity_json(capacity, service_id, network) for capacity in service.capacities.all()
    ]
    return obj


def service_capacity_json(capacity, service_id: str, network) -> dict:
    """HSDS 3.1's service_capacity: openings free now of a unit (with its own id), when they were counted."""
    updated = capacity.updated_at.astimezone(zoneinfo.ZoneInfo(network.time_zone))
    return {
        "id": derived_id("service_capacity", service_id, capacity.unit),
        "service_id": service_id,
        "unit": {"id": derived_id("unit", capacity.unit), "name": capacity.unit},
        "available": capacity.available,
        "maximum": capacity.maximum,
        "description": "",
        "updated": updated.isoformat(),
    }


def service_at_location_json(link, service_id: str | None = None) -> dict:
    location = location_json(link.location)
    return {
        "id": public_id(link),
        "service_id": service_id or public_id(link.service),
        "location_id": location["id"],
        **({"description": link.description} if link.description else {}),
        "location": location,
    }


def organization_json(organization, services: list | None = None, network=None) -> dict:
    obj = row_as_json("organization", organization_row(organization))
    if services is not None:
        zone = zoneinfo.ZoneInfo(network.time_zone)
        obj["services"] = [row_as_json("service", service_row(service, zone)) for service in services]
    return obj
