"""Writes a network's demo directory. Safe to run again: rows are keyed by hsds_id, children are replaced."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import models, transaction
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Orderable, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from directory.demo.records import LANGUAGES, NetworkDirectory, ServiceRecord, Text
from directory.models import (
    Category,
    CostOption,
    Location,
    OpeningHours,
    Place,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceLanguage,
    ServicePhone,
)
from portal.models import Network, Organization

SERVICE_FLAGS = frozenset(
    {
        "walk_in",
        "referral_required",
        "appointment_by_phone",
        "online",
        "medication_for_addiction_treatment",
        "insurance_accepted",
    }
)


def demo_directories() -> dict[str, NetworkDirectory]:
    from directory.demo import harbor, riverside

    return {"harbor": harbor.DIRECTORY, "riverside": riverside.DIRECTORY}


def seed_demo_directory(network: Network) -> dict[str, int]:
    """Create or refresh `network`'s demo organizations, locations, services and places; return the counts."""
    directory = demo_directories()[network.slug]
    # Inside the block, assigning an untranslated attribute writes the network default language's column.
    with translation.override(network.default_language), transaction.atomic():
        with disable_reference_index_auto_update():
            organizations, locations = _seed_listings(network, directory)
        for place in directory.places:
            Place.objects.update_or_create(
                network=network,
                name=place.name,
                defaults={"postal_code": place.postal_code, "latitude": place.latitude, "longitude": place.longitude},
            )
        # Listings dropped from the demo data since the last run go too.
        Service.objects.for_network(network).filter(hsds_id__startswith=f"{network.slug}-svc-").exclude(
            hsds_id__in=[record.key for record in directory.services]
        ).delete()
        Location.objects.for_network(network).filter(hsds_id__startswith=f"{network.slug}-loc-").exclude(
            hsds_id__in=locations
        ).delete()
        Organization.objects.for_network(network).filter(hsds_id__startswith=f"{network.slug}-org-").exclude(
            hsds_id__in=organizations
        ).delete()
    return {
        "organizations": len(organizations),
        "locations": len(locations),
        "services": len(directory.services),
        "places": len(directory.places),
    }


def _seed_listings(network: Network, directory: NetworkDirectory) -> tuple[dict, dict]:
    """Organizations, locations and services; the reference index is written once per row, not once per save."""
    organizations = {
        record.key: _upsert(Organization, network, record.key, _organization_fields(record, network))
        for record in directory.organizations
    }
    locations = {
        record.key: _upsert(
            Location,
            network,
            record.key,
            _location_fields(record, directory, network) | {"organization": organizations[record.organization]},
        )
        for record in directory.locations
    }
    categories = {category.code: category for category in Category.objects.for_network(network)}
    now = timezone.now()
    services = [
        _seed_service(network, record, organizations, locations, categories, now) for record in directory.services
    ]
    for instance in [*organizations.values(), *locations.values(), *services]:
        if ReferenceIndex.is_indexed(type(instance)):
            ReferenceIndex.create_or_update_for_object(instance)
    return organizations, locations


def translated(field: str, text: Text | None, default_language: str) -> dict[str, str | None]:
    """Every language column of `field`, plus the untranslated column holding the network default's text."""
    text = text or {}
    values: dict[str, str | None] = {field: text.get(default_language) or ""}
    values.update({build_localized_fieldname(field, code): text.get(code) for code in LANGUAGES})
    return values


def _upsert(model: type[models.Model], network: Network, key: str, fields: dict) -> models.Model:
    instance = model.objects.filter(network=network, hsds_id=key).first() or model(network=network, hsds_id=key)
    # Dicts keep order: the untranslated column is set before the language columns, which then win.
    for name, value in fields.items():
        setattr(instance, name, value)
    instance.save()
    return instance


def _organization_fields(record, network: Network) -> dict:
    language = network.default_language
    return {
        **translated("name", record.name, language),
        **translated("description", record.description, language),
        "email": record.email,
        "website": record.website,
    }


