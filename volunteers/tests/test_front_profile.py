"""Joining a network's volunteers: one profile per person and network, made together with the code's acknowledgement."""

import datetime

import pytest

from portal.tests.factories import UserFactory
from portal.translated_fields import translated_values
from volunteers.models import Acknowledgement, VolunteerProfile
from volunteers.tests.factories import AcknowledgementFactory, CodeOfConductFactory, VolunteerFactory

pytestmark = pytest.mark.django_db


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def code_of_conduct(network, version=1, **values):
    texts = values or {"en": "Keep what you hear confidential.", "es": "Guarda en confianza lo que escuches."}
    return CodeOfConductFactory(
        network=network,
        version=version,
        **translated_values("title", {"en": "Code of conduct", "es": "Código de conducta"}, "en"),
        **translated_values("text", texts, "en"),
    )


def profile_data(**overrides) -> dict:
    data = {
        "display_name": "Rosa Martínez",
        "phone": "+1 555 010 2000",
        "preferred_language": "es",
        "languages_spoken": ["es", "en"],
        "availability": "Tardes entre semana",
        "areas": "Eastside",
        "skills": "Conducir",
        "emergency_contact_name": "Ana Martínez",
        "emergency_contact_phone": "555-0199",
        "agree": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def person(client_for, network_a):
    user = UserFactory()
    client = client_for(network_a)
    client.force_login(user)
    return user, client


def test_signing_up_needs_an_account(client_for, network_a):
    response = client_for(network_a).get("/es/volunteer/join/")

    assert response.status_code == 302
    assert response["Location"].startswith("/es/accounts/login/?next=")


def test_the_form_is_in_spanish_and_shows_the_code_of_conduct_in_full(person, network_a):
    code_of_conduct(network_a)
    user, client = person

    page = html(client.get("/es/volunteer/join/"))

    assert '<html lang="es"' in page
    assert "Guarda en confianza lo que escuches." in page
    assert "Código de conducta" in page
    assert 'name="agree"' in page and "required" in page


def test_joining_creates_the_profile_and_the_acknowledgement_together(person, network_a):
    code = code_of_conduct(network_a)
    user, client = person

    response = client.post("/es/volunteer/join/", profile_data())

    assert response.status_code == 302
    profile = VolunteerProfile.objects.get(user=user, network=network_a)
    assert profile.display_name == "Rosa Martínez"
    assert profile.languages_spoken == ["en", "es"]
    assert profile.emergency_contact_phone == "555-0199"
    assert list(profile.acknowledgements.values_list("code_of_conduct", flat=True)) == [code.pk]


def test_without_agreeing_to_the_code_nothing_is_saved(person, network_a):
    code_of_conduct(network_a)
    user, client = person

    page = html(client.post("/en/volunteer/join/", profile_data(agree=None)))

    assert "Please confirm you have read and agree to the code of conduct." in page
    assert not VolunteerProfile.objects.filter(user=user).exists()
    assert not Acknowledgement.objects.exists()


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        ("emergency_contact_name", "This field is required."),
        ("emergency_contact_phone", "This field is required."),
        ("display_name", "This field is required."),
    ],
)
def test_an_emergency_contact_and_a_name_are_required(person, network_a, missing, message):
    code_of_conduct(network_a)
    user, client = person

    page = html(client.post("/en/volunteer/join/", profile_data(**{missing: ""})))

    assert message in page
    assert not VolunteerProfile.objects.filter(user=user).exists()


def test_a_phone_number_must_look_like_one(person, network_a):
    user, client = person

    page = html(client.post("/en/volunteer/join/", profile_data(emergency_contact_phone="call my mum")))

    assert "Enter a phone number: digits, spaces, and + - ( ) only." in page
    assert not VolunteerProfile.objects.filter(user=user).exists()


def test_the_preferred_language_is_one_of_the_networks(person, client_for, network_b):
    user, _client = person
    client = client_for(network_b)
    client.force_login(user)

    page = html(client.post("/en/volunteer/join/", profile_data(preferred_language="zh-hans")))

    assert "Select a valid choice." in page
    assert not VolunteerProfile.objects.filter(user=user).exists()


