"""A network provisioned before openings, synonyms and location moderation existed gets them from the migration."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import WorkflowContentType

from directory.models import Location, Service
from portal.tests.factories import make_network

BEFORE = [("directory", "0010_location_moderation")]
NEW_MODERATOR_PERMISSIONS = {
    "add_servicecapacity",
    "change_servicecapacity",
    "add_searchsynonymset",
    "change_searchsynonymset",
    "publish_location",
    "lock_location",
}
NEW_PARTNER_PERMISSIONS = {"add_servicecapacity", "change_servicecapacity", "view_servicecapacity"}


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets if targets is not None else executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()


def codenames(group_name: str) -> set[str]:
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


@pytest.mark.django_db(transaction=True)
def test_an_older_network_gets_the_new_permissions_and_moderated_locations():
    make_network("older", "older.test")
    # As the network stood before: provisioned without the new permissions, locations outside the workflow.
    for name, removed in (("older: moderator", NEW_MODERATOR_PERMISSIONS), ("older: partner", NEW_PARTNER_PERMISSIONS)):
        group = Group.objects.get(name=name)
        group.permissions.remove(*group.permissions.filter(codename__in=removed))
    WorkflowContentType.objects.filter(content_type=ContentType.objects.get_for_model(Location)).delete()
    assert not codenames("older: moderator") & NEW_MODERATOR_PERMISSIONS

    try:
        migrate(BEFORE)
    finally:
        migrate()

    assert codenames("older: moderator") >= NEW_MODERATOR_PERMISSIONS
    assert codenames("older: partner") >= NEW_PARTNER_PERMISSIONS
    assert not {"delete_servicecapacity", "add_searchsynonymset"} & codenames("older: partner")
    service_workflow = WorkflowContentType.objects.get(content_type=ContentType.objects.get_for_model(Service))
    location_workflow = WorkflowContentType.objects.get(content_type=ContentType.objects.get_for_model(Location))
    assert location_workflow.workflow_id == service_workflow.workflow_id
