"""The coordinator's dashboard: counts and lists match the records, in the network's days; CSV exports are safe."""

import csv
import datetime
import io

import pytest
from dateutil.relativedelta import relativedelta
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from portal.tests.factories import make_staff
from tests.admin_clients import mfa_client
from tests.query_counts import assert_queries_do_not_grow
from volunteers.dashboard import coordinator_dashboard
from volunteers.models import Application, BackgroundCheck, VolunteerProfile, VolunteerSettings
from volunteers.tests.factories import (
    AcknowledgementFactory,
    ApplicationFactory,
    BackgroundCheckFactory,
    CodeOfConductFactory,
    HoursEntryFactory,
    OpportunityFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)
from volunteers.totals import network_today

pytestmark = pytest.mark.django_db
Status = Application.Status


def opportunity_requiring(network, modules, **kwargs):
    """OpportunityFactory sets `required_modules` on the cluster only: saving writes them to the database."""
    opportunity = OpportunityFactory(network=network, required_modules=modules, **kwargs)
    opportunity.save()
    return opportunity


def a_while_ago(volunteer, days):
    VolunteerProfile.objects.filter(pk=volunteer.pk).update(created_at=timezone.now() - datetime.timedelta(days=days))


@pytest.fixture
def world(two_networks):
    """Network A: Rita ready, Wen waiting for verification, Dee declined, Eve's training about to expire."""
    network_a, network_b = two_networks
    today = network_today(network_a)
    supervisor = make_staff(network_a, "coordinator")
    code = CodeOfConductFactory(network=network_a)
    first_aid = TrainingModuleFactory(network=network_a, name="Mental health first aid", valid_for_months=36)
    driving = opportunity_requiring(network_a, [first_aid], title="Driver", required_check_level=1)

    rita = VolunteerFactory(network=network_a, display_name="Ready Rita", supervisor=supervisor)
    AcknowledgementFactory(volunteer=rita, code_of_conduct=code)
    TrainingRecordFactory(volunteer=rita, module=first_aid)
    BackgroundCheckFactory(
        volunteer=rita,
        expires_on=today + datetime.timedelta(days=30),
        provider_reference="REF-SECRET-1",
        decision="proceed",
        decision_note="Private reasons",
    )
    ApplicationFactory(volunteer=rita, opportunity=driving, status=Status.ACCEPTED)
    HoursEntryFactory(volunteer=rita, opportunity=driving, worked_on=today, hours=3, approved_at=timezone.now())
    HoursEntryFactory(volunteer=rita, opportunity=driving, worked_on=today, hours=2)  # not approved yet
    HoursEntryFactory(
        volunteer=rita,
        opportunity=driving,
        worked_on=today.replace(day=1) - datetime.timedelta(days=1),
        hours=5,
        approved_at=timezone.now(),
    )  # last month

    wen = VolunteerFactory(network=network_a, display_name="Waiting Wen")
    AcknowledgementFactory(volunteer=wen, code_of_conduct=code)
    TrainingRecordFactory(volunteer=wen, module=first_aid, verified_at=None)
    BackgroundCheckFactory(volunteer=wen)
    ApplicationFactory(volunteer=wen, opportunity=driving, status=Status.PENDING)

    dee = VolunteerFactory(network=network_a, display_name="Declined Dee", supervisor=supervisor)
    ApplicationFactory(volunteer=dee, opportunity=driving, status=Status.DECLINED)
    HoursEntryFactory(volunteer=dee, opportunity=driving, worked_on=today - datetime.timedelta(days=10), hours=1)

    eve = VolunteerFactory(network=network_a, display_name="Expiring Eve", supervisor=supervisor)
    TrainingRecordFactory(
        volunteer=eve, module=first_aid, completed_on=today + datetime.timedelta(days=10) - relativedelta(months=36)
    )
    a_while_ago(eve, 200)
    # A renewed training: the old record's expiry is no longer news.
    renewed = VolunteerFactory(network=network_a, display_name="Renewed Ray", supervisor=supervisor)
    TrainingRecordFactory(
        volunteer=renewed, module=first_aid, completed_on=today + datetime.timedelta(days=5) - relativedelta(months=36)
    )
    TrainingRecordFactory(volunteer=renewed, module=first_aid, completed_on=today - datetime.timedelta(days=2))
    HoursEntryFactory(volunteer=renewed, opportunity=driving, worked_on=today - datetime.timedelta(days=59), hours=1)
    a_while_ago(renewed, 200)

    # Network B: never counted on A's dashboard.
    other = VolunteerFactory(network=network_b, display_name="Beta Bo")
    ApplicationFactory(volunteer=other, opportunity=OpportunityFactory(network=network_b), status=Status.PENDING)
    BackgroundCheckFactory(volunteer=other, expires_on=network_today(network_b) + datetime.timedelta(days=3))
    return {"network": network_a, "today": today, "supervisor": supervisor}


