"""The words of each network's listings per language, for correcting misspelt searches with trigrams, and
the crisis flag on search documents. As in 0003, the trigram index exists on PostgreSQL only."""

import django.contrib.postgres.indexes
import django.db.models.deletion
from django.db import migrations, models

TRIGRAM_INDEX = django.contrib.postgres.indexes.GinIndex(
    fields=["word"], name="directory_search_term_trgm", opclasses=["gin_trgm_ops"]
)


def add_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.add_index(apps.get_model("directory", "SearchTerm"), TRIGRAM_INDEX)


def remove_trigram_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.remove_index(apps.get_model("directory", "SearchTerm"), TRIGRAM_INDEX)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0003_service_search_documents"),
        ("portal", "0005_network_verification_interval"),
    ]

    operations = [
        migrations.AddField(
            model_name="servicesearchdocument",
            name="is_crisis",
            field=models.BooleanField(default=False),
        ),
        migrations.CreateModel(
            name="SearchTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=10, verbose_name="language")),
                ("word", models.CharField(max_length=60, verbose_name="word")),
                (
                    "network",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="portal.network"
                    ),
                ),
            ],
            options={
                "verbose_name": "search term",
                "constraints": [
                    models.UniqueConstraint(fields=("network", "language", "word"), name="unique_search_term")
                ],
            },
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.AddIndex(model_name="searchterm", index=TRIGRAM_INDEX)],
            database_operations=[migrations.RunPython(add_trigram_index, remove_trigram_index)],
        ),
    ]
