"""One HSDS service row, with its phones, hours, languages, costs, documents and categories, into a Service."""

from __future__ import annotations

import datetime
import zoneinfo
from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from directory.hsds.history import existing_or_new, state
from directory.hsds.ids import lookup
from directory.hsds.tabular import Row
from directory.hsds.validation import RowError, check_row, clean_or_raise, parse_date, parse_number, parse_time
from directory.models import (
    CostOption,
    OpeningHours,
    RequiredDocument,
    ScheduleException,
    Service,
    ServiceLanguage,
    ServicePhone,
)
from directory.translation import ServiceTranslationOptions
from directory.verification import IMPORT_VERIFICATION_ACTION

BYDAY = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
PHONE_KINDS = {"voice": "voice", "text": "text", "sms": "text", "fax": "fax", "textphone": "tty", "tty": "tty"}
# A service's translated texts, as registered with modeltranslation.
TRANSLATED = ServiceTranslationOptions.fields


def _age(value: str, column: str) -> int | None:
    number = parse_number(value, column)
    if number is None:
        return None
    if number < 0 or number > 150:
        raise RowError(_("%(column)s is not a plausible age: %(value)s") % {"column": column, "value": value})
    return int(number)


def save_service(importer, organization, row: Row) -> tuple[Service, bool, bool]:
    """Create or update the service of `row` (published), replacing the child tables the import carries.

    Returns the service, whether it was created and whether it changed; an unchanged service is not saved.
    """
    check_row("service", row)
    network = importer.network
    service, created, before = existing_or_new(
        Service.objects.for_network(network).filter(lookup("service", row.get("id"))).first(),
        lambda: Service(network=network, hsds_id=row.get("id")),
    )
    service.organization = organization
    status = row.get("status")
    if status == "defunct":
        importer.report.warn(row.source, row.line, _("status defunct kept as inactive"))
        status = Service.Status.INACTIVE
    service.status = status
    for column in TRANSLATED:
        setattr(service, column, row.get(column))
    importer.translations.set_on(service, "service", row.get("id"))
    service.url, service.email = row.get("url"), row.get("email")
    service.minimum_age = _age(row.get("minimum_age"), "minimum_age")
    service.maximum_age = _age(row.get("maximum_age"), "maximum_age")
    assured = parse_date(row.get("assured_date"), "assured_date")
    zone = zoneinfo.ZoneInfo(network.time_zone)
    verified_before = service.last_verified_at.astimezone(zone).date() if service.last_verified_at else None
    # HSDS gives the day only: a verification at any time of that day is the one the file names.
    claim = None  # what the history of an existing listing will say about its verification
    if assured != verified_before:
        # A person's verification stands, who and when: the file's date is then only the import's claim.
        kept_person = service.last_verified_by_id is not None
        if not kept_person:
            service.last_verified_at = datetime.datetime.combine(assured, datetime.time(), zone) if assured else None
        if before is not None:
            claim = {"assured_date": assured.isoformat() if assured else "", "kept_person": kept_person}
    # Imports come from a trusted moderator: published straight away.
    service.live, service.has_unpublished_changes = True, False
    children = importer.by_service[row.get("id")]
    tables = importer.tables
    if tables.has("phone"):
        service.phones = [_phone(importer, phone) for phone in children["phone"]]
    if tables.has("language"):
        codes = dict.fromkeys(lang.get("code")[:10] for lang in children["language"] if lang.get("code"))
        service.languages = [ServiceLanguage(code=code) for code in codes]
    if tables.has("schedule"):
        hours, exceptions = _schedules(importer, children["schedule"])
        service.opening_hours, service.schedule_exceptions = hours, exceptions
    if tables.has("cost_option"):
        service.cost_options = [_cost_option(importer, cost) for cost in children["cost_option"]]
    if tables.has("required_document"):
        documents = [doc for doc in children["required_document"] if doc.get("document")]
        service.required_documents = [RequiredDocument(document=doc.get("document")[:300]) for doc in documents]
    if tables.has("attribute"):
        service.categories = _categories(importer, children["attribute"])
    # HSDS does not require a description; the directory asks for one only when a person edits the service.
    clean_or_raise(service, exclude=["network", "organization", "categories", "description"])
    if before is not None and state(service) == before:
        _log_claim(service, claim, importer.user)
        return service, False, False
    now = timezone.now()
    service.first_published_at = service.first_published_at or now
    service.last_published_at = now
    service.save()
    _log_claim(service, claim, importer.user)
    return service, created, True


