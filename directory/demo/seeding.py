"""Seeds a demo network's directory from its HSDS datapackage, through the same import a network's moderators run.

`data/<network slug>/` holds the HSDS tables, `translations.csv` (the texts in the other languages, see
docs/hsds-translations.md) and `extras.json`, what HSDS has no place for:

- `dates_written`: the day the package's dates were written. Seeding moves each verification date forward
  by the days since and each single-date schedule row (a holiday closure) to its next yearly date, so the
  demo neither grows stale nor shows closures in the past.
- `owned_id_prefixes`: HSDS ids the demo owns in its network. An organization, location or service with such
  an id that the package no longer holds is removed.
- `places`: the postcodes and neighbourhoods readers search near.
- `locations`, by HSDS id: `wheelchair_accessible`; for a confidential location, its contact route in every
  language (`confidential_contact`) and the `city`, `state_province` and `postal_code` it lies in.
- `services`, by HSDS id: `flags`, the service's yes/no fields that are true (`walk_in`, `online`,
  `insurance_accepted`, ...), and `capacity`, the openings now, of how many (`maximum`) and what they are
  (`unit`: beds, family rooms, places, appointments), recorded as counted a few hours before seeding.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname

from directory.capacity import record_capacity
from directory.hsds.importer import HsdsImporter
from directory.hsds.tabular import Tables, read_package
from directory.models import Location, Place, SearchSynonymSet, Service, ServiceCapacity
from directory.search.documents import defer_indexing
from portal.languages import network_default
from portal.models import Network, Organization

DATA = Path(__file__).resolve().parent / "data"
SERVICE_FLAGS = (
    "walk_in",
    "referral_required",
    "appointment_by_phone",
    "online",
    "medication_for_addiction_treatment",
    "insurance_accepted",
)
LOCATION_FIELDS = ("wheelchair_accessible", "city", "state_province", "postal_code")
# The demo's openings were counted this long before seeding, recently enough to be shown as current.
CAPACITY_AGE = datetime.timedelta(hours=3)


class DemoDataError(Exception):
    """The demo package does not import cleanly: a mistake in the data files, to be mended there."""


def seed_demo_directory(network: Network) -> dict[str, int]:
    """Import `network`'s demo package, then what HSDS cannot carry; safe to run again. Returns the counts."""
    package = DATA / network.slug
    extras = json.loads((package / "extras.json").read_text("utf-8"))
    tables = read_package(package)
    now = timezone.now()
    today = timezone.localdate(now, ZoneInfo(network.time_zone))
    _move_dates(tables, datetime.date.fromisoformat(extras["dates_written"]), today)
    language = network.default_language
    # One rebuild of the search documents once the extras are written too (the importer leaves it to this block).
    # In the network's default language, as the import runs: a save writes that language's text into the
    # untranslated columns.
    with transaction.atomic(), defer_indexing(network), translation.override(language), network_default(language):
        report = HsdsImporter(network, tables).run()
        if report.errors or report.warnings:
            raise DemoDataError("\n".join(report.summary_lines()))
        _apply_location_extras(network, extras["locations"])
        _apply_service_extras(network, [row.get("id") for row in tables["service"]], extras["services"], now)
        for place in extras["places"]:
            Place.objects.update_or_create(
                network=network, name=place["name"], defaults={key: place[key] for key in place if key != "name"}
            )
        _remove_dropped(network, tables, extras["owned_id_prefixes"])
        _add_search_synonyms(network)
    return {
        "organizations": len(tables["organization"]),
        "locations": len(tables["location"]),
        "services": len(tables["service"]),
        "places": len(extras["places"]),
    }


def _add_search_synonyms(network: Network) -> None:
    """The demo's synonym sets in each of the network's languages; a set whose first term is kept already is left."""
    sets = json.loads((DATA / "search_synonyms.json").read_text("utf-8"))
    for language in network.languages:
        kept = {
            term.casefold()
            for synonyms in SearchSynonymSet.objects.filter(network=network, language=language)
            for term in synonyms.term_list()
        }
        for terms in sets.get(language, []):
            synonyms = SearchSynonymSet(network=network, language=language, terms=terms.replace(", ", "\n"))
            if synonyms.term_list()[0].casefold() not in kept:
                synonyms.full_clean()
                synonyms.save()


def _move_dates(tables: Tables, written: datetime.date, today: datetime.date) -> None:
    """Verification dates keep their age; closures fall on their next yearly date (today or later)."""
    for row in tables["service"]:
        if row.get("assured_date"):
            assured = datetime.date.fromisoformat(row.get("assured_date")) + (today - written)
            row.values["assured_date"] = assured.isoformat()
    for row in tables["schedule"]:
        if row.get("valid_from") and row.get("valid_to") == row.get("valid_from"):
            day = datetime.date.fromisoformat(row.get("valid_from")).replace(year=today.year)
            if day < today:
                day = day.replace(year=today.year + 1)
            row.values["valid_from"] = row.values["valid_to"] = day.isoformat()


def _apply_location_extras(network: Network, extras: dict[str, dict]) -> None:
    for location in Location.objects.for_network(network).filter(hsds_id__in=extras):
        fields = extras[location.hsds_id]
        unknown = set(fields) - {*LOCATION_FIELDS, "confidential_contact"}
        if unknown:
            raise DemoDataError(f"{location.hsds_id}: unknown location extras {sorted(unknown)}")
        for name in LOCATION_FIELDS:
            if name in fields:
                setattr(location, name, fields[name])
        contact = fields.get("confidential_contact") or {}
        location.is_confidential = bool(contact)
        location.confidential_contact = contact.get(network.default_language, "")
        for code, text in contact.items():
            setattr(location, build_localized_fieldname("confidential_contact", code), text)
        location.save()


def _apply_service_extras(
    network: Network, service_ids: list[str], extras: dict[str, dict], now: datetime.datetime
) -> None:
    """Every demo service's flags and openings, so a change made in the admin is undone on the next run."""
    for service_id in service_ids:
        fields = extras.get(service_id, {})
        flags, capacity = set(fields.get("flags", ())), fields.get("capacity")
        unknown = (set(fields) - {"flags", "capacity"}) | (flags - set(SERVICE_FLAGS))
        if unknown:
            raise DemoDataError(f"{service_id}: unknown service extras {sorted(unknown)}")
        services = Service.objects.for_network(network).filter(hsds_id=service_id)
        services.update(**{flag: flag in flags for flag in SERVICE_FLAGS})
        ServiceCapacity.objects.filter(service__in=services).exclude(unit=(capacity or {}).get("unit")).delete()
        for service in services if capacity else ():
            counted = now - CAPACITY_AGE
            record_capacity(service, capacity["unit"], capacity["available"], capacity.get("maximum"), None, counted)


def _remove_dropped(network: Network, tables: Tables, prefixes: list[str]) -> None:
    """Listings the demo owns that its package no longer holds."""
    owned = Q()
    for prefix in prefixes:
        owned |= Q(hsds_id__startswith=prefix)
    for model, table in ((Service, "service"), (Location, "location"), (Organization, "organization")):
        kept = [row.get("id") for row in tables[table]]
        model.objects.for_network(network).filter(owned).exclude(hsds_id__in=kept).delete()
