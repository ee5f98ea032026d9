"""The coordinator's counts and lists: applicants, readiness, expiries, hours, supervision. Days follow the network.

Readiness is the requirements engine's (`volunteers.requirements`); this module only gathers each volunteer's
records in a fixed number of queries, whatever the number of volunteers.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Sum
from django.utils.translation import gettext as _

from portal.models import Network
from volunteers.milestones import MilestoneReached, reached_between
from volunteers.models import (
    Acknowledgement,
    Application,
    BackgroundCheck,
    CodeOfConduct,
    HoursEntry,
    ShiftSignup,
    TrainingRecord,
    VolunteerProfile,
    VolunteerSettings,
)
from volunteers.requirements import VolunteerRecords, readiness
from volunteers.totals import network_today

EXPIRY_WINDOW_DAYS = 60
# Milestones reached in this many days up to today are listed, so a coordinator can thank people in time.
MILESTONE_WINDOW_DAYS = 90
# Applications whose volunteer is, or is about to be, placed: their readiness is what a coordinator follows.
FOLLOWED_APPLICATIONS = (Application.Status.PENDING, Application.Status.INTERVIEW, Application.Status.ACCEPTED)


def start_of_day(network: Network, day: datetime.date) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=ZoneInfo(network.time_zone))


def check_is_expired(check: BackgroundCheck, today: datetime.date) -> bool:
    """Expired from its expiry date on (the requirements engine's rule), whatever status was last recorded."""
    return check.status == BackgroundCheck.Status.EXPIRED or (
        check.expires_on is not None and check.expires_on <= today
    )


def check_status_shown(check: BackgroundCheck, today: datetime.date) -> str:
    """The status a coordinator reads: a check past its expiry date reads "Expired"."""
    if check_is_expired(check, today):
        return str(BackgroundCheck.Status.EXPIRED.label)
    return check.get_status_display() or _("Unknown")


@dataclass(frozen=True)
class StatusCount:
    status: str
    label: str
    count: int


@dataclass
class ReadinessRow:
    volunteer: VolunteerProfile
    opportunities: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ExpiringRecord:
    """A training or a check that stops counting within the window; `record` is the row itself."""

    volunteer_name: str
    kind: str  # "training" or "check"
    label: str
    expires_on: datetime.date
    record: TrainingRecord | BackgroundCheck


@dataclass
class CoordinatorDashboard:
    today: datetime.date
    applications_by_status: list[StatusCount]
    ready: list[ReadinessRow]
    not_ready: list[ReadinessRow]
    expiring: list[ExpiringRecord]
    hours_this_month: Decimal
    without_supervisor: list[VolunteerProfile]
    inactive: list[VolunteerProfile]
    inactive_after_days: int
    milestones: list[MilestoneReached] = field(default_factory=list)


def applications_by_status(network: Network) -> list[StatusCount]:
    counts = dict(Application.objects.for_network(network).order_by().values_list("status").annotate(count=Count("pk")))
    return [StatusCount(value, str(label), counts.get(value, 0)) for value, label in Application.Status.choices]


def readiness_rows(network: Network, today: datetime.date) -> list[ReadinessRow]:
    """Each volunteer with followed applications, judged by the requirements engine on each opportunity."""
    code = CodeOfConduct.current(network)
    volunteers = (
        VolunteerProfile.objects.for_network(network)
        .filter(applications__status__in=FOLLOWED_APPLICATIONS)
        .distinct()
        .order_by("display_name", "pk")
        .prefetch_related(
            Prefetch(
                "applications",
                queryset=Application.objects.filter(status__in=FOLLOWED_APPLICATIONS)
                .select_related("opportunity")
                .prefetch_related("opportunity__required_modules")
                .order_by("created_at"),
                to_attr="followed_applications",
            ),
            Prefetch(
                "training_records",
                queryset=TrainingRecord.objects.select_related("module").order_by("-completed_on"),
                to_attr="all_training",
            ),
            Prefetch("background_checks", queryset=BackgroundCheck.objects.order_by("-pk"), to_attr="all_checks"),
            Prefetch(
                "acknowledgements",
                queryset=Acknowledgement.objects.filter(code_of_conduct=code),
                to_attr="current_acknowledgements",
            ),
        )
    )
    rows = []
    for volunteer in volunteers:
        records = VolunteerRecords(
            volunteer=volunteer,
            training=volunteer.all_training,
            checks=volunteer.all_checks,
            code_of_conduct=code,
            acknowledged=code is not None and bool(volunteer.current_acknowledgements),
        )
        row = ReadinessRow(volunteer)
        for application in volunteer.followed_applications:
            result = readiness(records, application.opportunity, today)
            row.opportunities.append(application.opportunity.title)
            for requirement in result.missing:
                line = f"{requirement.label}: {requirement.status}"
                if line not in row.missing:
                    row.missing.append(line)
        rows.append(row)
    return rows


def expiring_training(network: Network, today: datetime.date, until: datetime.date) -> list[ExpiringRecord]:
    renewed = TrainingRecord.objects.filter(volunteer=OuterRef("volunteer"), module=OuterRef("module")).filter(
        Q(expires_on__isnull=True) | Q(expires_on__gt=OuterRef("expires_on"))
    )
    records = (
        TrainingRecord.objects.for_network(network)
        .filter(expires_on__gt=today, expires_on__lte=until, verified_at__isnull=False)
        .exclude(volunteer__status=VolunteerProfile.Status.LEFT)
        .filter(~Exists(renewed))
        .select_related("volunteer", "module")
    )
    return [ExpiringRecord(r.volunteer.display_name, "training", r.module.name, r.expires_on, r) for r in records]


def expiring_checks(network: Network, today: datetime.date, until: datetime.date) -> list[ExpiringRecord]:
    candidates = (
        BackgroundCheck.objects.for_network(network)
        .filter(expires_on__gt=today, expires_on__lte=until)
        .exclude(volunteer__status=VolunteerProfile.Status.LEFT)
        .select_related("volunteer")
    )
    candidates = [check for check in candidates if check.allows_placement and not check_is_expired(check, today)]
    others = BackgroundCheck.objects.filter(volunteer__in={check.volunteer_id for check in candidates})
    later_ones = [check for check in others if check.allows_placement]

    def renewed(check: BackgroundCheck) -> bool:
        return any(
            other.pk != check.pk
            and other.volunteer_id == check.volunteer_id
            and other.level >= check.level
            and (other.expires_on is None or other.expires_on > check.expires_on)
            for other in later_ones
        )

    return [
        ExpiringRecord(check.volunteer.display_name, "check", check.get_level_display(), check.expires_on, check)
        for check in candidates
        if not renewed(check)
    ]


def hours_this_month(network: Network, today: datetime.date) -> Decimal:
    """Approved hours worked from the first of the network's current month to today."""
    entries = HoursEntry.objects.for_network(network).filter(
        approved_at__isnull=False, worked_on__gte=today.replace(day=1), worked_on__lte=today
    )
    return entries.aggregate(total=Sum("hours"))["total"] or Decimal(0)


def without_supervisor(network: Network) -> list[VolunteerProfile]:
    return list(VolunteerProfile.objects.for_network(network).active().filter(supervisor__isnull=True))


def inactive_volunteers(network: Network, today: datetime.date, days: int) -> list[VolunteerProfile]:
    """Active volunteers, signed up before the period, with no shift signup nor hours entry within it."""
    since = today - datetime.timedelta(days=days)
    since_time = start_of_day(network, since)
    signups = ShiftSignup.objects.filter(volunteer=OuterRef("pk")).filter(
        Q(created_at__gte=since_time) | Q(shift__starts_at__gte=since_time)
    )
    hours = HoursEntry.objects.filter(volunteer=OuterRef("pk"), worked_on__gte=since)
    volunteers = VolunteerProfile.objects.for_network(network).active().filter(created_at__lt=since_time)
    return list(volunteers.filter(~Exists(signups), ~Exists(hours)))


def coordinator_dashboard(network: Network) -> CoordinatorDashboard:
    """Every count and list of the coordinator's dashboard, on the network's today."""
    today = network_today(network)
    until = today + datetime.timedelta(days=EXPIRY_WINDOW_DAYS)
    settings = VolunteerSettings.for_network(network)
    rows = readiness_rows(network, today)
    expiring = expiring_training(network, today, until) + expiring_checks(network, today, until)
    return CoordinatorDashboard(
        today=today,
        applications_by_status=applications_by_status(network),
        ready=[row for row in rows if not row.missing],
        not_ready=[row for row in rows if row.missing],
        expiring=sorted(expiring, key=lambda r: (r.expires_on, r.volunteer_name, r.kind)),
        hours_this_month=hours_this_month(network, today),
        without_supervisor=without_supervisor(network),
        inactive=inactive_volunteers(network, today, settings.inactive_after_days),
        inactive_after_days=settings.inactive_after_days,
        milestones=reached_between(network, today - datetime.timedelta(days=MILESTONE_WINDOW_DAYS - 1), today),
    )
