"""Generated matrix for the directory admin: viewer's network x role x object's network x model x view."""

import itertools

import pytest
from django.urls import reverse

from directory.models import Category, OrganizationMembership, Place
from directory.tests.admin_clients import mfa_client
from directory.tests.factories import LocationFactory, OrganizationFactory, ServiceFactory
from portal.tests.factories import UserFactory, make_staff

pytestmark = pytest.mark.django_db

VIEWER_KINDS = ["moderator", "coordinator", "planner", "partner", "partner of another organization"]
MODELS = ["service", "organization", "location", "category", "place"]
VIEWS = ["edit", "history", "delete"]
PARTNER_SCOPED = {"service", "location", "organization"}


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
    if kind.startswith("partner"):
        user = UserFactory()
        organization = rows[network.slug]["organization" if kind == "partner" else "other_organization"]
        OrganizationMembership.objects.create(user=user, organization=organization)
        return user
    return make_staff(network, kind)


def expected_status(kind, same_network, model, view):
    if not same_network:
        return 404
    if kind == "moderator":
        return 200
    if kind == "partner" and model in PARTNER_SCOPED:
        # Partner staff may open their own rows; deleting, and editing the organization itself, is not theirs.
        return 200 if view != "delete" and model != "organization" else "denied"
    return 404


def test_directory_admin_matrix(two_networks, directory_rows):
    checked = 0
    for own, kind in itertools.product(two_networks, VIEWER_KINDS):
        client = mfa_client(viewer(own, kind, directory_rows), own)
        for target, model, view in itertools.product(two_networks, MODELS, VIEWS):
            obj = directory_rows[target.slug][model]
            response = client.get(reverse(f"wagtailsnippets_directory_{model}:{view}", args=[obj.pk]))
            expected = expected_status(kind, own == target, model, view)
            case = (own.slug, kind, target.slug, model, view, response.status_code)
            if expected == "denied":
                assert response.status_code in (302, 403), case
                assert response.status_code != 302 or response["Location"] == "/admin/", case
            else:
                assert response.status_code == expected, case
            checked += 1
    assert checked == 2 * len(VIEWER_KINDS) * 2 * len(MODELS) * len(VIEWS)


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
    text = client.get(reverse("wagtailsnippets_directory_service:add")).text
    assert f'<option value="{rows["organization"].pk}"' in text
    assert f'<option value="{rows["other_organization"].pk}"' not in text
    for network in two_networks:
        if network != network_a:
            assert f'<option value="{directory_rows[network.slug]["organization"].pk}"' not in text
