"""Wagtail's bulk actions never reach another network's rows: generated over every network-scoped snippet model.

An installation's superuser on network A's host is the strongest case (every model permission held), so only
the network scoping can stop them: network B's row is a 404 to open in a bulk action and to act on, and
"select all" takes network A's rows only.
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.snippets.models import get_snippet_models

from directory.models import NetworkCrisisTerm, SearchSynonymSet, ServiceCapacity
from directory.tests.factories import CategoryFactory, LocationFactory, PlaceFactory, ServiceFactory
from portal.admin.viewsets import NetworkScopedSnippetViewSet
from portal.tests.factories import OrganizationFactory, UserFactory
from tests.admin_clients import mfa_client
from volunteers.models import VolunteerSettings
from volunteers.tests import factories as volunteering

pytestmark = pytest.mark.django_db


def volunteer(network):
    return volunteering.VolunteerFactory(network=network)


def opportunity(network):
    return volunteering.OpportunityFactory(network=network)


# One row of each network-scoped snippet model, in the given network. A new scoped model needs a line here.
ROWS = {
    "portal.Organization": lambda network: OrganizationFactory(network=network),
    "directory.Category": lambda network: CategoryFactory(network=network),
    "directory.Location": lambda network: LocationFactory(network=network),
    "directory.Place": lambda network: PlaceFactory(network=network),
    "directory.Service": lambda network: ServiceFactory(network=network),
    "directory.ServiceCapacity": lambda network: ServiceCapacity.objects.create(
        network=network, service=ServiceFactory(network=network), available=2, updated_at=timezone.now()
    ),
    "directory.NetworkCrisisTerm": lambda network: NetworkCrisisTerm.objects.create(
        network=network, language="en", term=f"{network.slug} trouble"
    ),
    "directory.SearchSynonymSet": lambda network: SearchSynonymSet.objects.create(
        network=network, language="en", terms=f"{network.slug}\nsynonym"
    ),
    "volunteers.VolunteerProfile": volunteer,
    "volunteers.VolunteerSettings": lambda network: VolunteerSettings.for_network(network),
    "volunteers.CodeOfConduct": lambda network: volunteering.CodeOfConductFactory(network=network),
    "volunteers.TrainingModule": lambda network: volunteering.TrainingModuleFactory(network=network),
    "volunteers.TrainingRecord": lambda network: volunteering.TrainingRecordFactory(
        volunteer=volunteer(network), module=volunteering.TrainingModuleFactory(network=network)
    ),
    "volunteers.BackgroundCheck": lambda network: volunteering.BackgroundCheckFactory(volunteer=volunteer(network)),
    "volunteers.SupervisionCheckIn": lambda network: volunteering.SupervisionCheckInFactory(
        volunteer=volunteer(network)
    ),
    "volunteers.Opportunity": opportunity,
    "volunteers.Shift": lambda network: volunteering.ShiftFactory(opportunity=opportunity(network)),
    "volunteers.Application": lambda network: volunteering.ApplicationFactory(
        volunteer=volunteer(network), opportunity=opportunity(network)
    ),
    "volunteers.HoursEntry": lambda network: volunteering.HoursEntryFactory(
        volunteer=volunteer(network), opportunity=opportunity(network), worked_on=datetime.date(2026, 1, 5)
    ),
}


def scoped_models():
    return sorted(
        model._meta.label
        for model in get_snippet_models()
        if isinstance(getattr(model, "snippet_viewset", None), NetworkScopedSnippetViewSet)
    )


def cases():
    for label in scoped_models():
        app_label, model_name = label.lower().split(".")
        for action in bulk_action_registry.get_bulk_actions_for_model(app_label, model_name):
            yield pytest.param(label, action.action_type, id=f"{label}-{action.action_type}")


def test_every_network_scoped_snippet_model_has_a_row_to_test():
    assert scoped_models() == sorted(ROWS)


@pytest.fixture
def superuser_on_a(network_a):
    return mfa_client(UserFactory(is_superuser=True, is_staff=True), network_a)


@pytest.mark.parametrize(("label", "action"), list(cases()))
def test_a_bulk_action_on_another_networks_row_is_not_found_and_changes_nothing(
    two_networks, superuser_on_a, label, action
):
    network_a, network_b = two_networks
    theirs = ROWS[label](network_b)
    ours = ROWS[label](network_a)
    model = type(theirs)
    url = f"/admin/bulk/{model._meta.app_label}/{model._meta.model_name}/{action}/"
    before = model.objects.filter(pk=theirs.pk).values().get()

    assert superuser_on_a.get(url, {"id": [theirs.pk]}).status_code == 404
    assert superuser_on_a.get(url, {"id": [ours.pk, theirs.pk]}).status_code == 404
    assert superuser_on_a.post(f"{url}?id={theirs.pk}", {}).status_code == 404
    assert superuser_on_a.post(f"{url}?id={ours.pk}&id={theirs.pk}", {}).status_code == 404

    assert model.objects.filter(pk=theirs.pk).values().get() == before
    # The same request for network A's own row is answered: the 404 above is the network's, not the action's.
    assert superuser_on_a.get(url, {"id": [ours.pk]}).status_code == 200


@pytest.mark.parametrize("label", ["directory.Service", "volunteers.Opportunity", "volunteers.BackgroundCheck"])
def test_select_all_deletes_the_hosts_networks_rows_only(two_networks, superuser_on_a, label):
    network_a, network_b = two_networks
    theirs = ROWS[label](network_b)
    ours = ROWS[label](network_a)
    model = type(theirs)
    url = f"/admin/bulk/{model._meta.app_label}/{model._meta.model_name}/delete/?id=all"

    superuser_on_a.post(url, {})

    assert not model.objects.filter(pk=ours.pk).exists()
    assert model.objects.filter(pk=theirs.pk).exists()
