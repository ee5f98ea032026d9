"""Open now, on the network's own clocks: weekly hours, periods past midnight, closures and special hours."""

import zoneinfo
from datetime import date, datetime, time

import pytest

from directory.models import Service
from directory.opening_hours import is_open_at, next_opening
from directory.search import SearchFilters, search_services
from directory.tests.factories import OpeningHoursFactory, ScheduleExceptionFactory, ServiceFactory

pytestmark = pytest.mark.django_db

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
# 2026-11-23 is a Monday.
MONDAY = date(2026, 11, 23)


def at(day: date, hour: int, minute: int = 0, zone=NEW_YORK) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone)


def fresh(service: Service) -> Service:
    return (
        Service.objects.select_related("network")
        .prefetch_related("opening_hours", "schedule_exceptions")
        .get(pk=service.pk)
    )


def open_in_sql(service: Service, moment: datetime) -> bool:
    results = search_services(service.network, "", "en", SearchFilters(open_now=True, moment=moment))
    return service.pk in [found.pk for found in results.services]


@pytest.fixture
def network(network_a):
    network_a.time_zone = "America/New_York"
    network_a.save()
    return network_a


@pytest.fixture
def office(network):
    service = ServiceFactory(network=network, name="Office hours")
    for weekday in range(5):
        OpeningHoursFactory(service=service, weekday=weekday, opens_at=time(9), closes_at=time(17))
    return service


@pytest.fixture
def night_line(network):
    service = ServiceFactory(network=network, name="Friday night line")
    OpeningHoursFactory(service=service, weekday=4, opens_at=time(22), closes_at=time(2))
    return service


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(MONDAY, 9), True),
        (at(MONDAY, 16, 59), True),
        (at(MONDAY, 17), False),
        (at(MONDAY, 8, 59), False),
        (at(date(2026, 11, 28), 12), False),  # Saturday
    ],
)
def test_weekly_hours_in_python_and_sql(office, moment, expected):
    assert is_open_at(fresh(office), moment) is expected
    assert open_in_sql(office, moment) is expected


def test_open_now_follows_the_networks_time_zone(office):
    # 14:30 in UTC is 09:30 in New York (open) but 06:30 in Los Angeles (closed).
    moment = datetime(2026, 11, 23, 14, 30, tzinfo=zoneinfo.ZoneInfo("UTC"))
    assert is_open_at(fresh(office), moment) and open_in_sql(office, moment)
    office.network.time_zone = "America/Los_Angeles"
    office.network.save()
    assert not is_open_at(fresh(office), moment)
    assert not open_in_sql(office, moment)
    assert next_opening(fresh(office), moment) == datetime(
        2026, 11, 23, 9, tzinfo=zoneinfo.ZoneInfo("America/Los_Angeles")
    )


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (at(date(2026, 11, 27), 21, 59), False),
        (at(date(2026, 11, 27), 23), True),
        (at(date(2026, 11, 28), 1, 30), True),
        (at(date(2026, 11, 28), 2), False),
        (at(date(2026, 11, 23), 1), False),
    ],
)
def test_periods_past_midnight(night_line, moment, expected):
    assert is_open_at(fresh(night_line), moment) is expected
    assert open_in_sql(night_line, moment) is expected


def test_closure_on_a_date_closes_the_service_all_day(office):
    ScheduleExceptionFactory(service=office, date=MONDAY, closed=True, note="Holiday")
    assert not is_open_at(fresh(office), at(MONDAY, 10))
    assert not open_in_sql(office, at(MONDAY, 10))
    assert next_opening(fresh(office), at(MONDAY, 10)) == at(date(2026, 11, 24), 9)
    assert is_open_at(fresh(office), at(date(2026, 11, 24), 10))


def test_closure_also_ends_a_period_from_the_night_before(night_line):
    ScheduleExceptionFactory(service=night_line, date=date(2026, 11, 28), closed=True)
    assert not is_open_at(fresh(night_line), at(date(2026, 11, 28), 1))
    assert not open_in_sql(night_line, at(date(2026, 11, 28), 1))


def test_special_hours_replace_the_days_hours(office):
    ScheduleExceptionFactory(service=office, date=MONDAY, closed=False, opens_at=time(12), closes_at=time(14))
    assert not is_open_at(fresh(office), at(MONDAY, 10))
    assert not open_in_sql(office, at(MONDAY, 10))
    assert is_open_at(fresh(office), at(MONDAY, 13))
    assert open_in_sql(office, at(MONDAY, 13))
    assert next_opening(fresh(office), at(MONDAY, 10)) == at(MONDAY, 12)


def test_next_opening_after_closing_time(office):
    friday_evening = at(date(2026, 11, 27), 18)
    assert next_opening(fresh(office), friday_evening) == at(date(2026, 11, 30), 9)


def test_open_now_facet_counts_the_open_services(office, night_line):
    results = search_services(office.network, "", "en", SearchFilters(moment=at(MONDAY, 10)))
    assert results.facets.flags["open_now"] == 1
