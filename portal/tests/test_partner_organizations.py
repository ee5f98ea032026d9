"""Partner organizations in the admin: the platform's matrix, and partner staff opening their own record."""

import pytest
from django.urls import reverse

from portal.tests.factories import OrganizationFactory
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

VIEWS = ("edit", "history", "delete")
URL_NAMES = {"organization": "wagtailsnippets_portal_organization"}
# Partner staff correct their own organization's record; only moderators add organizations.
PARTNER_WRITES = {"organization": {"edit"}}
FORMS = {
    "organization": lambda rows: {
        "name_en": "Written by the matrix",
        "description_en": "An organization the matrix writes.",
        "email": "",
        "website": "",
    }
}


@pytest.fixture
def organizations(two_networks):
    rows = {}
    for network in two_networks:
        organization = OrganizationFactory(network=network, name=f"{network.slug} clinic")
        rows[network.slug] = {
            "organization": organization,
            "other_organization": OrganizationFactory(network=network, name=f"{network.slug} pantry"),
        }
    return rows


def test_partner_organization_admin_matrix(two_networks, organizations):
    partner_views = {"organization": {"edit", "history"}}
    checked = check_admin_matrix(two_networks, organizations, URL_NAMES, VIEWS, expectation(partner_views))
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(URL_NAMES) * len(VIEWS)


def test_partner_organization_write_matrix(two_networks, organizations):
    """Add views on every host, and POSTs to add and edit: a refused POST creates and changes nothing."""
    partner_views = {"organization": {"edit", "history"}}
    checked = check_write_matrix(
        two_networks, organizations, URL_NAMES, FORMS, add_expectation(PARTNER_WRITES), expectation(partner_views)
    )
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(URL_NAMES) * 2 + 2 * len(VIEWER_KINDS) * 2 * 2 * len(URL_NAMES)


def test_partner_staff_open_and_correct_their_own_organization(network_a, organizations):
    own = organizations[network_a.slug]["organization"]
    client = mfa_client(make_viewer(network_a, "partner", organizations[network_a.slug]), network_a)

    listing = client.get(reverse("wagtailsnippets_portal_organization:list")).text
    assert "alpha clinic" in listing and "alpha pantry" not in listing and "beta clinic" not in listing

    edit_url = reverse("wagtailsnippets_portal_organization:edit", args=[own.pk])
    form = client.get(edit_url)
    assert form.status_code == 200 and "alpha clinic" in form.text
    response = client.post(
        edit_url,
        {"name_en": "Alpha Clinic (Eastside)", "description_en": "Counseling and groups.", "email": "", "website": ""},
    )
    assert response.status_code == 302, response.content[:2000]
    own.refresh_from_db()
    assert own.name_en == "Alpha Clinic (Eastside)"
    assert own.network == network_a
