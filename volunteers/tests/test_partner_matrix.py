"""Who opens partner staff's volunteering screens, generated across networks, people, records and views."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import nested_form_data

from portal.models import OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory, make_staff
from tests.admin_clients import mfa_client
from tests.permission_matrix import (
    DENIED,
    OTHER_PARTNER,
    PARTNER,
    VIEWER_KINDS,
    check_admin_matrix,
    check_write_matrix,
    make_viewer,
)
from volunteers.tests.factories import (
    ApplicationFactory,
    HoursEntryFactory,
    OpportunityFactory,
    ShiftFactory,
    TrainingModuleFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db

MODELS = ("opportunity", "shift", "application", "hoursentry")
URL_NAMES = {model: f"wagtailsnippets_volunteers_{model}" for model in MODELS}
VIEWS = ("edit", "history")


def volunteering_rows(networks) -> dict:
    """Per network: two partner organizations, and one of each record belonging to the first."""
    rows = {}
    for network in networks:
        organization = OrganizationFactory(network=network, name=f"Org one {network.slug}")
        other_organization = OrganizationFactory(network=network, name=f"Org two {network.slug}")
        opportunity = OpportunityFactory(network=network, organization=organization, title=f"Drive {network.slug}")
        volunteer = VolunteerFactory(network=network, display_name=f"Applicant of {network.slug}")
        rows[network.slug] = {
            "organization": organization,
            "other_organization": other_organization,
            "opportunity": opportunity,
            "shift": ShiftFactory(opportunity=opportunity),
            "application": ApplicationFactory(volunteer=volunteer, opportunity=opportunity),
            "hoursentry": HoursEntryFactory(volunteer=volunteer, opportunity=opportunity),
            "volunteer": volunteer,
        }
    return rows


@pytest.fixture
def rows(two_networks):
    return volunteering_rows(two_networks)


def expected(kind: str, same_network: bool, model: str, view: str):
    """Other networks' records are 404. Partner staff open their own organization's records of all four models;
    moderators review opportunities only; coordinators keep applications, shifts and hours (they only read
    opportunities); nobody else learns a record exists."""
    if not same_network:
        return 404
    if kind == PARTNER:
        return 200
    if kind == "moderator":
        return 200 if model == "opportunity" else DENIED
    if kind == "coordinator":
        return DENIED if model == "opportunity" else 200
    return 404


def expected_add(kind: str, on_own_host: bool, model: str):
    """Partner staff add opportunities and shifts; moderators opportunities; coordinators shifts. Applications
    and hours come from volunteers: nobody adds them here."""
    if not on_own_host or model in ("application", "hoursentry"):
        return DENIED
    if kind in (PARTNER, OTHER_PARTNER):
        return 200
    if kind == "moderator":
        return 200 if model == "opportunity" else DENIED
    if kind == "coordinator":
        return 200 if model == "shift" else DENIED
    return DENIED


def shift_form(rows) -> dict:
    starts = timezone.localtime() + datetime.timedelta(days=10)
    return {
        "opportunity": rows["opportunity"].pk,
        "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
        "ends_at": (starts + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
        "capacity": "3",
    }


FORMS = {
    "opportunity": lambda rows: nested_form_data(
        {
            "organization": rows["organization"].pk,
            **{f"title_{code}": "Written by the matrix" for code in ("en", "es")},
            **{f"role_{code}": "Driver" for code in ("en", "es")},
            **{f"description_{code}": "Rides to appointments." for code in ("en", "es")},
            "status": "open",
        }
    ),
    "shift": shift_form,
    "application": lambda rows: {"status": "interview", "note": "Written by the matrix"},
    "hoursentry": lambda rows: {"approved": "on"},
}


def test_volunteering_admin_matrix(two_networks, rows):
    checked = check_admin_matrix(two_networks, rows, URL_NAMES, VIEWS, expected)
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(MODELS) * len(VIEWS)


def test_volunteering_write_matrix(two_networks, rows):
    """Add views on every host, POSTs to add and edit: a refused POST creates and changes nothing."""
    checked = check_write_matrix(two_networks, rows, URL_NAMES, FORMS, expected_add, expected)
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(MODELS) * 2 + 2 * len(VIEWER_KINDS) * 2 * 2 * len(MODELS)


def test_a_plain_volunteer_never_reaches_the_screens(two_networks, rows):
    network_a, _ = two_networks
    volunteer = rows[network_a.slug]["volunteer"]
    client = mfa_client(volunteer.user, network_a)
    for model in MODELS:
        for url in (
            reverse(f"{URL_NAMES[model]}:list"),
            reverse(f"{URL_NAMES[model]}:edit", args=[rows[network_a.slug][model].pk]),
        ):
            response = client.get(url, follow=True)
            assert volunteer.display_name not in response.text, (model, url)
            assert rows[network_a.slug]["opportunity"].title not in response.text, (model, url)


def test_partner_listings_name_only_their_own_applicants(two_networks, rows):
    network_a, network_b = two_networks
    rows_a = rows[network_a.slug]
    others_opportunity = OpportunityFactory(network=network_a, organization=rows_a["other_organization"])
    other_applicant = VolunteerFactory(network=network_a, display_name="Applicant to the other partner")
    ApplicationFactory(volunteer=other_applicant, opportunity=others_opportunity)
    HoursEntryFactory(volunteer=other_applicant, opportunity=others_opportunity)
    b_name = rows[network_b.slug]["volunteer"].display_name

    partner = make_viewer(network_a, PARTNER, rows_a)
    client = mfa_client(partner, network_a)
    for model in ("application", "hoursentry"):
        text = client.get(reverse(f"{URL_NAMES[model]}:list")).text
        assert rows_a["volunteer"].display_name in text, model
        assert other_applicant.display_name not in text, model
        assert b_name not in text, model

    other_partner = make_viewer(network_a, OTHER_PARTNER, rows_a)
    text = mfa_client(other_partner, network_a).get(reverse(f"{URL_NAMES['application']}:list")).text
    assert other_applicant.display_name in text
    assert rows_a["volunteer"].display_name not in text

    coordinator = mfa_client(make_staff(network_a, "coordinator"), network_a)
    text = coordinator.get(reverse(f"{URL_NAMES['application']}:list")).text
    assert rows_a["volunteer"].display_name in text and other_applicant.display_name in text
    assert b_name not in text


def test_partner_of_two_organizations_sees_both_but_not_a_third(network_a, rows):
    rows_a = rows[network_a.slug]
    partner = UserFactory()
    for organization in (rows_a["organization"], rows_a["other_organization"]):
        OrganizationMembership.objects.create(user=partner, organization=organization)
    third = OpportunityFactory(network=network_a, title="Third partner's role")
    ShiftFactory(opportunity=third)
    text = mfa_client(partner, network_a).get(reverse(f"{URL_NAMES['shift']}:list")).text
    assert rows_a["opportunity"].title in text
    assert "Third partner&#x27;s role" not in text and "Third partner's role" not in text


def test_opportunity_form_offers_the_networks_languages_catalogue_and_own_organizations(two_networks, rows):
    network_a, network_b = two_networks
    TrainingModuleFactory(network=network_b, name="De-escalation (beta)")
    TrainingModuleFactory(network=network_a, name="De-escalation (alpha)")
    partner = make_viewer(network_b, PARTNER, rows[network_b.slug])
    page = mfa_client(partner, network_b).get(reverse(f"{URL_NAMES['opportunity']}:add")).text

    for code in ("en", "es", "vi"):
        assert f'name="title_{code}"' in page, code
    for code in ("zh_hans", "ar"):
        assert f'name="title_{code}"' not in page, code
    assert "De-escalation (beta)" in page
    assert "De-escalation (alpha)" not in page
    organizations = re.search(r'<select name="organization".*?</select>', page, re.S)[0]
    assert rows[network_b.slug]["organization"].name in organizations
    assert rows[network_b.slug]["other_organization"].name not in organizations
    assert rows[network_a.slug]["organization"].name not in organizations


def test_shift_form_offers_only_the_partners_own_opportunities(network_a, rows):
    rows_a = rows[network_a.slug]
    others = OpportunityFactory(network=network_a, organization=rows_a["other_organization"], title="Not yours")
    partner = make_viewer(network_a, PARTNER, rows_a)
    page = mfa_client(partner, network_a).get(reverse(f"{URL_NAMES['shift']}:add")).text
    opportunities = re.search(r'<select name="opportunity".*?</select>', page, re.S)[0]
    assert f'<option value="{rows_a["opportunity"].pk}"' in opportunities
    assert f'<option value="{others.pk}"' not in opportunities


def test_opportunity_texts_are_required_in_the_networks_default_language(network_b, rows):
    """Network beta's default is Spanish: an opportunity without its Spanish texts is refused with a form error,
    never a server error, and nothing is saved; with them it goes to the moderators."""
    from volunteers.models import Opportunity

    partner = make_viewer(network_b, PARTNER, rows[network_b.slug])
    client = mfa_client(partner, network_b)
    add_url = reverse(f"{URL_NAMES['opportunity']}:add")
    # Submitted for moderation: a plain draft may be saved unfinished, as Wagtail allows.
    base = {"organization": rows[network_b.slug]["organization"].pk, "status": "open", "action-submit": "1"}
    english = {"title_en": "Drivers", "role_en": "Driver", "description_en": "Rides."}
    spanish = {"title_es": "Conductores", "role_es": "Conductor", "description_es": "Viajes a citas."}
    for incomplete in (english, spanish):
        response = client.post(add_url, nested_form_data({**base, **incomplete}))
        assert response.status_code == 200
        with translation.override("es"):  # the admin speaks the network's default language here
            assert gettext("This field is required.") in response.text
    assert not Opportunity.objects.filter(network=network_b).exclude(pk=rows[network_b.slug]["opportunity"].pk)

    assert client.post(add_url, nested_form_data({**base, **english, **spanish})).status_code == 302
    created = Opportunity.objects.get(title_es="Conductores")
    assert created.network == network_b and not created.live
    assert WorkflowState.objects.for_instance(created).get().status == WorkflowState.STATUS_IN_PROGRESS
