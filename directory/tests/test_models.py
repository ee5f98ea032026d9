import pytest
from django.utils import translation

from directory.models import Category, Service
from directory.tests.factories import CategoryFactory, LocationFactory, ServiceFactory, translations
from portal.languages import network_default

pytestmark = pytest.mark.django_db


def test_service_translations_fall_back_to_the_network_default(network_b):
    service = ServiceFactory(network=network_b, **translations("name", {"es": "Consejería", "en": "Counseling"}))

    with translation.override("vi"), network_default("es"):
        assert Service.objects.get(pk=service.pk).name == "Consejería"


def test_category_subtree(network_a):
    parent = CategoryFactory(network=network_a, code="test-parent")
    child = CategoryFactory(network=network_a, code="test-child", parent=parent)
    grandchild = CategoryFactory(network=network_a, code="test-grandchild", parent=child)
    CategoryFactory(network=network_a, code="test-other")
    subtree = Category.objects.for_network(network_a).with_descendants(parent)
    assert set(subtree) == {parent, child, grandchild}
    counseling = Category.objects.get(network=network_a, code="counseling")
    assert set(Category.objects.with_descendants(counseling).values_list("code", flat=True)) == {
        "counseling",
        "individual-counseling",
        "group-counseling",
    }


def test_confidential_address_is_never_public(network_a):
    shelter = LocationFactory(network=network_a, is_confidential=True, confidential_contact="Call intake")
    assert shelter.public_address == ""
    clinic = LocationFactory(network=network_a, address_1="1 Main Street", city="Harbor City")
    assert clinic.public_address.startswith("1 Main Street, Harbor City")


def test_listed_excludes_drafts_and_inactive(two_networks):
    network_a, network_b = two_networks
    shown = ServiceFactory(network=network_a)
    ServiceFactory(network=network_a, live=False)
    ServiceFactory(network=network_a, status=Service.Status.INACTIVE)
    closed = ServiceFactory(network=network_a, status=Service.Status.TEMPORARILY_CLOSED)
    ServiceFactory(network=network_b)
    assert set(Service.objects.for_network(network_a).listed()) == {shown, closed}


def test_every_network_starts_with_the_translated_recovery_categories(network_a):

    categories = Category.objects.for_network(network_a)
    assert categories.count() == 19
    crisis = categories.get(code="crisis")
    assert set(categories.filter(parent=crisis).values_list("code", flat=True)) == {"crisis-line", "mobile-crisis"}
    assert crisis.is_crisis
    with translation.override("ar"):
        assert categories.get(code="housing").name == "السكن"
    with translation.override("zh-hans"):
        assert categories.get(code="medication-treatment").name == "成瘾药物治疗"
