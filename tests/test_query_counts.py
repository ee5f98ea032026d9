import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

from portal.models import NetworkRole
from portal.tests.factories import UserFactory
from tests.query_counts import assert_queries_do_not_grow, count_queries

pytestmark = pytest.mark.django_db


def test_network_roles_listing_queries_do_not_grow_with_rows(network_a, client_for):
    admin = UserFactory(is_superuser=True, is_staff=True)
    TOTP.activate(admin, generate_totp_secret())
    client = client_for(network_a)
    client.force_login(admin)

    def render():
        response = client.get("/admin/network_roles/")
        assert response.status_code == 200

    def add_roles(count):
        for _ in range(count):
            NetworkRole.objects.create(user=UserFactory(), network=network_a, role=NetworkRole.Role.PLANNER)

    assert_queries_do_not_grow(render, add_roles)


def test_helper_catches_a_page_whose_queries_grow(network_a):
    created = []

    def render():
        for role in NetworkRole.objects.all():
            role.user.email  # noqa: B018 - one query per row, on purpose

    def add_roles(count):
        created.extend(
            NetworkRole.objects.create(user=UserFactory(), network=network_a, role="planner") for _ in range(count)
        )

    with pytest.raises(AssertionError, match="queries with 3 rows"):
        assert_queries_do_not_grow(render, add_roles)


def test_public_home_page_query_count_is_bounded(network_a, client_for):
    client = client_for(network_a)
    client.get("/en/")
    assert count_queries(lambda: client.get("/en/")) <= 12
