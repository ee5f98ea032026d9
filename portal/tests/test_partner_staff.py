"""Moderators add partner staff by email, for their own network's organizations only, never browsing users."""

import itertools

import pytest

from portal.models import OrganizationMembership
from portal.permissions import editable_organization_ids
from portal.tests.factories import OrganizationFactory, UserFactory, make_staff
from tests.admin_clients import mfa_client

pytestmark = pytest.mark.django_db

INDEX = "/admin/partner_staff/"
VIEWER_KINDS = ["moderator", "coordinator", "planner", "partner"]


@pytest.fixture
def memberships(two_networks):
    """One organization and one membership per network."""
    rows = {}
    for network in two_networks:
        organization = OrganizationFactory(network=network, name=f"{network.slug} shelter")
        member = UserFactory(email=f"keeper@{network.slug}.example.org")
        rows[network.slug] = OrganizationMembership.objects.create(user=member, organization=organization)
    return rows


def viewer(network, kind, memberships):
    if kind == "partner":
        user = UserFactory()
        OrganizationMembership.objects.create(user=user, organization=memberships[network.slug].organization)
        return user
    return make_staff(network, kind)


def test_moderator_adds_partner_staff_by_email_and_they_may_then_edit_its_records(network_a, memberships):
    organization = memberships[network_a.slug].organization
    newcomer = UserFactory(email="Volunteer.Lead@example.org")
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)

    response = moderator.post(
        f"{INDEX}new/", {"email": "volunteer.lead@EXAMPLE.org", "organization": organization.pk, "role": "editor"}
    )

    assert response.status_code == 302
    assert OrganizationMembership.objects.filter(user=newcomer, organization=organization).exists()
    assert list(editable_organization_ids(newcomer, network_a)) == [organization.pk]


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("nobody@example.org", "Nobody has an account with this email address yet."),
        ("keeper@alpha.example.org", "This person already keeps this organization&#x27;s listings."),
    ],
)
def test_unknown_or_duplicate_partner_is_refused_with_a_reason(network_a, memberships, email, message):
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    organization = memberships[network_a.slug].organization
    response = moderator.post(f"{INDEX}new/", {"email": email, "organization": organization.pk, "role": "editor"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert OrganizationMembership.objects.count() == 2


def test_another_networks_organization_cannot_be_chosen(two_networks, memberships):
    network_a, network_b = two_networks
    newcomer = UserFactory(email="new@example.org")
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    form = moderator.get(f"{INDEX}new/").content.decode()
    assert "alpha shelter" in form and "beta shelter" not in form
    theirs = memberships[network_b.slug].organization
    response = moderator.post(f"{INDEX}new/", {"email": newcomer.email, "organization": theirs.pk, "role": "editor"})
    assert response.status_code == 200
    assert not OrganizationMembership.objects.filter(user=newcomer).exists()


def test_listing_shows_the_networks_partner_staff_and_no_other_users(two_networks, memberships):
    network_a, _network_b = two_networks
    UserFactory(email="bystander@example.org")
    page = mfa_client(make_staff(network_a, "moderator"), network_a).get(INDEX).content.decode()
    assert "keeper@alpha.example.org" in page
    assert "keeper@beta.example.org" not in page
    assert "bystander@example.org" not in page


def expected(kind: str, same_network: bool, view: str) -> str:
    if kind != "moderator":
        return "denied"
    return "missing" if view in ("edit", "delete") and not same_network else "allowed"


def test_partner_staff_admin_matrix(two_networks, memberships):
    """viewer's network x role x membership's network x view: only a network's own moderators, own rows."""
    checked = 0
    for own, kind in itertools.product(two_networks, VIEWER_KINDS):
        client = mfa_client(viewer(own, kind, memberships), own)
        for target, view in itertools.product(two_networks, ["index", "new", "edit", "delete"]):
            membership = memberships[target.slug]
            url = {"index": INDEX, "new": f"{INDEX}new/"}.get(view, f"{INDEX}{view}/{membership.pk}/")
            response = client.get(url)
            outcome = expected(kind, own == target, view)
            case = (own.slug, kind, target.slug, view, response.status_code)
            if outcome == "allowed":
                assert response.status_code == 200, case
            elif outcome == "missing":
                assert response.status_code == 404, case
            else:
                assert (response.status_code, response.get("Location")) == (302, "/admin/"), case
            checked += 1
    assert checked == 2 * len(VIEWER_KINDS) * 2 * 4


def test_moderator_removes_partner_staff_of_their_network(network_a, memberships):
    membership = memberships[network_a.slug]
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    assert moderator.post(f"{INDEX}delete/{membership.pk}/").status_code == 302
    assert not OrganizationMembership.objects.filter(pk=membership.pk).exists()


def test_another_networks_moderator_can_neither_list_nor_add_partner_staff_here(two_networks, memberships):
    network_a, network_b = two_networks
    newcomer = UserFactory(email="planted@example.org")
    client = mfa_client(make_staff(network_a, "moderator"), network_b)
    listing = client.get(INDEX)
    assert listing.status_code == 403
    assert "No tiene ningún rol en esta red" in listing.text and "keeper@beta.example.org" not in listing.text
    theirs = memberships[network_b.slug].organization
    response = client.post(f"{INDEX}new/", {"email": newcomer.email, "organization": theirs.pk, "role": "editor"})
    assert "No tiene ningún rol en esta red" in response.text
    assert not OrganizationMembership.objects.filter(user=newcomer).exists()