def names(volunteers):
    return sorted(volunteer.display_name for volunteer in volunteers)


def test_dashboard_numbers_match_the_records(world):
    dashboard = coordinator_dashboard(world["network"])

    assert {row.status: row.count for row in dashboard.applications_by_status} == {
        "pending": 1,
        "interview": 0,
        "accepted": 1,
        "declined": 1,
        "withdrawn": 0,
    }
    assert [(row.volunteer.display_name, row.opportunities) for row in dashboard.ready] == [("Ready Rita", ["Driver"])]
    assert [(row.volunteer.display_name, row.missing) for row in dashboard.not_ready] == [
        ("Waiting Wen", ["Mental health first aid: Logged, waiting for a coordinator to verify it"])
    ]
    assert [(row.volunteer_name, row.kind, row.expires_on) for row in dashboard.expiring] == [
        ("Expiring Eve", "training", world["today"] + datetime.timedelta(days=10)),
        ("Ready Rita", "check", world["today"] + datetime.timedelta(days=30)),
    ]
    assert dashboard.hours_this_month == 3
    assert names(dashboard.without_supervisor) == ["Waiting Wen"]
    # Eve did nothing for 200 days; Dee logged hours 10 days ago; Ray 59 days ago; Wen and Rita signed up lately.
    assert names(dashboard.inactive) == ["Expiring Eve"]


def test_the_inactivity_period_is_the_networks_setting(world):
    VolunteerSettings.objects.filter(network=world["network"]).delete()
    VolunteerSettings.objects.create(network=world["network"], inactive_after_days=30)
    assert names(coordinator_dashboard(world["network"]).inactive) == ["Expiring Eve", "Renewed Ray"]


def test_the_dashboard_page_shows_the_counts_and_lists(world):
    client = mfa_client(world["supervisor"], world["network"])
    page = client.get(reverse("volunteers_coordinator_dashboard")).text

    for text in ("Ready Rita", "Waiting Wen", "Expiring Eve", "Mental health first aid", "Beta"):
        assert (text in page) == (text != "Beta"), text
    assert "Logged, waiting for a coordinator to verify it" in page
    assert "REF-SECRET-1" not in page and "Private reasons" not in page
    assert reverse("volunteers_coordinator_export", args=["expiring"]) in page


def test_milestones_of_the_last_90_days_are_listed_for_the_coordinator(world):
    rita = VolunteerProfile.objects.get(display_name="Ready Rita")
    driving = rita.applications.get().opportunity
    HoursEntryFactory(
        volunteer=rita, opportunity=driving, worked_on=world["today"], hours=20, approved_at=timezone.now()
    )
    HoursEntryFactory(
        volunteer=rita, opportunity=driving, worked_on=world["today"], hours=24, approved_at=timezone.now()
    )
    first_day = world["today"].replace(day=1) - datetime.timedelta(days=1)

    reached = [
        (r.volunteer.display_name, r.milestone.kind, r.milestone.reached_on)
        for r in coordinator_dashboard(world["network"]).milestones
    ]
    page = mfa_client(world["supervisor"], world["network"]).get(reverse("volunteers_coordinator_dashboard")).text

    assert reached == [("Ready Rita", "first_shift", first_day), ("Ready Rita", "hours_50", world["today"])]
    assert "Ready Rita: First shift" in page and "Ready Rita: 50 hours" in page


