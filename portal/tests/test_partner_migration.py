"""Moving partner organizations from the directory to the platform keeps every row and every reference to them."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from portal.models import Organization, OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory, make_network

BEFORE_THE_MOVE = [("directory", "0005_hsds_imports"), ("portal", "0005_network_verification_interval")]


def migrate(targets=None):
    """To `targets`, or by default to the latest migrations, so that later tests find every table."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


def content_type_labels(pk: int) -> tuple[str, str]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT app_label, model FROM django_content_type WHERE id = %s", [pk])
        return cursor.fetchone()


@pytest.mark.django_db(transaction=True)
def test_partner_rows_permissions_and_history_survive_the_move():
    network = make_network("moving", "moving.test")
    organization = OrganizationFactory(network=network, name="Harbor Peer Center")
    keeper = UserFactory(email="keeper@moving.test")
    membership = OrganizationMembership.objects.create(user=keeper, organization=organization)
    content_type = ContentType.objects.get_for_model(Organization)
    change = Permission.objects.get(content_type=content_type, codename="change_organization")
    group = Group.objects.create(name="moving: editors")
    group.permissions.add(change)
    log(instance=organization, action="wagtail.edit", user=keeper)

    try:
        migrate(BEFORE_THE_MOVE)
        # Before the move the same rows are the directory's, under the same content type row.
        assert content_type_labels(content_type.pk) == ("directory", "organization")
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM directory_organization WHERE id = %s", [organization.pk])
            assert cursor.fetchone() == ("Harbor Peer Center",)
    finally:
        migrate()

    assert content_type_labels(content_type.pk) == ("portal", "organization")
    assert Organization.objects.get(pk=organization.pk).name == "Harbor Peer Center"
    assert OrganizationMembership.objects.get(pk=membership.pk).user == keeper
    assert group.permissions.get() == Permission.objects.get(codename="change_organization")
    editor = UserFactory()
    assert not editor.has_perm("portal.change_organization")
    editor.groups.add(group)
    assert type(editor).objects.get(pk=editor.pk).has_perm("portal.change_organization")
    entry = ModelLogEntry.objects.get(object_id=str(organization.pk), action="wagtail.edit")
    assert entry.content_type.model_class() is Organization
