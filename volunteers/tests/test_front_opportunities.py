"""The public list of a network's volunteer opportunities and one opportunity's page with its coming shifts."""

import datetime

import pytest
from django.utils import timezone

from portal.tests.factories import UserFactory
from portal.translated_fields import translated_values
from tests.query_counts import assert_queries_do_not_grow
from volunteers.models import CheckLevel, Opportunity
from volunteers.tests.factories import (
    OpportunityFactory,
    ShiftFactory,
    ShiftSignupFactory,
    TrainingModuleFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def translated(**fields) -> dict:
    """Constructor keywords for English and Spanish values of each field: {"title": ("Driver", "Conductor")}."""
    kwargs = {}
    for name, (english, spanish) in fields.items():
        kwargs.update(translated_values(name, {"en": english, "es": spanish}, "en"))
    return kwargs


def with_modules_saved(**kwargs) -> Opportunity:
    """OpportunityFactory keeps `required_modules` in memory only (a ParentalManyToManyField): save writes them."""
    opportunity = OpportunityFactory(**kwargs)
    opportunity.save()
    return opportunity


@pytest.fixture
def drivers(network_a):
    first_aid = TrainingModuleFactory(
        network=network_a, **translated_values("name", {"en": "First aid", "es": "Primeros auxilios"}, "en")
    )
    return with_modules_saved(
        network=network_a,
        organization__name="Harbor Rides",
        languages_wanted=["vi"],
        required_modules=[first_aid],
        required_check_level=CheckLevel.STANDARD,
        **translated(
            title=("Appointment driver", "Conductor para citas"),
            role=("Driver", "Conductor"),
            description=("Drive neighbours to appointments.", "Lleva a vecinos a sus citas."),
            place=("Eastside", "Zona este"),
            schedule=("Tuesday mornings", "Martes por la mañana"),
        ),
    )


def test_anyone_sees_the_listed_opportunities_in_spanish(client_for, network_a, drivers):
    page = html(client_for(network_a).get("/es/volunteer/"))

    for text in ("Conductor para citas", "Lleva a vecinos a sus citas.", "Zona este", "Martes por la mañana"):
        assert text in page
    assert "Harbor Rides" in page
    assert "Primeros auxilios" in page
    assert f'href="/es/volunteer/{drivers.pk}/"' in page
    assert "Appointment driver" not in page


def test_the_list_names_languages_wanted_and_the_check_level(client_for, network_a, drivers):
    page = html(client_for(network_a).get("/en/volunteer/"))

    assert "Vietnamese" in page
    assert "Background check: Standard" in page
    assert "First aid" in page


def test_drafts_closed_roles_and_other_networks_are_not_listed(client_for, network_a, network_b, drivers):
    OpportunityFactory(network=network_a, title="Draft role", live=False)
    OpportunityFactory(network=network_a, title="Closed role", status=Opportunity.Status.CLOSED)
    OpportunityFactory(network=network_b, title="Role in beta")

    page = html(client_for(network_a).get("/en/volunteer/"))

    assert "Appointment driver" in page
    for hidden in ("Draft role", "Closed role", "Role in beta"):
        assert hidden not in page


def test_roles_wanting_a_language_the_volunteer_speaks_are_suggested_first(client_for, network_a, drivers):
    OpportunityFactory(network=network_a, title="A circle co-host", languages_wanted=["en"])
    user = UserFactory()
    VolunteerFactory(network=network_a, user=user, languages_spoken=["vi", "es"], preferred_language="es")
    client = client_for(network_a)
    client.force_login(user)

    page = html(client.get("/en/volunteer/"))

    suggested = page.index("Suggested for you")
    assert suggested < page.index("Appointment driver") < page.index("Other opportunities") < page.index("co-host")


def test_without_a_shared_language_nothing_is_suggested(client_for, network_a, drivers):
    page = html(client_for(network_a).get("/en/volunteer/"))

    assert "Suggested for you" not in page


def test_the_list_keeps_its_query_count_as_opportunities_grow(client_for, network_a):
    module = TrainingModuleFactory(network=network_a)
    user = UserFactory()
    VolunteerFactory(network=network_a, user=user, languages_spoken=["es"])
    anonymous, signed_in = client_for(network_a), client_for(network_a)
    signed_in.force_login(user)

    def add(count):
        for n in range(count):
            with_modules_saved(
                network=network_a, languages_wanted=["es", "vi"] if n % 2 else [], required_modules=[module]
            )

    assert_queries_do_not_grow(lambda: html(anonymous.get("/en/volunteer/")), add)
    assert_queries_do_not_grow(lambda: html(signed_in.get("/en/volunteer/")), add)


def test_the_page_of_an_opportunity_lists_its_coming_shifts_in_the_networks_time(client_for, network_a, drivers):
    # 14:00 UTC is 10 a.m. in New York (the network's time zone) in June.
    coming = ShiftFactory(
        opportunity=drivers,
        starts_at=datetime.datetime(2030, 6, 1, 14, 0, tzinfo=datetime.UTC),
        ends_at=datetime.datetime(2030, 6, 1, 17, 0, tzinfo=datetime.UTC),
        capacity=3,
    )
    ShiftSignupFactory(shift=coming, volunteer=VolunteerFactory(network=network_a))
    ShiftFactory(
        opportunity=drivers,
        starts_at=datetime.datetime(2030, 6, 2, 14, 0, tzinfo=datetime.UTC),
        cancelled_at=timezone.now(),
    )
    ShiftFactory(opportunity=drivers, starts_at=timezone.now() - datetime.timedelta(days=2))

    page = html(client_for(network_a).get(f"/en/volunteer/{drivers.pk}/"))

    assert "Appointment driver" in page and "Harbor Rides" in page
    assert "June 1, 2030" in page
    assert "10 a.m." in page and "1 p.m." in page
    assert "Places left: 2" in page
    assert "June 2, 2030" not in page
    assert page.count('class="shift"') == 1


def test_the_page_of_an_opportunity_in_spanish(client_for, network_a, drivers):
    page = html(client_for(network_a).get(f"/es/volunteer/{drivers.pk}/"))

    assert "Conductor para citas" in page and "Lleva a vecinos a sus citas." in page


def test_another_networks_or_an_unpublished_opportunity_is_not_found(client_for, network_a, network_b, drivers):
    draft = OpportunityFactory(network=network_a, live=False)

    assert client_for(network_b).get(f"/en/volunteer/{drivers.pk}/").status_code == 404
    assert client_for(network_a).get(f"/en/volunteer/{draft.pk}/").status_code == 404
    assert client_for(network_a).get(f"/en/volunteer/{10**12}/").status_code == 404


def test_the_page_of_an_opportunity_keeps_its_query_count_as_shifts_grow(client_for, network_a, drivers):
    client = client_for(network_a)

    def add(count):
        for n in range(count):
            shift = ShiftFactory(opportunity=drivers, starts_at=timezone.now() + datetime.timedelta(days=n + 1))
            ShiftSignupFactory(shift=shift, volunteer=VolunteerFactory(network=network_a))

    assert_queries_do_not_grow(lambda: html(client.get(f"/en/volunteer/{drivers.pk}/")), add)
