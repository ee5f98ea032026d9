"""What a reader needs to act on a service, prepared from prefetched rows (no queries per service)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from directory.capacity import CapacityShown, capacity_shown
from directory.models import Location, ScheduleException, Service
from directory.models.services import WEEKDAYS
from directory.opening_hours import (
    has_hours,
    is_all_day,
    is_open_at,
    is_temporarily_closed,
    local_moment,
    next_opening,
    reopens_on,
    upcoming_exceptions,
)
from directory.verification import service_is_stale
from portal.languages import language_name


@dataclass
class PublicLocation:
    name: str
    address: str
    directions_url: str
    confidential_contact: str
    is_confidential: bool
    wheelchair_accessible: bool
    online_url: str


@dataclass
class ServiceListing:
    service: Service
    url: str
    open_now: bool | None
    opens_next: datetime | None
    locations: list[PublicLocation]
    languages: list[str]
    costs: list[str]
    weekly_hours: list[tuple[str, list[tuple[time, time]], bool]]
    is_stale: bool
    capacities: list[CapacityShown]
    distance_km: float | None = None
    save_url: str = ""
    remove_url: str = ""
    opens_today: bool = False
    temporarily_closed: bool = False
    reopens_on: date | None = None
    upcoming_exceptions: list[ScheduleException] = field(default_factory=list)

    @property
    def open_all_week(self) -> bool:
        """Open 24 hours on every day of the week."""
        return len(self.weekly_hours) == len(WEEKDAYS) and all(all_day for _day, _periods, all_day in self.weekly_hours)

    @property
    def ways_in(self) -> list[str]:
        service = self.service
        ways = []
        if service.walk_in:
            ways.append(_("Walk in, no appointment needed"))
        if service.appointment_by_phone:
            ways.append(_("Call for an appointment"))
        if service.referral_required:
            ways.append(_("A referral is needed"))
        if service.online:
            ways.append(_("Online or by video"))
        return ways


def public_location(location: Location) -> PublicLocation:
    """A location as the public may see it: a confidential one shows only how to reach it."""
    if location.is_confidential:
        return PublicLocation(
            location.name, "", "", location.confidential_contact, True, location.wheelchair_accessible, ""
        )
    address = location.public_address
    if location.latitude is not None and location.longitude is not None:
        directions = f"https://www.openstreetmap.org/directions?to={location.latitude},{location.longitude}"
    elif address:
        directions = "https://www.openstreetmap.org/search?" + urlencode({"query": address})
    else:
        directions = ""
    # Step-free access describes a building: an online place has none to claim.
    accessible = location.wheelchair_accessible and location.location_type != Location.Kind.VIRTUAL
    return PublicLocation(location.name, address, directions, "", False, accessible, location.url)


def _weekly_hours(service: Service) -> list[tuple[str, list[tuple[time, time]], bool]]:
    """Each day with hours: its name, its periods and whether it is open all day."""
    days = []
    for number, label in WEEKDAYS:
        periods = sorted((h.opens_at, h.closes_at) for h in service.opening_hours.all() if h.weekday == number)
        if periods:
            days.append((label, periods, any(is_all_day(opens, closes) for opens, closes in periods)))
    return days


def build_listing(service: Service, moment: datetime, url: str, network_interval_days: int) -> ServiceListing:
    """The listing of `service` at `moment`, its times on the network's clocks.

    `network_interval_days` is the network's verification interval, for the notice on stale listings.
    """
    known_hours = has_hours(service)
    # A temporarily closed service is not open whatever its usual hours say, nor does it open at their next start.
    closed = is_temporarily_closed(service)
    opens_next = next_opening(service, moment) if known_hours and not closed else None
    return ServiceListing(
        service=service,
        url=url,
        open_now=(is_open_at(service, moment) and not closed) if known_hours else None,
        opens_next=opens_next,
        opens_today=opens_next is not None and opens_next.date() == local_moment(service.network, moment).date(),
        temporarily_closed=closed,
        reopens_on=reopens_on(service, moment) if closed else None,
        upcoming_exceptions=upcoming_exceptions(service, moment),
        # A location a partner added waits, unpublished, for a moderator; its published version shows meanwhile.
        locations=[public_location(link.location) for link in service.service_at_locations.all() if link.location.live],
        languages=[language_name(language.code) for language in service.languages.all()],
        costs=[cost.get_option_display() for cost in service.cost_options.all()],
        weekly_hours=_weekly_hours(service),
        is_stale=service_is_stale(service, network_interval_days, moment),
        capacities=capacity_shown(service, moment),
        distance_km=getattr(service, "distance_km", None),
    )
