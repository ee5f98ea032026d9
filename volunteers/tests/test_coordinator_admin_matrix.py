"""Coordinators' admin screens: only the network's coordinators reach them, in both networks, for every role."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from portal.tests.factories import OrganizationFactory, make_staff
from tests.admin_clients import mfa_client
from tests.permission_matrix import DENIED, VIEWER_KINDS, check_admin_matrix, check_write_matrix, make_viewer
from volunteers.models import VolunteerSettings
from volunteers.tests.factories import (
    BackgroundCheckFactory,
    CodeOfConductFactory,
    SupervisionCheckInFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db

MODELS = (
    "trainingmodule",
    "codeofconduct",
    "volunteersettings",
    "volunteerprofile",
    "trainingrecord",
    "backgroundcheck",
    "supervisioncheckin",
)
URL_NAMES = {model: f"wagtailsnippets_volunteers_{model}" for model in MODELS}
VIEWS = ("edit", "history", "delete")
# Volunteers sign themselves up, and a network has one row of settings: nobody adds these in the admin.
NOT_ADDED_IN_ADMIN = {"volunteerprofile", "volunteersettings"}
FORMS = {
    "trainingmodule": lambda rows: {"name_en": "Written by the matrix", "valid_for_months": "12"},
    "codeofconduct": lambda rows: {
        "version": "9",
        "title_en": "Written by the matrix",
        "text_en": "Be kind.",
        "in_force_from": "2026-01-01",
    },
    "volunteersettings": lambda rows: {"weekly_hours_cap": "3", "inactive_after_days": "7"},
    "volunteerprofile": lambda rows: {"status": "left", "supervisor": ""},
    "trainingrecord": lambda rows: {
        "volunteer": rows["volunteerprofile"].pk,
        "module": rows["trainingmodule"].pk,
        "completed_on": "2026-01-05",
        "hours": "3",
    },
    "backgroundcheck": lambda rows: {
        "volunteer": rows["volunteerprofile"].pk,
        "provider": "Written by the matrix",
        "level": "1",
        "status": "requested",
        "requested_on": "2026-01-05",
        "decision": "",
        "decision_note": "",
    },
    "supervisioncheckin": lambda rows: {
        "volunteer": rows["volunteerprofile"].pk,
        "supervisor": "",
        "met_on": "2026-01-05",
        "note": "Written by the matrix",
    },
}


def coordinators_only(kind: str, same_network: bool, model: str, view: str) -> int | str:
    """A network's coordinators open its records; everybody else, in any network, never learns they exist."""
    return 200 if same_network and kind == "coordinator" else 404


def coordinators_add(kind: str, on_own_host: bool, model: str) -> int | str:
    if on_own_host and kind == "coordinator" and model not in NOT_ADDED_IN_ADMIN:
        return 200
    return DENIED


@pytest.fixture
def coordinator_rows(two_networks):
    rows = {}
    for network in two_networks:
        volunteer = VolunteerFactory(network=network)
        module = TrainingModuleFactory(network=network)
        rows[network.slug] = {
            "organization": OrganizationFactory(network=network),
            "other_organization": OrganizationFactory(network=network),
            "trainingmodule": module,
            "codeofconduct": CodeOfConductFactory(network=network),
            "volunteersettings": VolunteerSettings.for_network(network),
            "volunteerprofile": volunteer,
            "trainingrecord": TrainingRecordFactory(volunteer=volunteer, module=module),
            "backgroundcheck": BackgroundCheckFactory(volunteer=volunteer),
            "supervisioncheckin": SupervisionCheckInFactory(volunteer=volunteer),
        }
    return rows


def test_coordinator_admin_matrix(two_networks, coordinator_rows):
    checked = check_admin_matrix(two_networks, coordinator_rows, URL_NAMES, VIEWS, coordinators_only)
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(MODELS) * len(VIEWS)


def test_coordinator_admin_write_matrix(two_networks, coordinator_rows):
    """Refused adds and edits create and change nothing; only the network's coordinators write."""
    checked = check_write_matrix(two_networks, coordinator_rows, URL_NAMES, FORMS, coordinators_add, coordinators_only)
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(MODELS) * 2 + 2 * len(VIEWER_KINDS) * 2 * 2 * len(MODELS)


def test_a_coordinator_adds_a_training_module_and_edits_a_volunteer_of_their_network(two_networks, coordinator_rows):
    network_a, _ = two_networks
    rows = coordinator_rows[network_a.slug]
    client = mfa_client(make_staff(network_a, "coordinator"), network_a)

    client.post(reverse("wagtailsnippets_volunteers_trainingmodule:add"), FORMS["trainingmodule"](rows))
    client.post(
        reverse("wagtailsnippets_volunteers_volunteerprofile:edit", args=[rows["volunteerprofile"].pk]),
        FORMS["volunteerprofile"](rows),
    )

    listing = client.get(reverse("wagtailsnippets_volunteers_trainingmodule:list")).text
    assert "Written by the matrix" in listing
    assert rows["trainingmodule"].name in listing
    assert coordinator_rows["beta"]["trainingmodule"].name not in listing
    rows["volunteerprofile"].refresh_from_db()
    assert rows["volunteerprofile"].status == "left"


def test_a_volunteer_without_a_role_reaches_no_coordinator_screen(two_networks, coordinator_rows):
    network_a, _ = two_networks
    rows = coordinator_rows[network_a.slug]
    client = mfa_client(rows["volunteerprofile"].user, network_a)
    for model in MODELS:
        listing = client.get(reverse(f"{URL_NAMES[model]}:list"))
        edit = client.get(reverse(f"{URL_NAMES[model]}:edit", args=[rows[model].pk]))
        assert listing.status_code in (302, 403), model
        assert edit.status_code in (302, 403), model
        assert "Sterling Volunteers" not in edit.text


@pytest.mark.parametrize("kind", VIEWER_KINDS)
def test_only_coordinators_see_the_volunteering_menu_and_background_checks(two_networks, coordinator_rows, kind):
    network_a, _ = two_networks
    client = mfa_client(make_viewer(network_a, kind, coordinator_rows[network_a.slug]), network_a)
    home = client.get(reverse("wagtailadmin_home")).text
    checks_url = reverse("wagtailsnippets_volunteers_backgroundcheck:list")
    if kind == "coordinator":
        assert "Volunteering" in home and checks_url in home
    else:
        assert checks_url not in home
        assert "Background checks" not in home


def test_a_checks_inspect_page_opens_to_the_networks_coordinators_only(two_networks, coordinator_rows):
    url_names = {"backgroundcheck": URL_NAMES["backgroundcheck"]}
    checked = check_admin_matrix(two_networks, coordinator_rows, url_names, ("inspect",), coordinators_only)
    assert checked == 2 * len(VIEWER_KINDS) * 2
    # One opening logged per coordinator, on their own network's check only.
    for network in two_networks:
        entries = ModelLogEntry.objects.filter(
            action="volunteers.view_check", object_id=str(coordinator_rows[network.slug]["backgroundcheck"].pk)
        )
        assert [entry.user.network_roles.get().network for entry in entries] == [network]