def _log_claim(service: Service, claim: dict | None, user) -> None:
    """The listing's history says when an import changed, or claimed, its verification date, and who ran it."""
    if claim is not None:
        log(service, IMPORT_VERIFICATION_ACTION, user=user, data=claim)


def _phone(importer, row: Row) -> ServicePhone:
    check_row("phone", row)
    # Some exports quote numbers twice ("\"+44 ...\""); the quotes are not part of the number.
    number = row.get("number").strip("\"' ")
    kind = PHONE_KINDS.get(row.get("type").lower(), "voice")
    if row.get("type") and row.get("type").lower() not in PHONE_KINDS:
        importer.report.warn(row.source, row.line, _("phone type %(type)s kept as voice") % {"type": row.get("type")})
    languages = [lang.get("code") for lang in importer.phone_languages[row.get("id")] if lang.get("code")]
    return ServicePhone(
        number=number[:40],
        extension=row.get("extension")[:10],
        kind=kind,
        description=row.get("description")[:200],
        languages=list(dict.fromkeys(languages)),
    )


def _schedules(importer, rows: list[Row]) -> tuple[list[OpeningHours], list[ScheduleException]]:
    """Weekly byday hours become opening hours; a single date becomes a closure or special hours."""
    hours, exceptions = [], []
    for row in rows:
        check_row("schedule", row)
        opens, closes = parse_time(row.get("opens_at"), "opens_at"), parse_time(row.get("closes_at"), "closes_at")
        days = [day.strip()[-2:].upper() for day in row.get("byday").split(",") if day.strip()]
        if days and row.get("freq") in ("", "WEEKLY") and opens and closes and opens != closes:
            unknown = [day for day in days if day not in BYDAY]
            if unknown:
                raise RowError(_("invalid byday %(value)s") % {"value": row.get("byday")})
            hours += [OpeningHours(weekday=BYDAY[day], opens_at=opens, closes_at=closes) for day in days]
            continue
        valid_from = parse_date(row.get("valid_from"), "valid_from")
        valid_to = parse_date(row.get("valid_to"), "valid_to")
        if valid_from and valid_to in (None, valid_from) and not days:
            special = bool(opens and closes)
            exceptions.append(
                ScheduleException(
                    date=valid_from,
                    closed=not special,
                    opens_at=opens if special else None,
                    closes_at=closes if special else None,
                    note=row.get("description")[:200],
                )
            )
            continue
        importer.report.warn(row.source, row.line, _("not kept: only weekly hours and single dates are held"))
    return hours, exceptions


def _cost_option(importer, row: Row) -> CostOption:
    amount = parse_number(row.get("amount"), "amount")
    option, description = row.get("option"), row.get("amount_description")
    if option.lower() not in CostOption.Option.values:
        # Free text such as "Under 18s and Over 60s": keep the words in the details, the kind inferred.
        inferred = CostOption.Option.FREE if amount == 0 else CostOption.Option.FEE
        if option:
            description = f"{option}: {description}" if description else option
        option = inferred
    return CostOption(
        option=option.lower(),
        amount=amount.quantize(Decimal("0.01")) if amount is not None else None,
        currency=(row.get("currency") or "USD").upper()[:3],
        amount_description=description[:300],
    )


def _categories(importer, rows: list[Row]) -> list:
    categories = []
    for row in rows:
        category = importer.categories.get(row.get("taxonomy_term_id"))
        if category is None:
            importer.report.warn(
                row.source, row.line, _("unknown taxonomy_term_id %(id)s") % {"id": row.get("taxonomy_term_id")}
            )
            continue
        categories.append(category)
    return categories
