"""Hours totals over clearly defined periods, counted in the network's time zone (the coordinators' dashboard too).

- Calendar year: 1 January of this year to today, both included.
- Last 12 months: the 365 days up to and including today.
- This month: the 1st of this month to today.
Approved hours are the total; hours still waiting for approval are summed apart and never added in.
"""

from __future__ import annotations

import datetime
import zoneinfo
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import Q, QuerySet, Sum
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

ZERO = Decimal("0")


def network_today(network) -> datetime.date:
    """Today's date where the network is."""
    return timezone.localdate(timezone=zoneinfo.ZoneInfo(network.time_zone))


@dataclass(frozen=True)
class Period:
    """A span of days, both ends included."""

    key: str
    name: str | Promise
    start: datetime.date
    end: datetime.date

    def __contains__(self, day: datetime.date) -> bool:
        return self.start <= day <= self.end


def calendar_year(today: datetime.date) -> Period:
    return Period("calendar_year", _("This calendar year"), datetime.date(today.year, 1, 1), today)


def last_12_months(today: datetime.date) -> Period:
    return Period("last_12_months", _("Last 12 months"), today - datetime.timedelta(days=364), today)


def this_month(today: datetime.date) -> Period:
    return Period("this_month", _("This month"), today.replace(day=1), today)


@dataclass(frozen=True)
class HoursTotal:
    period: Period
    approved: Decimal
    waiting: Decimal


def hours_totals(entries: QuerySet, periods: list[Period]) -> list[HoursTotal]:
    """Approved and waiting hours of `entries` (HoursEntry rows) in each period, in one query."""
    sums = {}
    for period in periods:
        in_period = Q(worked_on__gte=period.start, worked_on__lte=period.end)
        sums[f"{period.key}_approved"] = Sum("hours", filter=in_period & Q(approved_at__isnull=False))
        sums[f"{period.key}_waiting"] = Sum("hours", filter=in_period & Q(approved_at__isnull=True))
    row = entries.aggregate(**sums) if sums else {}
    return [
        HoursTotal(period, row[f"{period.key}_approved"] or ZERO, row[f"{period.key}_waiting"] or ZERO)
        for period in periods
    ]
