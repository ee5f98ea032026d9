"""Export one network's directory as an HSDS 3.0 tabular datapackage. Confidential addresses never leave."""

from __future__ import annotations

import zoneinfo
from collections import defaultdict
from pathlib import Path

from django.db.models import Prefetch
from django.utils import translation

from directory.hsds.columns import COLUMNS
from directory.hsds.ids import CONFIDENTIAL_TERM_ID, LOCATION_FLAGS_TAXONOMY_ID, derived_id, public_id
from directory.hsds.tabular import write_package
from directory.models import Category, Location, Service, ServiceAtLocation
from directory.models.services import SERVICE_DETAIL_RELATIONS
from portal.languages import network_default
from portal.models import Organization

DAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
PHONE_TYPES = {"tty": "textphone"}


def exported_services(network):
    """The services an export or the API shows: the network's published ones, children prefetched."""
    return (
        Service.objects.for_network(network)
        .filter(live=True)
        .select_related("organization")
        .prefetch_related(
            *SERVICE_DETAIL_RELATIONS,
            "categories",
            "capacities",
            Prefetch(
                "service_at_locations",
                queryset=ServiceAtLocation.objects.published().select_related("location__organization"),
            ),
        )
        .order_by("pk")
    )


def taxonomy_row(network) -> dict:
    return {"id": derived_id("taxonomy", network.slug), "name": network.name, "description": network.name}


def organization_row(organization: Organization) -> dict:
    return {
        "id": public_id(organization),
        **{name: getattr(organization, name) for name in ("name", "alternate_name", "description", "email")},
        "website": organization.website,
    }


def service_row(service: Service, zone: zoneinfo.ZoneInfo) -> dict:
    texts = COLUMNS["service"][2:12]
    row = {name: getattr(service, name) for name in texts}
    verified = service.last_verified_at.astimezone(zone).date().isoformat() if service.last_verified_at else ""
    return {
        **row,
        "id": public_id(service),
        "organization_id": public_id(service.organization),
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "assured_date": verified,
        "alert": service.alert,
        "last_modified": service.updated_at.isoformat() if service.updated_at else "",
    }


def location_row(location: Location) -> dict:
    """A location; a confidential one says how to reach it instead of where it is."""
    row = {
        "id": public_id(location),
        "location_type": location.location_type,
        "url": location.url,
        "organization_id": public_id(location.organization),
        "name": location.name,
        "description": location.description,
        "transportation": location.transportation,
        "latitude": location.latitude,
        "longitude": location.longitude,
    }
    if location.is_confidential:
        row.update(description=location.confidential_contact, transportation="", latitude=None, longitude=None)
    return row


def location_flag_rows() -> tuple[dict, dict]:
    """The taxonomy and term that mark a confidential location (see `confidential_attribute_row`)."""
    taxonomy = {
        "id": LOCATION_FLAGS_TAXONOMY_ID,
        "name": "Directory location flags",
        "description": "Marks the directory keeps on locations.",
    }
    term = {
        "id": CONFIDENTIAL_TERM_ID,
        "code": "confidential-location",
        "name": "Confidential location",
        "description": "The address is never published; the location row says how to reach it.",
        "parent_id": "",
        "taxonomy": taxonomy["name"],
        "language": "en",
        "taxonomy_id": taxonomy["id"],
    }
    return taxonomy, term


def confidential_attribute_row(location: Location) -> dict:
    """The HSDS attribute saying `location` is confidential, so an import keeps its address unpublished."""
    return {
        "id": derived_id("attribute", public_id(location), "confidential"),
        "link_id": public_id(location),
        "taxonomy_term_id": CONFIDENTIAL_TERM_ID,
        "link_type": "confidential",
        "link_entity": "location",
    }


def address_row(location: Location) -> dict | None:
    if location.is_confidential or not location.address_1:
        return None
    fields = ("address_1", "address_2", "city", "state_province", "postal_code", "country")
    row = {name: getattr(location, name) for name in fields}
    address_type = location.location_type if location.location_type != "virtual" else "physical"
    return {
        **row,
        "id": derived_id("address", public_id(location)),
        "location_id": public_id(location),
        "address_type": address_type,
    }


def schedule_rows(service: Service, service_id: str) -> list[dict]:
    """Weekly opening hours as one WEEKLY row per opening period; closures as single-date rows."""
    periods = defaultdict(list)
    for hours in service.opening_hours.all():
        periods[(hours.opens_at, hours.closes_at)].append(hours)
    rows = []
    for (opens, closes), days in periods.items():
        days.sort(key=lambda h: h.weekday)
        rows.append(
            {
                "id": derived_id("hours", service_id, days[0].pk),
                "service_id": service_id,
                "freq": "WEEKLY",
                "byday": ",".join(DAY_CODES[h.weekday] for h in days),
                "opens_at": opens.isoformat(),
                "closes_at": closes.isoformat(),
            }
        )
    for exception in service.schedule_exceptions.all():
        special = not exception.closed and exception.opens_at and exception.closes_at
        rows.append(
            {
                "id": derived_id("exception", service_id, exception.pk),
                "service_id": service_id,
                "valid_from": exception.date.isoformat(),
                "valid_to": exception.date.isoformat(),
                "opens_at": exception.opens_at.isoformat() if special else "",
                "closes_at": exception.closes_at.isoformat() if special else "",
                "description": exception.note,
            }
        )
    return rows


