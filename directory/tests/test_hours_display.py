"""How opening hours read to a visitor: all-day services, today, temporary closures, closures ahead, languages."""

import zoneinfo
from datetime import date, datetime, time, timedelta

import pytest
from django.template.loader import render_to_string
from django.utils import timezone, translation

from directory.hsds.validation import parse_time
from directory.models import Service
from directory.opening_hours import is_open_at
from directory.search import SearchFilters, search_services
from directory.search.listing import build_listing
from directory.tests.factories import OpeningHoursFactory, ScheduleExceptionFactory, ServiceFactory

pytestmark = pytest.mark.django_db

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
SUNDAY = date(2026, 11, 29)


def loaded(service: Service) -> Service:
    return (
        Service.objects.select_related("network", "organization")
        .prefetch_related("opening_hours", "schedule_exceptions")
        .get(pk=service.pk)
    )


def shown(template: str, service: Service, moment: datetime, language: str = "en") -> str:
    listing = build_listing(loaded(service), moment, "/en/services/1/", 182)
    with translation.override(language):
        return " ".join(render_to_string(f"directory/components/{template}.html", {"listing": listing}).split())


@pytest.fixture
def network(network_a):
    network_a.time_zone = "America/New_York"
    network_a.save()
    return network_a


@pytest.fixture
def all_day(network):
    service = ServiceFactory(network=network, name="Crisis line")
    for weekday in range(7):
        OpeningHoursFactory(service=service, weekday=weekday, opens_at=time(0), closes_at=time(23, 59))
    return service


@pytest.fixture
def weekdays_nine_to_five(network):
    service = ServiceFactory(network=network, name="Office")
    for weekday in range(5):
        OpeningHoursFactory(service=service, weekday=weekday, opens_at=time(9), closes_at=time(17))
    OpeningHoursFactory(service=service, weekday=6, opens_at=time(13), closes_at=time(17))
    return service


def test_a_24_hour_service_reads_open_24_hours_not_midnight_to_1159(all_day, client_for, network):
    page = client_for(network).get(f"/en/services/{all_day.pk}/").content.decode()
    assert "Open 24 hours" in page
    assert "midnight" not in page and "11:59" not in page


def test_a_24_hour_service_is_open_through_the_last_minute_of_the_day(all_day):
    late = datetime.combine(SUNDAY, time(23, 59, 30), tzinfo=NEW_YORK)
    assert is_open_at(loaded(all_day), late)
    results = search_services(all_day.network, "", "en", SearchFilters(open_now=True, moment=late))
    assert all_day.pk in [found.pk for found in results.services]
    assert shown("open_status", all_day, late) == '<p class="open-status open-status--open">Open now</p>'


def test_an_hsds_closing_time_of_24_00_is_the_end_of_the_day():
    assert parse_time("24:00", "closes_at") == time(23, 59)


def test_a_service_opening_later_today_says_today(weekdays_nine_to_five):
    morning = datetime.combine(SUNDAY, time(9), tzinfo=NEW_YORK)
    text = shown("open_status", weekdays_nine_to_five, morning)
    assert "Closed now · opens today at 1 p.m." in text
    assert "Sunday" not in text


def test_a_temporarily_closed_service_says_so_and_when_it_reopens(weekdays_nine_to_five):
    Service.objects.filter(pk=weekdays_nine_to_five.pk).update(status=Service.Status.TEMPORARILY_CLOSED)
    monday_noon = datetime.combine(SUNDAY + timedelta(days=1), time(12), tzinfo=NEW_YORK)
    text = shown("open_status", weekdays_nine_to_five, monday_noon)
    assert "Temporarily closed" in text
    assert "Open now" not in text and "opens" not in text
    for offset in range(1, 4):  # closed Monday to Wednesday
        ScheduleExceptionFactory(service=weekdays_nine_to_five, date=SUNDAY + timedelta(days=offset), closed=True)
    text = shown("open_status", weekdays_nine_to_five, monday_noon)
    assert "Temporarily closed · reopens Thursday, December 3" in text


def test_spanish_weekdays_are_lower_case_in_a_sentence_and_capitalised_at_the_start_of_a_line(
    weekdays_nine_to_five,
):
    saturday = datetime.combine(SUNDAY - timedelta(days=1), time(12), tzinfo=NEW_YORK)
    status = shown("open_status", weekdays_nine_to_five, saturday, "es")
    assert "abre el domingo a las" in status
    table = shown("weekly_hours", weekdays_nine_to_five, saturday, "es")
    assert '<th scope="row">Lunes</th>' in table and '<th scope="row">Domingo</th>' in table


def test_vietnamese_says_ngay_once_before_a_date(network):
    service = ServiceFactory(network=network, last_verified_at=datetime(2026, 11, 20, 12, tzinfo=NEW_YORK))
    text = shown("verified", service, timezone.now(), "vi")
    assert "20 tháng 11 năm 2026" in text
    assert text.lower().count("ngày") == 1, text


def test_upcoming_closures_and_holiday_notes_are_shown_on_the_service_page(weekdays_nine_to_five, client_for, network):
    today = timezone.now().astimezone(NEW_YORK).date()
    ScheduleExceptionFactory(service=weekdays_nine_to_five, date=today - timedelta(days=2), note="Long gone")
    ScheduleExceptionFactory(service=weekdays_nine_to_five, date=today + timedelta(days=3), note="Staff training")
    ScheduleExceptionFactory(
        service=weekdays_nine_to_five,
        date=today + timedelta(days=5),
        closed=False,
        opens_at=time(10),
        closes_at=time(14),
        note="Holiday hours",
    )
    page = " ".join(client_for(network).get(f"/en/services/{weekdays_nine_to_five.pk}/").content.decode().split())
    assert "Closures and special hours" in page
    assert "Staff training" in page and "Holiday hours" in page and "Long gone" not in page
    assert "10 a.m.–2 p.m." in page
    assert page.index("Staff training") < page.index("Holiday hours")
