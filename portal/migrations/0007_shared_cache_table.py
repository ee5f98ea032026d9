"""The database cache's table, where sign-in limits count when Redis is not configured."""

from django.core.management import call_command
from django.db import migrations

# DATABASE_CACHE["LOCATION"] in portal/settings/base.py. Created whichever cache is configured, so that moving
# from Redis to the database later needs no extra step.
CACHE_TABLE = "portal_cache"


def create_cache_table(apps, schema_editor):
    # What `manage.py createcachetable` does, on the database being migrated; it leaves an existing table alone.
    call_command("createcachetable", CACHE_TABLE, database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0006_partners_move_to_portal"),
    ]

    operations = [
        # Migrating back keeps the table: the settings, not the migration state, make the code count in it.
        migrations.RunPython(create_cache_table, migrations.RunPython.noop, elidable=False),
    ]