def test_the_dashboard_is_the_coordinators_only(two_networks, world):
    network_a, network_b = two_networks
    url = reverse("volunteers_coordinator_dashboard")
    for user, host in (
        (make_staff(network_a, "moderator"), network_a),
        (make_staff(network_a, "planner"), network_a),
        (make_staff(network_b, "coordinator"), network_a),
        (VolunteerProfile.objects.get(display_name="Waiting Wen").user, network_a),
    ):
        response = mfa_client(user, host).get(url)
        assert response.status_code in (302, 403, 404)
        assert "Ready Rita" not in response.text
    beta_page = mfa_client(make_staff(network_b, "coordinator"), network_b).get(url).text
    assert "Beta Bo" in beta_page and "Ready Rita" not in beta_page


def read_csv(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_expiring_csv_lists_training_and_checks_and_logs_every_check_exported(world):
    coordinator = world["supervisor"]
    client = mfa_client(coordinator, world["network"])
    rita_check = BackgroundCheck.objects.get(volunteer__display_name="Ready Rita")

    rows = read_csv(client.get(reverse("volunteers_coordinator_export", args=["expiring"])))

    assert rows[0] == ["Volunteer", "Record", "What", "Expires on"]
    assert rows[1:] == [
        ["Expiring Eve", "Training", "Mental health first aid", str(world["today"] + datetime.timedelta(days=10))],
        ["Ready Rita", "Background check", "Basic", str(world["today"] + datetime.timedelta(days=30))],
    ]
    text = str(rows)
    assert "REF-SECRET-1" not in text and "Private reasons" not in text and "Sterling" not in text
    entry = ModelLogEntry.objects.get(action="volunteers.export_check")
    assert (entry.object_id, entry.user) == (str(rita_check.pk), coordinator)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ready", [["Ready Rita", "Driver"]]),
        ("not-ready", [["Waiting Wen", "Mental health first aid: Logged, waiting for a coordinator to verify it"]]),
        ("without-supervisor", [["Waiting Wen"]]),
        ("inactive", [["Expiring Eve"]]),
    ],
)
def test_each_list_exports_as_csv(world, name, expected):
    client = mfa_client(world["supervisor"], world["network"])
    rows = read_csv(client.get(reverse("volunteers_coordinator_export", args=[name])))
    assert [row[: len(expected[0])] for row in rows[1:]] == expected
    assert not ModelLogEntry.objects.filter(action="volunteers.export_check").exists()


def test_the_dashboard_reads_a_bounded_number_of_queries(world):
    network = world["network"]
    code = CodeOfConductFactory(network=network, version=7)
    module = TrainingModuleFactory(network=network)
    opportunity = opportunity_requiring(network, [module], required_check_level=1)

    def add_rows(count):
        for _ in range(count):
            volunteer = VolunteerFactory(network=network)
            AcknowledgementFactory(volunteer=volunteer, code_of_conduct=code)
            TrainingRecordFactory(volunteer=volunteer, module=module)
            BackgroundCheckFactory(volunteer=volunteer, expires_on=world["today"] + datetime.timedelta(days=20))
            ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status=Status.ACCEPTED)

    assert_queries_do_not_grow(lambda: coordinator_dashboard(network), add_rows, few=2, many=8)


def test_wagtails_home_page_links_coordinators_to_the_dashboard(two_networks, world):
    network_a, _ = two_networks
    url = reverse("volunteers_coordinator_dashboard")
    coordinator_home = mfa_client(world["supervisor"], network_a).get(reverse("wagtailadmin_home")).text
    moderator_home = mfa_client(make_staff(network_a, "moderator"), network_a).get(reverse("wagtailadmin_home")).text
    assert "Open the volunteering dashboard" in coordinator_home and url in coordinator_home
    assert url not in moderator_home