def service_children(service: Service, service_id: str, taxonomy_ids: dict[int, str]) -> dict[str, list[dict]]:
    """The rows that hang off one service, by table."""
    tables: dict[str, list[dict]] = defaultdict(list)
    for phone in service.phones.all():
        phone_id = derived_id("phone", service_id, phone.pk)
        extension, description = phone.extension, phone.description
        if extension and not extension.isdigit():
            # HSDS types the extension as a number; keep a lettered one readable in the description.
            extension, description = "", f"{description} (ext. {phone.extension})".strip()
        tables["phone"].append(
            {
                "id": phone_id,
                "service_id": service_id,
                "number": phone.number,
                "extension": extension,
                "type": PHONE_TYPES.get(phone.kind, phone.kind),
                "description": description,
            }
        )
        for code in phone.languages:
            tables["language"].append(
                {"id": derived_id("phone-language", phone_id, code), "phone_id": phone_id, "code": code}
            )
    for language in service.languages.all():
        tables["language"].append(
            {"id": derived_id("language", service_id, language.code), "service_id": service_id, "code": language.code}
        )
    tables["schedule"] = schedule_rows(service, service_id)
    for cost in service.cost_options.all():
        tables["cost_option"].append(
            {
                "id": derived_id("cost", service_id, cost.pk),
                "service_id": service_id,
                "option": cost.option,
                "currency": cost.currency,
                "amount": cost.amount,
                "amount_description": cost.amount_description,
            }
        )
    for document in service.required_documents.all():
        tables["required_document"].append(
            {
                "id": derived_id("document", service_id, document.pk),
                "service_id": service_id,
                "document": document.document,
            }
        )
    for category in service.categories.all():
        tables["attribute"].append(
            {
                "id": derived_id("attribute", service_id, category.pk),
                "link_id": service_id,
                "taxonomy_term_id": taxonomy_ids[category.pk],
                "link_type": "category",
                "link_entity": "service",
            }
        )
    return tables


def export_tables(network) -> dict[str, list[dict]]:
    """Every table of the network's datapackage, as lists of row dicts."""
    tables: dict[str, list[dict]] = defaultdict(list)
    zone = zoneinfo.ZoneInfo(network.time_zone)
    with translation.override(network.default_language), network_default(network.default_language):
        taxonomy = taxonomy_row(network)
        tables["taxonomy"].append(taxonomy)
        categories = list(Category.objects.for_network(network).order_by("sort_order", "code"))
        taxonomy_ids = {category.pk: public_id(category) for category in categories}
        for category in categories:
            tables["taxonomy_term"].append(
                {
                    "id": taxonomy_ids[category.pk],
                    "code": category.code,
                    "name": category.name,
                    # HSDS requires a description; a term without one is described by its name.
                    "description": category.description or category.name,
                    "parent_id": taxonomy_ids.get(category.parent_id, ""),
                    "taxonomy": taxonomy["name"],
                    "language": network.default_language,
                    "taxonomy_id": taxonomy["id"],
                }
            )
        for organization in Organization.objects.for_network(network).order_by("pk"):
            tables["organization"].append(organization_row(organization))
        locations = list(
            Location.objects.for_network(network).filter(live=True).select_related("organization").order_by("pk")
        )
        if any(location.is_confidential for location in locations):
            flags_taxonomy, confidential_term = location_flag_rows()
            tables["taxonomy"].append(flags_taxonomy)
            tables["taxonomy_term"].append(confidential_term)
        for location in locations:
            tables["location"].append(location_row(location))
            if location.is_confidential:
                tables["attribute"].append(confidential_attribute_row(location))
            address = address_row(location)
            if address:
                tables["address"].append(address)
            if location.accessibility and not location.is_confidential:
                tables["accessibility"].append(
                    {
                        "id": derived_id("accessibility", public_id(location)),
                        "location_id": public_id(location),
                        "description": location.accessibility,
                    }
                )
        for service in exported_services(network):
            service_id = public_id(service)
            tables["service"].append(service_row(service, zone))
            for link in service.service_at_locations.all():
                tables["service_at_location"].append(
                    {
                        "id": public_id(link),
                        "service_id": service_id,
                        "location_id": public_id(link.location),
                        "description": link.description,
                    }
                )
            for table, rows in service_children(service, service_id, taxonomy_ids).items():
                tables[table].extend(rows)
    return tables


def export_hsds(network, out: Path) -> dict[str, int]:
    """Write the network's datapackage to `out` (a folder, or a zip when it ends with .zip); counts by table."""
    tables = export_tables(network)
    write_package(out, COLUMNS, tables)
    return {table: len(tables.get(table, [])) for table in COLUMNS}
