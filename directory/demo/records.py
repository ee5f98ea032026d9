"""The shape of the demo directory: plain, declarative records, one set per network in the sibling modules."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

LANGUAGES = ("en", "es", "zh-hans", "vi", "ar")

Text = dict[str, str | None]
# (weekday 0=Monday, opens "HH:MM", closes "HH:MM"), in the network's time zone.
Period = tuple[int, str, str]


def tr(en: str, es: str, zh_hans: str, vi: str | None, ar: str) -> Text:
    """A text in the portal's five languages; `vi=None` leaves the Vietnamese translation out on purpose."""
    return {"en": en, "es": es, "zh-hans": zh_hans, "vi": vi, "ar": ar}


def days(opens: str, closes: str, weekdays: range | tuple[int, ...] = range(5)) -> list[Period]:
    """One period on each of `weekdays` (Monday to Friday unless told)."""
    return [(day, opens, closes) for day in weekdays]


ALWAYS_OPEN = days("00:00", "23:59", range(7))


@dataclass(frozen=True)
class Cost:
    option: str  # one of CostOption.Option: free, sliding scale, insurance, fee
    amount: Decimal | None = None
    details: Text | None = None


@dataclass(frozen=True)
class Phone:
    number: str
    languages: tuple[str, ...] = ("en",)
    kind: str = "voice"
    description: str = ""


@dataclass(frozen=True)
class Closure:
    """A yearly closure, on the next occurrence of month/day."""

    month: int
    day: int
    note: Text


@dataclass(frozen=True)
class OrganizationRecord:
    key: str
    name: Text
    description: Text
    email: str = ""
    website: str = ""


@dataclass(frozen=True)
class LocationRecord:
    key: str
    organization: str
    name: str  # a proper name, the same in every language
    address: str = ""
    postal_code: str = ""
    latitude: float | None = None
    longitude: float | None = None
    kind: str = "physical"
    url: str = ""
    confidential_contact: Text | None = None
    wheelchair_accessible: bool = True
    city: str = ""  # when not the network's main city


@dataclass(frozen=True)
class ServiceRecord:
    key: str
    organization: str
    categories: tuple[str, ...]
    name: Text
    description: Text
    application: Text
    eligibility: Text
    fees: Text
    locations: tuple[str, ...] = ()
    alert: Text | None = None
    phones: tuple[Phone, ...] = ()
    languages: tuple[str, ...] = ("en", "es")
    hours: list[Period] = field(default_factory=list)
    closures: tuple[Closure, ...] = ()
    costs: tuple[Cost, ...] = ()
    # Service boolean fields set to True: walk_in, referral_required, appointment_by_phone, online,
    # medication_for_addiction_treatment, insurance_accepted.
    flags: frozenset[str] = frozenset()
    minimum_age: int | None = None
    maximum_age: int | None = None
    status: str = "active"
    capacity: tuple[int, str] | None = None  # (openings now, unit)
    verified_days_ago: int = 20


@dataclass(frozen=True)
class PlaceRecord:
    name: str
    postal_code: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class NetworkDirectory:
    city: str
    state: str
    organizations: list[OrganizationRecord]
    locations: list[LocationRecord]
    services: list[ServiceRecord]
    places: list[PlaceRecord]
