"""Recognition: the milestones a volunteer reaches (first shift, 50 and 100 hours, one year) and when.

Only approved hours count. The first shift is the day of the first approved hours entry; 50 and 100 hours are
reached on the day of the approved entry that brings the running total to that number; one year is the first
anniversary of signing up in the network, in the network's time zone.
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from dateutil.relativedelta import relativedelta
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from volunteers.models import HoursEntry, VolunteerProfile
from volunteers.totals import network_today

FIRST_SHIFT = "first_shift"
HOURS_50 = "hours_50"
HOURS_100 = "hours_100"
ONE_YEAR = "one_year"
HOURS_THRESHOLDS = ((HOURS_50, Decimal(50)), (HOURS_100, Decimal(100)))
NAMES = {
    FIRST_SHIFT: _("First shift"),
    HOURS_50: _("50 hours"),
    HOURS_100: _("100 hours"),
    ONE_YEAR: _("One year with us"),
}
KINDS = tuple(NAMES)


@dataclass(frozen=True)
class Milestone:
    kind: str
    reached_on: datetime.date

    @property
    def name(self) -> str | Promise:
        return NAMES[self.kind]


@dataclass(frozen=True)
class MilestoneReached:
    volunteer: VolunteerProfile
    milestone: Milestone


def _reached(signed_up_on: datetime.date, approved: list[tuple[datetime.date, Decimal]], today: datetime.date):
    """Milestones from the signing-up day and approved (day, hours) in date order, reached by `today`."""
    reached = []
    if approved and approved[0][0] <= today:
        reached.append(Milestone(FIRST_SHIFT, approved[0][0]))
    running = Decimal(0)
    thresholds = list(HOURS_THRESHOLDS)
    for day, hours in approved:
        if day > today:
            break
        running += hours
        while thresholds and running >= thresholds[0][1]:
            reached.append(Milestone(thresholds.pop(0)[0], day))
    anniversary = signed_up_on + relativedelta(years=1)
    if anniversary <= today:
        reached.append(Milestone(ONE_YEAR, anniversary))
    return sorted(reached, key=lambda m: (m.reached_on, KINDS.index(m.kind)))


def _signed_up_on(volunteer: VolunteerProfile, zone: zoneinfo.ZoneInfo) -> datetime.date:
    return volunteer.created_at.astimezone(zone).date()


def milestones_of(volunteer: VolunteerProfile, today: datetime.date) -> list[Milestone]:
    """The milestones `volunteer` had reached by `today`, earliest first."""
    zone = zoneinfo.ZoneInfo(volunteer.network.time_zone)
    approved = list(
        volunteer.hours_entries.filter(approved_at__isnull=False)
        .order_by("worked_on", "pk")
        .values_list("worked_on", "hours")
    )
    return _reached(_signed_up_on(volunteer, zone), approved, today)


def reached_between(network, start: datetime.date, end: datetime.date) -> list[MilestoneReached]:
    """Every milestone a volunteer of `network` reached from `start` to `end` (both included), in date order.

    Two queries, whatever the number of volunteers.
    """
    zone = zoneinfo.ZoneInfo(network.time_zone)
    until = min(end, network_today(network))
    approved: dict[int, list[tuple[datetime.date, Decimal]]] = defaultdict(list)
    entries = (
        HoursEntry.objects.for_network(network)
        .filter(approved_at__isnull=False, worked_on__lte=until)
        .order_by("volunteer_id", "worked_on", "pk")
        .values_list("volunteer_id", "worked_on", "hours")
    )
    for volunteer_id, day, hours in entries:
        approved[volunteer_id].append((day, hours))
    rows = []
    for volunteer in VolunteerProfile.objects.for_network(network):
        for milestone in _reached(_signed_up_on(volunteer, zone), approved[volunteer.pk], until):
            if start <= milestone.reached_on <= until:
                rows.append(MilestoneReached(volunteer, milestone))
    return sorted(rows, key=lambda row: (row.milestone.reached_on, row.volunteer.display_name, row.volunteer.pk))
