"""Generated matrix for the directory admin (the platform's helper), and what each listing and form offers."""

import re

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from directory.models import Category, Place
from directory.models.services import SERVICE_CHILD_RELATIONS
from directory.tests.factories import LocationFactory, OrganizationFactory, ServiceFactory
from portal.tests.factories import make_staff
from tests.admin_clients import mfa_client
from tests.permission_matrix import (
    VIEWER_KINDS,
    add_expectation,
    check_admin_matrix,
    check_write_matrix,
    expectation,
    make_viewer,
)

pytestmark = pytest.mark.django_db

MODELS = ("service", "location", "category", "place")
VIEWS = ("edit", "history", "delete")
# Partner staff open their own organization's services and locations; deleting is a moderator's.
PARTNER_VIEWS = {"service": {"edit", "history"}, "location": {"edit", "history"}}
# ... and add new ones for their organizations.
PARTNER_WRITES = {"service": {"add", "edit"}, "location": {"add", "edit"}}
# A valid new row of each model in the network whose rows are given: what the matrix POSTs to add and edit.
FORMS = {
    "service": lambda rows: nested_form_data(
        {
            "organization": rows["organization"].pk,
            "name_en": "Written by the matrix",
            "description_en": "A service the matrix writes.",
            "status": "active",
            **{inline: inline_formset([]) for inline in SERVICE_CHILD_RELATIONS},
        }
    ),
    "location": lambda rows: {
        "organization": rows["organization"].pk,
        "location_type": "physical",
        "name_en": "Written by the matrix",
        "country": "US",
    },
    "category": lambda rows: {"code": "written-by-the-matrix", "sort_order": "0", "name_en": "Written by the matrix"},
    "place": lambda rows: {"name": "Written by the matrix", "postal_code": "", "latitude": "1", "longitude": "1"},
}


@pytest.fixture
def directory_rows(two_networks):
    rows = {}
    for network in two_networks:
        organization = OrganizationFactory(network=network)
        other_organization = OrganizationFactory(network=network)
        rows[network.slug] = {
            "organization": organization,
            "other_organization": other_organization,
            "service": ServiceFactory(network=network, organization=organization),
            "location": LocationFactory(network=network, organization=organization),
            "category": Category.objects.for_network(network).get(code="housing"),
            "place": Place.objects.create(network=network, name="Downtown", latitude=1, longitude=1),
        }
    return rows


def viewer(network, kind, rows):
    return make_viewer(network, kind, rows[network.slug])


def test_directory_admin_matrix(two_networks, directory_rows):
    url_names = {model: f"wagtailsnippets_directory_{model}" for model in MODELS}
    checked = check_admin_matrix(two_networks, directory_rows, url_names, VIEWS, expectation(PARTNER_VIEWS))
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(MODELS) * len(VIEWS)


def test_directory_admin_write_matrix(two_networks, directory_rows):
    """Add views on every host, and POSTs to add and edit: a refused POST creates and changes nothing."""
    url_names = {model: f"wagtailsnippets_directory_{model}" for model in MODELS}
    checked = check_write_matrix(
        two_networks,
        directory_rows,
        url_names,
        FORMS,
        add_expectation(PARTNER_WRITES),
        expectation(PARTNER_VIEWS),
    )
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(MODELS) * 2 + 2 * len(VIEWER_KINDS) * 2 * 2 * len(MODELS)


def test_service_listing_shows_only_the_viewers_rows(two_networks, directory_rows):
    network_a, network_b = two_networks
    rows_a = directory_rows[network_a.slug]
    other = ServiceFactory(network=network_a, organization=rows_a["other_organization"], name="Other partner help")
    listing = reverse("wagtailsnippets_directory_service:list")

    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    text = moderator.get(listing).text
    assert rows_a["service"].name in text and other.name in text
    assert directory_rows[network_b.slug]["service"].name not in text

    partner_user = viewer(network_a, "partner", directory_rows)
    text = mfa_client(partner_user, network_a).get(listing).text
    assert rows_a["service"].name in text
    assert other.name not in text
    assert directory_rows[network_b.slug]["service"].name not in text


def test_partner_form_offers_only_their_own_organizations(two_networks, directory_rows):
    network_a, _ = two_networks
    rows = directory_rows[network_a.slug]
    client = mfa_client(viewer(network_a, "partner", directory_rows), network_a)
    page = client.get(reverse("wagtailsnippets_directory_service:add")).text
    # Only the organization select: other selects on the page (sites...) have options with small ids too.
    text = re.search(r'<select name="organization".*?</select>', page, re.S)[0]
    assert f'<option value="{rows["organization"].pk}"' in text
    assert f'<option value="{rows["other_organization"].pk}"' not in text
    for network in two_networks:
        if network != network_a:
            assert f'<option value="{directory_rows[network.slug]["organization"].pk}"' not in text
