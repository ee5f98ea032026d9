"""Partner organizations and their staff move to the platform, keeping every row, id and reference.

The tables are renamed (foreign keys follow a rename in PostgreSQL), and the content types are relabelled rather
than recreated, so that permissions held by groups, revisions and admin log entries still point at the same rows.
"""

import django.db.models.deletion
from django.db import migrations, models


MOVED_MODELS = ("organization", "organizationmembership")


def relabel_content_types(apps, old_label: str, new_label: str) -> None:
    content_types = apps.get_model("contenttypes", "ContentType").objects
    for model in MOVED_MODELS:
        if not content_types.filter(app_label=new_label, model=model).exists():
            content_types.filter(app_label=old_label, model=model).update(app_label=new_label)


def move_content_types_to_portal(apps, schema_editor):
    relabel_content_types(apps, "directory", "portal")


def move_content_types_to_directory(apps, schema_editor):
    relabel_content_types(apps, "portal", "directory")


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0005_hsds_imports'),
        ('portal', '0006_partners_move_to_portal'),
        ('contenttypes', '0002_remove_content_type_name'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[
                migrations.RunSQL(
                    [
                        "ALTER TABLE directory_organization RENAME TO portal_organization",
                        "ALTER TABLE directory_organizationmembership RENAME TO portal_organizationmembership",
                    ],
                    reverse_sql=[
                        "ALTER TABLE portal_organization RENAME TO directory_organization",
                        "ALTER TABLE portal_organizationmembership RENAME TO directory_organizationmembership",
                    ],
                ),
                migrations.RunPython(move_content_types_to_portal, move_content_types_to_directory),
            ],
            state_operations=[
            migrations.RemoveField(
                model_name='organizationmembership',
                name='organization',
            ),
            migrations.AlterField(
                model_name='location',
                name='organization',
                field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='locations', to='portal.organization', verbose_name='organization'),
            ),
            migrations.AlterField(
                model_name='service',
                name='organization',
                field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='services', to='portal.organization', verbose_name='organization'),
            ),
            migrations.RemoveField(
                model_name='organizationmembership',
                name='user',
            ),
            migrations.DeleteModel(
                name='Organization',
            ),
            migrations.DeleteModel(
                name='OrganizationMembership',
            ),
            ],
        ),
    ]
