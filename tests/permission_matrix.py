"""The generated admin permission matrix every feature runs on its own models.

For each viewer (network x kind of person) and each object (network x model) and each admin view, the viewer
either opens the page (200), is refused (a redirect to the admin home or 403), or does not learn the object
exists (404). Features call `check_admin_matrix` with their objects and what each kind of person may open.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping

from django.urls import reverse

from portal.models import OrganizationMembership
from portal.tests.factories import UserFactory, make_staff
from tests.admin_clients import mfa_client

PARTNER = "partner"
OTHER_PARTNER = "partner of another organization"
VIEWER_KINDS = ("moderator", "coordinator", "planner", PARTNER, OTHER_PARTNER)
DENIED = "denied"


def make_viewer(network, kind: str, organizations: Mapping[str, object]):
    """A person of `kind` in `network`; partner staff keep `organizations["organization"]` (or the other one)."""
    if kind in (PARTNER, OTHER_PARTNER):
        user = UserFactory()
        organization = organizations["organization" if kind == PARTNER else "other_organization"]
        OrganizationMembership.objects.create(user=user, organization=organization)
        return user
    return make_staff(network, kind)


def expectation(partner_views: Mapping[str, set[str]]) -> Callable[[str, bool, str, str], int | str]:
    """The platform's rule: other networks' objects are 404; moderators open everything of their network;
    partner staff open the views `partner_views` grants on their own organization's objects and are refused
    the other views of those models; every other object or person gets 404."""

    def expected(kind: str, same_network: bool, model: str, view: str) -> int | str:
        if not same_network:
            return 404
        if kind == "moderator":
            return 200
        if kind == PARTNER and model in partner_views:
            return 200 if view in partner_views[model] else DENIED
        return 404

    return expected


def check_admin_matrix(
    networks,
    objects: Mapping[str, Mapping[str, object]],
    url_names: Mapping[str, str],
    views: tuple[str, ...],
    expected: Callable[[str, bool, str, str], int | str],
) -> int:
    """Open every (viewer, object, view) combination and assert the outcome; returns how many were checked.

    `objects[network.slug]` maps model names to one object each, plus "organization" and "other_organization"
    (the partner organizations partner staff viewers belong to). `url_names[model]` is the URL name prefix of
    the model's admin views, such as "wagtailsnippets_directory_service".
    """
    checked = 0
    for own, kind in itertools.product(networks, VIEWER_KINDS):
        client = mfa_client(make_viewer(own, kind, objects[own.slug]), own)
        for target, model, view in itertools.product(networks, url_names, views):
            obj = objects[target.slug][model]
            response = client.get(reverse(f"{url_names[model]}:{view}", args=[obj.pk]))
            outcome = expected(kind, own == target, model, view)
            case = (own.slug, kind, target.slug, model, view, response.status_code)
            if outcome == DENIED:
                assert response.status_code in (302, 403), case
                assert response.status_code != 302 or response["Location"] == "/admin/", case
            else:
                assert response.status_code == outcome, case
            checked += 1
    return checked
