"""Search documents per (service, language). GIN indexes and pg_trgm exist on PostgreSQL only: the SQLite demo
searches with a plain fallback, so there the table is created without them."""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
import django.db.models.deletion
from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

POSTGRES_ONLY_INDEXES = [
    django.contrib.postgres.indexes.GinIndex(fields=["vector"], name="directory_ssd_vector"),
    django.contrib.postgres.indexes.GinIndex(
        fields=["text"], name="directory_ssd_text_trgm", opclasses=["gin_trgm_ops"]
    ),
]


def add_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("directory", "ServiceSearchDocument")
    for index in POSTGRES_ONLY_INDEXES:
        schema_editor.add_index(model, index)


def remove_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    model = apps.get_model("directory", "ServiceSearchDocument")
    for index in POSTGRES_ONLY_INDEXES:
        schema_editor.remove_index(model, index)


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0002_category_organization_location_and_more"),
        ("portal", "0003_remove_wagtail_welcome_site"),
    ]

    operations = [
        # Does nothing on SQLite: Django's extension operations skip other databases.
        TrigramExtension(),
        migrations.CreateModel(
            name="ServiceSearchDocument",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=10, verbose_name="language")),
                ("name", models.TextField(blank=True)),
                ("categories", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("text", models.TextField(blank=True)),
                ("vector", django.contrib.postgres.search.SearchVectorField(null=True)),
                (
                    "network",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="portal.network"
                    ),
                ),
                (
                    "service",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="search_documents",
                        to="directory.service",
                    ),
                ),
            ],
            options={
                "verbose_name": "service search document",
                "indexes": [models.Index(fields=["network", "language"], name="directory_ssd_network_lang")],
                "constraints": [
                    models.UniqueConstraint(fields=("service", "language"), name="unique_service_search_document")
                ],
            },
        ),
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AddIndex(model_name="servicesearchdocument", index=index) for index in POSTGRES_ONLY_INDEXES
            ],
            database_operations=[migrations.RunPython(add_postgres_indexes, remove_postgres_indexes)],
        ),
    ]
