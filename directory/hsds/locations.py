"""One HSDS location row, with its address and accessibility rows, into a Location."""

from __future__ import annotations

from django.utils.translation import gettext as _

from directory.hsds.history import existing_or_new, state
from directory.hsds.ids import lookup
from directory.hsds.tabular import Row
from directory.hsds.validation import RowError, check_row, clean_or_raise, parse_number, set_text
from directory.models import Location

# What an export leaves out of a confidential location (or replaces with how to reach it): an import of that
# export, or of any package, never overwrites these, so a shelter's address cannot be erased or exposed by one.
REDACTED = (
    "description",
    "transportation",
    "latitude",
    "longitude",
    "address_1",
    "address_2",
    "city",
    "state_province",
    "postal_code",
    "country",
    "accessibility",
)


def save_location(importer, organization, row: Row) -> tuple[Location, bool, bool]:
    """Create or update the location of `row`; returns it, whether it was created and whether it changed."""
    check_row("location", row)
    network = importer.network
    location, created, before = existing_or_new(
        Location.objects.for_network(network).filter(lookup("location", row.get("id"))).first(),
        lambda: Location(network=network, hsds_id=row.get("id")),
    )
    # Every language's column of a redacted text, too (description_es...).
    kept = {
        field.attname: field.value_from_object(location)
        for field in Location._meta.concrete_fields
        if location.is_confidential
        and any(field.name == name or field.name.startswith(f"{name}_") for name in REDACTED)
    }
    location.organization = organization
    location.location_type = row.get("location_type")
    location.url = row.get("url")
    for column in ("name", "description", "transportation"):
        set_text(location, column, row.get(column))
    latitude, longitude = (
        parse_number(row.get("latitude"), "latitude"),
        parse_number(row.get("longitude"), "longitude"),
    )
    if latitude is not None and longitude is not None and abs(latitude) <= 90 and abs(longitude) <= 180:
        location.latitude, location.longitude = float(latitude), float(longitude)
    else:
        if latitude is not None or longitude is not None:
            importer.report.warn(row.source, row.line, _("latitude/longitude out of range: coordinates not kept"))
        location.latitude = location.longitude = None
    if row.get("id") in importer.confidential_locations and not location.is_confidential:
        # A confidential place as an export writes it: its description says how to reach it. An import never
        # clears the mark (a package without it must not expose a shelter): a person does.
        location.is_confidential = True
        set_text(location, "confidential_contact", location.description[:300])
        set_text(location, "description", "")
        set_text(location, "transportation", "")
        location.latitude = location.longitude = None
    _apply_address(importer, location, importer.by_location[row.get("id")]["address"])
    details = importer.by_location[row.get("id")]["accessibility"]
    if details:
        texts = [part for a in details for part in (a.get("description"), a.get("details")) if part]
        set_text(location, "accessibility", "\n\n".join(texts))
    importer.translations.set_on(location, "location", row.get("id"))
    for name, value in kept.items():
        setattr(location, name, value)
    clean_or_raise(location, exclude=["network", "organization"])
    if before is not None and state(location) == before:
        return location, False, False
    location.save()
    return location, created, True


def _apply_address(importer, location: Location, rows: list[Row]) -> None:
    """The physical address, else the postal one; a location has one address in this directory."""
    usable = []
    for row in rows:
        try:
            check_row("address", row)
            usable.append(row)
        except RowError as error:
            importer.report.error(row.source, row.line, str(error))
    if not usable:
        return
    usable.sort(key=lambda r: r.get("address_type") != location.location_type)
    for extra in usable[1:]:
        importer.report.warn(extra.source, extra.line, _("not kept: a location keeps one address"))
    address = usable[0]
    for column in ("address_1", "address_2", "city", "state_province", "postal_code"):
        setattr(location, column, address.get(column))
    location.country = address.get("country").upper()[:2]
