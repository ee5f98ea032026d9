"""Whether a service is open, in its network's time zone: weekly hours, periods past midnight, closures.

The Python functions read prefetched `opening_hours` and `schedule_exceptions`, so a results page asks the
database nothing per service; `open_at_filter` says the same thing in SQL for the "open now" filter.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from django.db.models import Exists, F, OuterRef, Q

from directory.models import OpeningHours, ScheduleException, Service

if TYPE_CHECKING:
    from portal.models import Network

DAYS_AHEAD = 8
# Closures and special hours listed on a service's page: those of the coming weeks.
EXCEPTIONS_SHOWN_DAYS = 60
# A period closing at 23:59 runs to midnight: its last minute is open, and 00:00–23:59 is the whole day
# (HSDS writes the end of the day as 24:00, which the import reads as 23:59).
LAST_MINUTE = time(23, 59)
MIDNIGHT = time(0)


def _until(opens: time, closes: time) -> time | None:
    """When a period closes on its own day; None when it runs to midnight or past it."""
    return None if closes <= opens or closes == LAST_MINUTE else closes


def is_all_day(opens: time, closes: time) -> bool:
    """Whether a period is the whole day, midnight to midnight."""
    return opens == MIDNIGHT and closes == LAST_MINUTE


def local_moment(network: Network, moment: datetime) -> datetime:
    """`moment` on the clocks of `network`'s city."""
    return moment.astimezone(zoneinfo.ZoneInfo(network.time_zone))


def _periods_on(service: Service, day: date) -> list[tuple[time, time | None]]:
    """Opening periods that start on `day`; a closing time of None means past midnight into the next day."""
    exceptions = [exception for exception in service.schedule_exceptions.all() if exception.date == day]
    for exception in exceptions:
        if exception.closed or not (exception.opens_at and exception.closes_at):
            return []
        return [(exception.opens_at, _until(exception.opens_at, exception.closes_at))]
    periods = []
    for hours in service.opening_hours.all():
        if hours.weekday == day.weekday():
            periods.append((hours.opens_at, _until(hours.opens_at, hours.closes_at)))
    return sorted(periods)


def _closed_all_day(service: Service, day: date) -> bool:
    return any(exception.date == day and exception.closed for exception in service.schedule_exceptions.all())


def _tail_after_midnight(service: Service, day: date) -> time | None:
    """When a period that began the day before `day` ends on `day`, if one does."""
    yesterday = day - timedelta(days=1)
    if _closed_all_day(service, day):
        return None
    if any(exception.date == yesterday for exception in service.schedule_exceptions.all()):
        return None
    for hours in service.opening_hours.all():
        if hours.weekday == yesterday.weekday() and hours.closes_at < hours.opens_at:
            return hours.closes_at
    return None


def is_open_at(service: Service, moment: datetime) -> bool:
    """Whether `service` is open at `moment` (an aware datetime), on its network's clocks."""
    local = local_moment(service.network, moment)
    day, now = local.date(), local.time()
    tail = _tail_after_midnight(service, day)
    if tail is not None and now < tail:
        return True
    return any(opens <= now and (closes is None or now < closes) for opens, closes in _periods_on(service, day))


def next_opening(service: Service, moment: datetime) -> datetime | None:
    """When `service` next opens after `moment` (aware, in the network's zone), or None within a week."""
    local = local_moment(service.network, moment)
    for offset in range(DAYS_AHEAD):
        day = local.date() + timedelta(days=offset)
        for opens, _closes in _periods_on(service, day):
            start = datetime.combine(day, opens, tzinfo=local.tzinfo)
            if start > local:
                return start
    return None


def is_temporarily_closed(service: Service) -> bool:
    return service.status == service.Status.TEMPORARILY_CLOSED


def reopens_on(service: Service, moment: datetime) -> date | None:
    """The day a closed service reopens, when closures on every day from today say so; else None (unknown)."""
    closed_days = {exception.date for exception in service.schedule_exceptions.all() if exception.closed}
    day = local_moment(service.network, moment).date()
    if day not in closed_days:
        return None
    while day in closed_days:
        day += timedelta(days=1)
    return day


def upcoming_exceptions(service: Service, moment: datetime) -> list[ScheduleException]:
    """Closures and special hours from today on, for the coming weeks, in date order."""
    today = local_moment(service.network, moment).date()
    last = today + timedelta(days=EXCEPTIONS_SHOWN_DAYS)
    return sorted(
        (exception for exception in service.schedule_exceptions.all() if today <= exception.date <= last),
        key=lambda exception: exception.date,
    )


def has_hours(service: Service) -> bool:
    """Whether the service publishes weekly hours at all (else the reader is told to call)."""
    return bool(service.opening_hours.all())


def open_at_filter(network: Network, moment: datetime) -> Q:
    """A Service filter: open at `moment` on `network`'s clocks (same rules as `is_open_at`)."""

    local = local_moment(network, moment)
    day, now = local.date(), local.time()
    yesterday = day - timedelta(days=1)
    exceptions = ScheduleException.objects.filter(service=OuterRef("pk"))
    hours = OpeningHours.objects.filter(service=OuterRef("pk"))
    before_closing = Q(closes_at__gt=now) | Q(closes_at=LAST_MINUTE)
    same_day = Q(weekday=day.weekday()) & (
        (Q(opens_at__lt=F("closes_at"), opens_at__lte=now) & before_closing)
        | Q(opens_at__gt=F("closes_at"), opens_at__lte=now)
    )
    from_yesterday = Q(weekday=yesterday.weekday(), opens_at__gt=F("closes_at"), closes_at__gt=now)
    special_today = exceptions.filter(before_closing, date=day, closed=False, opens_at__lte=now)
    any_exception_today = exceptions.filter(date=day)
    any_exception_yesterday = exceptions.filter(date=yesterday)
    closed_today = exceptions.filter(date=day, closed=True)
    regular_today = Exists(hours.filter(same_day)) & ~Exists(any_exception_today)
    tail = Exists(hours.filter(from_yesterday)) & ~Exists(any_exception_yesterday) & ~Exists(closed_today)
    hours_say_open = Exists(special_today) | regular_today | tail
    return hours_say_open & ~Q(status=Service.Status.TEMPORARILY_CLOSED)
