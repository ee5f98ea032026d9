"""Networks provisioned before live openings, synonyms and location moderation get them now, not at the next
provisioning.

Moderator groups gain the openings and synonym screens and publishing and locking of locations; partner groups
gain the openings screen; locations join the moderation workflow services already use.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATOR_PERMISSIONS = (
    *(
        f"{action}_{model}"
        for model in ("servicecapacity", "searchsynonymset")
        for action in ("add", "change", "delete", "view")
    ),
    *(f"{action}_location" for action in ("publish", "lock", "unlock")),
)
PARTNER_PERMISSIONS = tuple(f"{action}_servicecapacity" for action in ("add", "change", "view"))


def grant_and_moderate(apps, schema_editor):
    # Permissions are normally created after every migration has run: create the new ones now.
    app_config = apps.get_app_config("directory")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps, using=schema_editor.connection.alias)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Network = apps.get_model("portal", "Network")
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    def named(codenames):
        return Permission.objects.filter(content_type__app_label="directory", codename__in=codenames)

    for slug in Network.objects.values_list("slug", flat=True):
        for group in Group.objects.filter(name=f"{slug}: moderator"):
            group.permissions.add(*named(MODERATOR_PERMISSIONS))
        for group in Group.objects.filter(name=f"{slug}: partner"):
            group.permissions.add(*named(PARTNER_PERMISSIONS))

    service_workflow = WorkflowContentType.objects.filter(
        content_type__app_label="directory", content_type__model="service"
    ).first()
    if service_workflow is not None:
        location, _ = ContentType.objects.get_or_create(app_label="directory", model="location")
        WorkflowContentType.objects.update_or_create(
            content_type=location, defaults={"workflow_id": service_workflow.workflow_id}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0010_location_moderation"),
        ("portal", "0007_shared_cache_table"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant_and_moderate, migrations.RunPython.noop)]
