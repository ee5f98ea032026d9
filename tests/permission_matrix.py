"""The generated admin permission matrix every feature runs on its own models.

For each viewer (network x kind of person) and each object (network x model) and each admin view, the viewer
either opens the page (200), is refused (a redirect to the admin home or 403), or does not learn the object
exists (404). Features call `check_admin_matrix` with their objects and what each kind of person may open, and
`check_write_matrix` with a valid form per model: the add view opened on every network's host, and POSTs to add
and edit, where a refused POST must leave every row as it was.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping

from django.test import Client
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


def add_expectation(partner_views: Mapping[str, set[str]]) -> Callable[[str, bool, str], int | str]:
    """Who opens a model's add view: on another network's host nobody (the no-role page); on their own,
    moderators, and partner staff when `partner_views[model]` holds "add"; everyone else is refused."""

    def expected(kind: str, on_own_host: bool, model: str) -> int | str:
        if not on_own_host:
            return DENIED
        if kind == "moderator":
            return 200
        if kind in (PARTNER, OTHER_PARTNER) and "add" in partner_views.get(model, set()):
            return 200
        return DENIED

    return expected


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


def assert_outcome(response, outcome: int | str, case) -> None:
    if outcome == DENIED:
        assert response.status_code in (302, 403), case
        assert response.status_code != 302 or response["Location"] == "/admin/", case
    else:
        assert response.status_code == outcome, case


def row_of(obj) -> dict:
    """Every column of `obj`'s row as stored now."""
    return type(obj)._default_manager.filter(pk=obj.pk).values().get()


def check_write_matrix(
    networks,
    objects: Mapping[str, Mapping[str, object]],
    url_names: Mapping[str, str],
    forms: Mapping[str, Callable[[Mapping[str, object]], dict]],
    expected_add: Callable[[str, bool, str], int | str],
    expected: Callable[[str, bool, str, str], int | str],
) -> int:
    """Every viewer opens every model's add view on every network's host and POSTs a valid new row there, then
    POSTs a change to every object (from their own host, as in `check_admin_matrix`, and from the object's).

    `forms[model](objects[network.slug])` is the POST data of a valid row of `network` (the edit POST sends
    the same data). A refused POST creates no row and changes none. So that the forms are known to be valid,
    each network's moderator's add on their own host must create the row. Returns how many cases were checked.
    """
    checked = 0
    for own, kind in itertools.product(networks, VIEWER_KINDS):
        viewer = make_viewer(own, kind, objects[own.slug])
        clients = {network.slug: mfa_client(viewer, network) for network in networks}
        for host, model in itertools.product(networks, url_names):
            client: Client = clients[host.slug]
            model_class = type(objects[host.slug][model])
            add_url = reverse(f"{url_names[model]}:add")
            outcome = expected_add(kind, host == own, model)
            case = (own.slug, kind, host.slug, model, "add")
            assert_outcome(client.get(add_url), outcome, case)
            before = model_class._default_manager.count()
            response = client.post(add_url, forms[model](objects[host.slug]))
            after = model_class._default_manager.count()
            if outcome == DENIED:
                assert_outcome(response, DENIED, (*case, "POST"))
                assert after == before, (*case, "POST created a row")
            elif kind == "moderator":
                assert after == before + 1, (*case, "POST", response.status_code)
            checked += 2
        for (host_name, host), target in itertools.product((("own", own), ("object's", None)), networks):
            client = clients[(host or target).slug]
            for model in url_names:
                obj = objects[target.slug][model]
                before = row_of(obj)
                response = client.post(
                    reverse(f"{url_names[model]}:edit", args=[obj.pk]), forms[model](objects[target.slug])
                )
                on_own_host = (host or target) == own
                outcome = expected(kind, own == target, model, "edit") if on_own_host else DENIED
                case = (own.slug, kind, host_name, target.slug, model, "edit POST")
                if outcome == DENIED or outcome == 404:
                    assert response.status_code in (302, 403, 404), case
                    assert response.status_code != 302 or response["Location"] == "/admin/", case
                    assert row_of(obj) == before, (*case, "changed a row")
                checked += 1
    return checked
