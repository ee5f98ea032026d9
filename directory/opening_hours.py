"""Whether a service is open, in its network's time zone: weekly hours, periods past midnight, closures.

The Python functions read prefetched `opening_hours` and `schedule_exceptions`, so a results page asks the
database nothing per service; `open_at_filter` says the same thing in SQL for the "open now" filter.
"""

from __future__ import annotations

import zoneinfo
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from django.db.models import Exists, F, OuterRef, Q

from directory.models import OpeningHours, ScheduleException

if TYPE_CHECKING:
    from directory.models import Service
    from portal.models import Network

DAYS_AHEAD = 8


def local_moment(network: Network, moment: datetime) -> datetime:
    """`moment` on the clocks of `network`'s city."""
    return moment.astimezone(zoneinfo.ZoneInfo(network.time_zone))


def _periods_on(service: Service, day: date) -> list[tuple[time, time | None]]:
    """Opening periods that start on `day`; a closing time of None means past midnight into the next day."""
    exceptions = [exception for exception in service.schedule_exceptions.all() if exception.date == day]
    for exception in exceptions:
        if exception.closed or not (exception.opens_at and exception.closes_at):
            return []
        return [(exception.opens_at, exception.closes_at)]
    periods = []
    for hours in service.opening_hours.all():
        if hours.weekday == day.weekday():
            periods.append((hours.opens_at, hours.closes_at if hours.closes_at > hours.opens_at else None))
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
    same_day = Q(weekday=day.weekday()) & (
        Q(opens_at__lt=F("closes_at"), opens_at__lte=now, closes_at__gt=now)
        | Q(opens_at__gt=F("closes_at"), opens_at__lte=now)
    )
    from_yesterday = Q(weekday=yesterday.weekday(), opens_at__gt=F("closes_at"), closes_at__gt=now)
    special_today = exceptions.filter(date=day, closed=False, opens_at__lte=now, closes_at__gt=now)
    any_exception_today = exceptions.filter(date=day)
    any_exception_yesterday = exceptions.filter(date=yesterday)
    closed_today = exceptions.filter(date=day, closed=True)
    regular_today = Exists(hours.filter(same_day)) & ~Exists(any_exception_today)
    tail = Exists(hours.filter(from_yesterday)) & ~Exists(any_exception_yesterday) & ~Exists(closed_today)
    return Exists(special_today) | regular_today | tail