def test_editing_keeps_the_acknowledgement_and_the_one_profile(person, network_a):
    code = code_of_conduct(network_a)
    user, client = person
    volunteer = VolunteerFactory(network=network_a, user=user, display_name="Rosa")
    AcknowledgementFactory(volunteer=volunteer, code_of_conduct=code)

    page = html(client.get("/en/volunteer/join/"))
    assert 'value="Rosa"' in page
    assert 'name="agree"' not in page

    response = client.post("/en/volunteer/join/", profile_data(agree=None, phone="555-0123"))

    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert volunteer.phone == "555-0123"
    assert VolunteerProfile.objects.filter(user=user).count() == 1
    assert list(volunteer.acknowledgements.values_list("code_of_conduct", flat=True)) == [code.pk]


def test_the_same_account_has_a_separate_profile_in_another_network(person, client_for, network_a, network_b):
    user, client = person
    VolunteerFactory(network=network_a, user=user, display_name="Rosa in A")
    code_b = code_of_conduct(network_b)
    client_b = client_for(network_b)
    client_b.force_login(user)

    page = html(client_b.get("/es/volunteer/join/"))
    assert "Rosa in A" not in page

    client_b.post("/es/volunteer/join/", profile_data(display_name="Rosa in B"))

    profiles = dict(VolunteerProfile.objects.filter(user=user).values_list("network__slug", "display_name"))
    assert profiles == {"alpha": "Rosa in A", "beta": "Rosa in B"}
    assert Acknowledgement.objects.get().code_of_conduct == code_b


def test_after_joining_the_volunteer_goes_where_they_were_going(person, network_a):
    user, client = person

    response = client.post("/en/volunteer/join/?next=/en/volunteer/me/readiness/", profile_data())
    assert response["Location"] == "/en/volunteer/me/readiness/"


def test_a_next_address_on_another_site_is_ignored(person, network_a):
    user, client = person

    response = client.post("/en/volunteer/join/?next=https://evil.example/", profile_data())
    assert response["Location"] == "/en/volunteer/me/applications/"


def test_a_new_version_of_the_code_asks_for_a_new_acknowledgement(person, network_a):
    old = code_of_conduct(network_a, version=1)
    user, client = person
    volunteer = VolunteerFactory(network=network_a, user=user)
    AcknowledgementFactory(volunteer=volunteer, code_of_conduct=old)
    new = code_of_conduct(network_a, version=2, en="Version two: report every concern.", es="Versión dos.")

    page = html(client.get("/en/volunteer/code-of-conduct/"))
    assert "Version two: report every concern." in page
    assert 'name="agree"' in page

    refused = html(client.post("/en/volunteer/code-of-conduct/", {}))
    assert "Please confirm you have read and agree to the code of conduct." in refused
    assert not volunteer.acknowledgements.filter(code_of_conduct=new).exists()

    client.post("/en/volunteer/code-of-conduct/", {"agree": "on"})
    client.post("/en/volunteer/code-of-conduct/", {"agree": "on"})

    assert volunteer.acknowledgements.filter(code_of_conduct=new).count() == 1
    page = html(client.get("/en/volunteer/code-of-conduct/"))
    assert 'name="agree"' not in page
    assert "You acknowledged this version on" in page


def test_the_code_of_conduct_is_public_and_in_the_readers_language(client_for, network_a):
    code_of_conduct(network_a)

    page = html(client_for(network_a).get("/es/volunteer/code-of-conduct/"))

    assert "Guarda en confianza lo que escuches." in page
    assert 'name="agree"' not in page


def test_a_code_of_conduct_in_force_only_from_tomorrow_is_not_shown_yet(client_for, network_a):
    CodeOfConductFactory(network=network_a, text="Future text", in_force_from=datetime.date(2999, 1, 1))

    page = html(client_for(network_a).get("/en/volunteer/code-of-conduct/"))

    assert "Future text" not in page
    assert "This network has not published a code of conduct yet." in page