def _location_fields(record, directory: NetworkDirectory, network: Network) -> dict:
    physical = record.kind != Location.Kind.VIRTUAL
    return {
        # A proper name: the same in every language.
        **translated("name", dict.fromkeys(LANGUAGES, record.name), network.default_language),
        **translated("confidential_contact", record.confidential_contact, network.default_language),
        "location_type": record.kind,
        "url": record.url,
        "address_1": record.address,
        "city": (record.city or directory.city) if physical else "",
        "state_province": directory.state if physical else "",
        "postal_code": record.postal_code,
        "latitude": record.latitude,
        "longitude": record.longitude,
        "is_confidential": record.confidential_contact is not None,
        "wheelchair_accessible": record.wheelchair_accessible,
    }


def _seed_service(network, record: ServiceRecord, organizations, locations, categories, now: datetime) -> Service:
    language = network.default_language
    unknown = set(record.flags) - SERVICE_FLAGS
    if unknown:
        raise ValueError(f"{record.key}: unknown flags {sorted(unknown)}")
    fields = {
        **translated("name", record.name, language),
        **translated("description", record.description, language),
        **translated("alert", record.alert, language),
        **translated("application_process", record.application, language),
        **translated("eligibility_description", record.eligibility, language),
        **translated("fees_description", record.fees, language),
        "organization": organizations[record.organization],
        "status": record.status,
        "live": True,
        "minimum_age": record.minimum_age,
        "maximum_age": record.maximum_age,
        "capacity_available": record.capacity[0] if record.capacity else None,
        "capacity_unit": record.capacity[1] if record.capacity else "",
        "capacity_updated_at": now - timedelta(hours=3) if record.capacity else None,
        "last_verified_at": now - timedelta(days=record.verified_days_ago),
        **{flag: flag in record.flags for flag in SERVICE_FLAGS},
    }
    service = Service.objects.filter(network=network, hsds_id=record.key).first() or Service(
        network=network, hsds_id=record.key
    )
    for name, value in fields.items():
        setattr(service, name, value)
    # modelcluster writes the categories when the service is saved.
    service.categories = [categories[code] for code in record.categories]
    service.full_clean(exclude=["categories"], validate_constraints=False)
    service.save()
    # The children are replaced in bulk: a few queries per service instead of one per row.
    for model, rows in _children(network, record, locations, now).items():
        model.objects.filter(service=service).delete()
        for order, row in enumerate(rows):
            row.service = service
            if isinstance(row, Orderable):
                row.sort_order = order
        model.objects.bulk_create(rows)
    if service.latest_revision_id:
        # Someone edited it in the admin: publish the seeded text so the admin does not show a stale draft.
        service.save_revision().publish()
    return service


def _children(network, record: ServiceRecord, locations, now: datetime) -> dict[type[models.Model], list]:
    language = network.default_language
    today = timezone.localdate(now, timezone=ZoneInfo(network.time_zone))
    return {
        ServiceAtLocation: [
            ServiceAtLocation(location=locations[key], hsds_id=f"{record.key}-at-{key}") for key in record.locations
        ],
        ServicePhone: [
            ServicePhone(
                number=phone.number, kind=phone.kind, description=phone.description, languages=list(phone.languages)
            )
            for phone in record.phones
        ],
        ServiceLanguage: [ServiceLanguage(code=code) for code in record.languages],
        OpeningHours: [
            OpeningHours(weekday=day, opens_at=time.fromisoformat(opens), closes_at=time.fromisoformat(closes))
            for day, opens, closes in record.hours
        ],
        CostOption: [
            CostOption(
                option=cost.option, amount=cost.amount, **translated("amount_description", cost.details, language)
            )
            for cost in record.costs
        ],
        ScheduleException: [
            ScheduleException(
                date=_next(today, closure.month, closure.day), **translated("note", closure.note, language)
            )
            for closure in record.closures
        ],
    }


def _next(today: date, month: int, day: int) -> date:
    """The next date (today or later) falling on month/day."""
    candidate = date(today.year, month, day)
    return candidate if candidate >= today else date(today.year + 1, month, day)
