"""A volunteer's own applications (and withdrawing one) and their readiness for each role applied to."""

import datetime

import pytest
from django.utils import timezone

from portal.tests.factories import UserFactory
from portal.translated_fields import translated_values
from tests.query_counts import assert_queries_do_not_grow
from volunteers.models import Application, CheckLevel, ShiftSignup
from volunteers.tests.factories import (
    AcknowledgementFactory,
    ApplicationFactory,
    BackgroundCheckFactory,
    CodeOfConductFactory,
    OpportunityFactory,
    ShiftFactory,
    ShiftSignupFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def role(network, title="Circle co-host", spanish="Coanfitrión de círculo", **kwargs):
    opportunity = OpportunityFactory(
        network=network, **translated_values("title", {"en": title, "es": spanish}, "en"), **kwargs
    )
    opportunity.save()  # writes required_modules, which the factory keeps in memory only
    return opportunity


@pytest.fixture
def volunteer(network_a):
    volunteer = VolunteerFactory(network=network_a, user=UserFactory(), display_name="Rosa")
    AcknowledgementFactory(volunteer=volunteer, code_of_conduct=CodeOfConductFactory(network=network_a, version=1))
    return volunteer


@pytest.fixture
def client(client_for, network_a, volunteer):
    client = client_for(network_a)
    client.force_login(volunteer.user)
    return client


def test_my_applications_need_an_account_and_a_profile(client_for, network_a):
    assert client_for(network_a).get("/en/volunteer/me/applications/")["Location"].startswith("/en/accounts/login/")
    person = client_for(network_a)
    person.force_login(UserFactory())
    assert person.get("/en/volunteer/me/readiness/")["Location"].startswith("/en/volunteer/join/?next=")


def test_every_application_with_its_status_note_and_conditional_offer(client, network_a, volunteer):
    ApplicationFactory(
        volunteer=volunteer,
        opportunity=role(network_a),
        status=Application.Status.ACCEPTED,
        conditional=True,
        note="Welcome! Training starts on Monday.",
    )
    ApplicationFactory(
        volunteer=volunteer, opportunity=role(network_a, "Night driver", "Conductor nocturno"), status="declined"
    )

    page = html(client.get("/en/volunteer/me/applications/"))

    assert "Circle co-host" in page and "Night driver" in page
    assert "Accepted" in page and "Declined" in page
    assert "Welcome! Training starts on Monday." in page
    assert "Conditional offer" in page
    assert timezone.localdate().strftime("%Y") in page
    assert "Conductor nocturno" in html(client.get("/es/volunteer/me/applications/"))


def test_a_volunteer_never_sees_another_volunteers_applications(client, network_a, network_b, volunteer):
    other = VolunteerFactory(network=network_a)
    ApplicationFactory(volunteer=other, opportunity=role(network_a, "Cook"), note="About someone else")
    # The same person's profile in network B is another record: not listed on network A's pages either.
    ApplicationFactory(volunteer=VolunteerFactory(network=network_b, user=volunteer.user), opportunity=role(network_b))

    for address in ("/en/volunteer/me/applications/", "/en/volunteer/me/readiness/"):
        page = html(client.get(address))
        assert "Cook" not in page and "About someone else" not in page and "Circle co-host" not in page


def test_a_volunteer_withdraws_an_application(client, network_a, volunteer):
    application = ApplicationFactory(volunteer=volunteer, opportunity=role(network_a), status="interview")

    response = client.post("/en/volunteer/me/applications/", {"withdraw": application.pk})

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.WITHDRAWN
    page = html(client.get("/en/volunteer/me/applications/"))
    assert "Withdrawn" in page and "Your application is withdrawn." in page


def test_withdrawing_an_accepted_application_gives_up_the_places_on_its_coming_shifts(client, network_a, volunteer):
    opportunity = role(network_a)
    application = ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status="accepted")
    coming = ShiftSignupFactory(volunteer=volunteer, shift=ShiftFactory(opportunity=opportunity))
    past = ShiftSignupFactory(
        volunteer=volunteer,
        shift=ShiftFactory(opportunity=opportunity, starts_at=timezone.now() - datetime.timedelta(days=2)),
    )

    client.post("/en/volunteer/me/applications/", {"withdraw": application.pk})

    coming.refresh_from_db()
    past.refresh_from_db()
    assert coming.status == ShiftSignup.Status.WITHDRAWN
    assert past.status == ShiftSignup.Status.CONFIRMED


