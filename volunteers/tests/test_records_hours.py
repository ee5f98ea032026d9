"""A volunteer's hours: logging them, approved and waiting totals over defined periods, and milestones."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest
from django.test import Client
from django.utils import timezone

from volunteers.milestones import milestones_of, reached_between
from volunteers.models import Application, HoursEntry, VolunteerProfile
from volunteers.tests.factories import ApplicationFactory, HoursEntryFactory, OpportunityFactory, VolunteerFactory
from volunteers.totals import calendar_year, hours_totals, last_12_months, network_today, this_month

pytestmark = pytest.mark.django_db

HOURS_URL = "/en/volunteer/me/hours/"
APPROVED = datetime.datetime(2026, 6, 1, 12, tzinfo=datetime.UTC)


def volunteer_client(volunteer) -> Client:
    client = Client(HTTP_HOST=volunteer.network.site.hostname)
    client.force_login(volunteer.user)
    return client


def signed_up_on(volunteer, day: datetime.date) -> None:
    moment = datetime.datetime.combine(day, datetime.time(12), zoneinfo.ZoneInfo(volunteer.network.time_zone))
    VolunteerProfile.objects.filter(pk=volunteer.pk).update(created_at=moment)
    volunteer.refresh_from_db()


@pytest.fixture
def driver(network_a):
    volunteer = VolunteerFactory(network=network_a, display_name="Dana Driver")
    opportunity = OpportunityFactory(network=network_a, title="Rides to appointments")
    ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status=Application.Status.ACCEPTED)
    return volunteer, opportunity


def test_periods_are_the_calendar_year_to_today_and_the_365_days_up_to_today():
    today = datetime.date(2026, 3, 10)

    assert (calendar_year(today).start, calendar_year(today).end) == (datetime.date(2026, 1, 1), today)
    assert (last_12_months(today).start, last_12_months(today).end) == (datetime.date(2025, 3, 11), today)
    assert (this_month(today).start, this_month(today).end) == (datetime.date(2026, 3, 1), today)
    assert datetime.date(2025, 3, 10) not in last_12_months(today) and today in last_12_months(today)


def test_totals_count_approved_hours_and_show_waiting_hours_apart(driver):
    volunteer, opportunity = driver
    today = datetime.date(2026, 3, 10)
    for day, hours, approved in [
        (datetime.date(2026, 3, 10), "2.5", APPROVED),  # today: both periods
        (datetime.date(2026, 1, 1), "3", APPROVED),  # first day of the year: both
        (datetime.date(2025, 12, 31), "4", APPROVED),  # last year, within 365 days
        (datetime.date(2025, 3, 11), "5", APPROVED),  # exactly 365 days up to today: last 12 months
        (datetime.date(2025, 3, 10), "6", APPROVED),  # 366 days: neither
        (datetime.date(2026, 2, 1), "1.25", None),  # waiting: apart
    ]:
        HoursEntryFactory(
            volunteer=volunteer, opportunity=opportunity, worked_on=day, hours=hours, approved_at=approved
        )

    year, months = hours_totals(volunteer.hours_entries.all(), [calendar_year(today), last_12_months(today)])

    assert (year.approved, year.waiting) == (Decimal("5.5"), Decimal("1.25"))
    assert (months.approved, months.waiting) == (Decimal("14.5"), Decimal("1.25"))


def test_the_hours_page_lists_own_entries_totals_and_how_the_periods_are_defined(driver, network_a):
    volunteer, opportunity = driver
    today = network_today(network_a)
    HoursEntryFactory(volunteer=volunteer, opportunity=opportunity, worked_on=today, hours="3.5", approved_at=APPROVED)
    HoursEntryFactory(volunteer=volunteer, opportunity=opportunity, worked_on=today, hours="1.25", note="Waiting one")
    someone_else = VolunteerFactory(network=network_a)
    HoursEntryFactory(volunteer=someone_else, opportunity=opportunity, note="Not yours", approved_at=APPROVED)

    page = volunteer_client(volunteer).get(HOURS_URL).content.decode()

    assert "Rides to appointments" in page
    assert "Approved" in page and "Waiting for approval" in page
    assert "Waiting one" in page and "Not yours" not in page
    assert "1 January to today" in page and "the 365 days up to and including today" in page
    assert "3.50 hours approved" in page
    assert "1.25 hours waiting for approval" in page
    assert "First shift" in page


def test_logging_hours_for_an_accepted_role_saves_them_waiting_for_approval(driver, network_a):
    volunteer, opportunity = driver
    today = network_today(network_a)

    response = volunteer_client(volunteer).post(
        HOURS_URL,
        {"worked_on": today.isoformat(), "opportunity": opportunity.pk, "hours": "2.75", "note": "Two rides"},
    )

    assert response.status_code == 302
    entry = HoursEntry.objects.get(volunteer=volunteer)
    assert (entry.worked_on, entry.hours, entry.note, entry.approved_at) == (today, Decimal("2.75"), "Two rides", None)


def test_hours_for_a_role_not_accepted_in_the_future_or_out_of_range_are_refused(driver, network_a, network_b):
    volunteer, accepted = driver
    pending = OpportunityFactory(network=network_a)
    ApplicationFactory(volunteer=volunteer, opportunity=pending)
    elsewhere = OpportunityFactory(network=network_b)
    today = network_today(network_a)
    client = volunteer_client(volunteer)

    def post(**changes):
        data = {"worked_on": today.isoformat(), "opportunity": accepted.pk, "hours": "2", "note": ""}
        return client.post(HOURS_URL, {**data, **changes}).content.decode()

    assert "Select a valid choice" in post(opportunity=pending.pk)
    assert "Select a valid choice" in post(opportunity=elsewhere.pk)
    assert "The date cannot be in the future." in post(worked_on=(today + datetime.timedelta(days=1)).isoformat())
    assert "Ensure this value is greater than or equal to 0.25." in post(hours="0.2")
    assert "Ensure this value is less than or equal to 24." in post(hours="24.5")
    assert not HoursEntry.objects.exists()


def test_milestones_first_shift_50_and_100_hours_and_one_year(driver):
    volunteer, opportunity = driver
    signed_up_on(volunteer, datetime.date(2025, 1, 5))
    for day, hours in [(1, 20), (2, 20), (3, 15), (4, 24), (5, 24), (6, 10)]:
        HoursEntryFactory(
            volunteer=volunteer,
            opportunity=opportunity,
            worked_on=datetime.date(2025, 2, day),
            hours=hours,
            approved_at=APPROVED,
        )
    # Waiting hours count for nothing, even when earlier.
    HoursEntryFactory(volunteer=volunteer, opportunity=opportunity, worked_on=datetime.date(2025, 1, 20), hours=24)

    reached = {m.kind: m.reached_on for m in milestones_of(volunteer, datetime.date(2026, 3, 1))}

    assert reached == {
        "first_shift": datetime.date(2025, 2, 1),
        "hours_50": datetime.date(2025, 2, 3),
        "hours_100": datetime.date(2025, 2, 5),
        "one_year": datetime.date(2026, 1, 5),
    }
    assert "one_year" not in {m.kind for m in milestones_of(volunteer, datetime.date(2026, 1, 4))}


def test_milestones_reached_between_two_dates_list_the_networks_volunteers_only(driver, network_a, network_b):
    volunteer, opportunity = driver
    signed_up_on(volunteer, datetime.date(2024, 6, 1))
    HoursEntryFactory(
        volunteer=volunteer, opportunity=opportunity, worked_on=datetime.date(2025, 6, 3), hours=4, approved_at=APPROVED
    )
    newcomer = VolunteerFactory(network=network_a, display_name="New Nora")
    ApplicationFactory(volunteer=newcomer, opportunity=opportunity, status=Application.Status.ACCEPTED)
    HoursEntryFactory(
        volunteer=newcomer, opportunity=opportunity, worked_on=datetime.date(2025, 6, 10), hours=2, approved_at=APPROVED
    )
    outsider = VolunteerFactory(network=network_b)
    signed_up_on(outsider, datetime.date(2024, 6, 2))
    elsewhere = OpportunityFactory(network=network_b)
    HoursEntryFactory(
        volunteer=outsider, opportunity=elsewhere, worked_on=datetime.date(2025, 6, 4), hours=2, approved_at=APPROVED
    )

    rows = reached_between(network_a, datetime.date(2025, 6, 1), datetime.date(2025, 6, 30))

    assert [(row.volunteer.display_name, row.milestone.kind, row.milestone.reached_on) for row in rows] == [
        ("Dana Driver", "one_year", datetime.date(2025, 6, 1)),
        ("Dana Driver", "first_shift", datetime.date(2025, 6, 3)),
        ("New Nora", "first_shift", datetime.date(2025, 6, 10)),
    ]


def test_the_hours_page_shows_the_volunteers_milestones_with_their_dates(driver):
    volunteer, opportunity = driver
    HoursEntryFactory(
        volunteer=volunteer,
        opportunity=opportunity,
        worked_on=datetime.date(2025, 5, 2),
        hours=24,
        approved_at=APPROVED,
    )
    HoursEntryFactory(
        volunteer=volunteer,
        opportunity=opportunity,
        worked_on=datetime.date(2025, 5, 3),
        hours=24,
        approved_at=APPROVED,
    )
    HoursEntryFactory(
        volunteer=volunteer, opportunity=opportunity, worked_on=datetime.date(2025, 5, 4), hours=3, approved_at=APPROVED
    )

    page = volunteer_client(volunteer).get(HOURS_URL).content.decode()

    assert "First shift" in page and "May 2, 2025" in page
    assert "50 hours" in page and "May 4, 2025" in page
    assert "100 hours: not yet" in page


def test_today_follows_the_networks_time_zone(network_a):
    network_a.time_zone = "Pacific/Kiritimati"  # UTC+14: often already tomorrow there
    network_a.save()

    assert network_today(network_a) == timezone.localdate(timezone=zoneinfo.ZoneInfo("Pacific/Kiritimati"))


def test_an_empty_submission_shows_what_is_missing(driver):
    volunteer, _opportunity = driver

    page = volunteer_client(volunteer).post(HOURS_URL, {}).content.decode()

    assert 'class="errorlist' in page and "This field is required." in page
    assert not HoursEntry.objects.exists()
