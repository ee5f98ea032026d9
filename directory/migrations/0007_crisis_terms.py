"""Crisis terms a network's moderators add to the built-in lists; existing moderator groups get their permissions
(new networks get them when provisioned)."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

ACTIONS = ("add", "change", "delete", "view")


def grant_moderators(apps, schema_editor):
    # Permissions are normally created after every migration has run: create this model's now.
    app_config = apps.get_app_config("directory")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps, using=schema_editor.connection.alias)
    app_config.models_module = None
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Network = apps.get_model("portal", "Network")
    permissions = Permission.objects.filter(
        content_type__app_label="directory", codename__in=[f"{action}_networkcrisisterm" for action in ACTIONS]
    )
    for slug in Network.objects.values_list("slug", flat=True):
        for group in Group.objects.filter(name=f"{slug}: moderator"):
            group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0006_partners_move_to_portal"),
        ("portal", "0007_shared_cache_table"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="NetworkCrisisTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "language",
                    models.CharField(
                        choices=[
                            ("en", "English"),
                            ("es", "Español"),
                            ("zh-hans", "简体中文"),
                            ("vi", "Tiếng Việt"),
                            ("ar", "العربية"),
                        ],
                        max_length=10,
                        verbose_name="language",
                    ),
                ),
                (
                    "term",
                    models.CharField(
                        help_text="As people type it, such as “want to disappear”. Whole words match, in any case and with or without accents. A word ending in * matches any ending (overdos*); “..” stands for up to three other words.",
                        max_length=200,
                        verbose_name="words",
                    ),
                ),
                ("added_at", models.DateTimeField(auto_now_add=True, verbose_name="added")),
                (
                    "added_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="added by",
                    ),
                ),
                (
                    "network",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="portal.network"
                    ),
                ),
            ],
            options={
                "verbose_name": "crisis term",
                "verbose_name_plural": "crisis terms",
                "ordering": ["language", "term"],
                "constraints": [
                    models.UniqueConstraint(fields=("network", "language", "term"), name="unique_network_crisis_term")
                ],
            },
        ),
        migrations.RunPython(grant_moderators, migrations.RunPython.noop),
    ]
