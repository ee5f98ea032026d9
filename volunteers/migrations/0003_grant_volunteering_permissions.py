"""Networks provisioned before volunteering had records get its permissions and moderation now.

Moderators review opportunities; coordinators keep volunteer records; partner staff post opportunities, keep
shifts, review their applicants and approve hours. Opportunities join the moderation workflow of listings.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ACTIONS = ("add", "change", "delete", "view")
MODERATOR_PERMISSIONS = tuple(f"{action}_opportunity" for action in (*ACTIONS, "publish", "lock", "unlock"))
COORDINATOR_PERMISSIONS = (
    *(
        f"{action}_{model}"
        for model in (
            "volunteerprofile",
            "volunteersettings",
            "codeofconduct",
            "trainingmodule",
            "trainingrecord",
            "backgroundcheck",
            "application",
            "shift",
            "shiftsignup",
            "hoursentry",
            "supervisioncheckin",
        )
        for action in ACTIONS
    ),
    "view_opportunity",
)
PARTNER_PERMISSIONS = (
    "add_opportunity",
    "change_opportunity",
    "view_opportunity",
    "add_shift",
    "change_shift",
    "view_shift",
    "view_shiftsignup",
    "change_application",
    "view_application",
    "change_hoursentry",
    "view_hoursentry",
)


def grant_and_moderate(apps, schema_editor):
    # Permissions are normally created after every migration has run: create the new ones now.
    app_config = apps.get_app_config("volunteers")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps, using=schema_editor.connection.alias)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Network = apps.get_model("portal", "Network")
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    def named(codenames):
        return Permission.objects.filter(content_type__app_label="volunteers", codename__in=codenames)

    for slug in Network.objects.values_list("slug", flat=True):
        for role, codenames in (
            ("moderator", MODERATOR_PERMISSIONS),
            ("coordinator", COORDINATOR_PERMISSIONS),
            ("partner", PARTNER_PERMISSIONS),
        ):
            for group in Group.objects.filter(name=f"{slug}: {role}"):
                group.permissions.add(*named(codenames))

    service_workflow = WorkflowContentType.objects.filter(
        content_type__app_label="directory", content_type__model="service"
    ).first()
    if service_workflow is not None:
        opportunity, _ = ContentType.objects.get_or_create(app_label="volunteers", model="opportunity")
        WorkflowContentType.objects.update_or_create(
            content_type=opportunity, defaults={"workflow_id": service_workflow.workflow_id}
        )


class Migration(migrations.Migration):
    dependencies = [
        ("volunteers", "0002_people_opportunities_and_records"),
        ("portal", "0007_shared_cache_table"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant_and_moderate, migrations.RunPython.noop)]