def test_nobody_withdraws_another_volunteers_application(client, network_a):
    others = ApplicationFactory(volunteer=VolunteerFactory(network=network_a), opportunity=role(network_a))

    for value in (others.pk, "x", "", 10**30):
        assert client.post("/en/volunteer/me/applications/", {"withdraw": value}).status_code == 404
    others.refresh_from_db()
    assert others.status == Application.Status.PENDING


def test_a_declined_application_cannot_be_withdrawn(client, network_a, volunteer):
    application = ApplicationFactory(volunteer=volunteer, opportunity=role(network_a), status="declined")

    page = html(client.post("/en/volunteer/me/applications/", {"withdraw": application.pk}, follow=True))

    assert "This application can no longer be withdrawn." in page
    application.refresh_from_db()
    assert application.status == Application.Status.DECLINED


@pytest.fixture
def driver_role(network_a):
    first_aid = TrainingModuleFactory(network=network_a, name="Mental health first aid", valid_for_months=36)
    boundaries = TrainingModuleFactory(network=network_a, name="Boundaries", valid_for_months=None)
    opportunity = role(
        network_a,
        "Appointment driver",
        required_modules=[first_aid, boundaries],
        required_check_level=CheckLevel.STANDARD,
    )
    return opportunity, first_aid, boundaries


def test_readiness_shows_what_is_done_and_what_is_missing_with_expiry_dates(client, volunteer, driver_role):
    opportunity, first_aid, boundaries = driver_role
    ApplicationFactory(volunteer=volunteer, opportunity=opportunity)
    TrainingRecordFactory(volunteer=volunteer, module=first_aid, completed_on=datetime.date(2025, 3, 1))
    TrainingRecordFactory(volunteer=volunteer, module=boundaries, verified_at=None)

    page = html(client.get("/en/volunteer/me/readiness/"))

    assert "Appointment driver" in page
    assert "Mental health first aid: Done" in page and "valid until March 1, 2028" in page
    assert "Boundaries: Logged, waiting for a coordinator to verify it" in page
    assert "Background check: Standard: Not started: a coordinator will arrange it" in page
    assert "Requirements still missing: 2." in page
    assert "Ready to be placed." not in page


def test_a_volunteer_who_meets_everything_is_ready_to_be_placed(client, volunteer, driver_role):
    opportunity, first_aid, boundaries = driver_role
    ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status="accepted")
    TrainingRecordFactory(volunteer=volunteer, module=first_aid)
    TrainingRecordFactory(volunteer=volunteer, module=boundaries)
    BackgroundCheckFactory(volunteer=volunteer, level=CheckLevel.ENHANCED, expires_on=datetime.date(2030, 1, 31))

    page = html(client.get("/en/volunteer/me/readiness/"))

    assert "Ready to be placed." in page
    assert "valid until Jan. 31, 2030" in page


def test_a_new_code_of_conduct_shows_as_missing_until_acknowledged(client, network_a, volunteer):
    ApplicationFactory(volunteer=volunteer, opportunity=role(network_a))
    CodeOfConductFactory(network=network_a, version=2)

    page = html(client.get("/en/volunteer/me/readiness/"))
    assert "Code of conduct and confidentiality agreement (version 2): Read and acknowledge it" in page
    assert 'href="/en/volunteer/code-of-conduct/"' in page

    client.post("/en/volunteer/code-of-conduct/", {"agree": "on"})
    assert "Ready to be placed." in html(client.get("/en/volunteer/me/readiness/"))


def test_declined_and_withdrawn_applications_have_no_readiness(client, network_a, volunteer):
    ApplicationFactory(volunteer=volunteer, opportunity=role(network_a, "Cook"), status="declined")
    ApplicationFactory(volunteer=volunteer, opportunity=role(network_a, "Greeter"), status="withdrawn")

    page = html(client.get("/en/volunteer/me/readiness/"))

    assert "Cook" not in page and "Greeter" not in page
    assert "You have no applications under way." in page


def test_both_pages_keep_their_query_count_as_applications_grow(client, network_a, volunteer):
    modules = [TrainingModuleFactory(network=network_a) for _ in range(2)]
    TrainingRecordFactory(volunteer=volunteer, module=modules[0])

    def add(count):
        for n in range(count):
            ApplicationFactory(
                volunteer=volunteer,
                opportunity=role(network_a, f"Role {n}", required_modules=modules, required_check_level=1),
                note="A note",
                conditional=bool(n % 2),
            )

    assert_queries_do_not_grow(lambda: html(client.get("/en/volunteer/me/applications/")), add)
    assert_queries_do_not_grow(lambda: html(client.get("/en/volunteer/me/readiness/")), add)
