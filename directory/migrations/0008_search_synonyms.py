"""Search that forgives: text-search configurations that strip accents before stemming (the documents rebuilt
with them; PostgreSQL's `unaccent` ships with every packaged server and the embedded one), and the synonym
sets moderators keep per network and language."""

import django.db.models.deletion
from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations, models

# Language -> (configuration before, configuration after); the after ones are created below.
CONFIGS = {
    "en": ("english", "directory_english"),
    "es": ("spanish", "directory_spanish"),
    "ar": ("arabic", "directory_arabic"),
    "zh-hans": ("simple", "directory_simple"),
    "vi": ("simple", "directory_simple"),
}
# The stemmer (or `simple`) each unaccented configuration hands its words to after `unaccent`.
BASES = {"english": "english_stem", "spanish": "spanish_stem", "arabic": "arabic_stem", "simple": "simple"}
# Token types that can hold accented letters (the ascii* types hold none).
ACCENTED_TOKENS = "word, hword, hword_part"


def create_configurations_sql() -> str:
    statements = []
    for base, dictionary in BASES.items():
        name = f"directory_{base}"
        statements += [
            f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = pg_catalog.{base})",
            f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR {ACCENTED_TOKENS} WITH unaccent, {dictionary}",
        ]
    return ";\n".join(statements)


def drop_configurations_sql() -> str:
    return ";\n".join(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS directory_{base}" for base in BASES)


def rebuild_vectors_sql(after: bool) -> str:
    """The documents' vectors again, in each language's configuration (before or after this migration)."""
    cases = " ".join(f"WHEN '{code}' THEN '{pair[int(after)]}'" for code, pair in CONFIGS.items())
    config = f"(CASE language {cases} ELSE 'simple' END)::regconfig"
    return f"""UPDATE directory_servicesearchdocument SET vector =
        setweight(to_tsvector({config}, name), 'A') || setweight(to_tsvector({config}, categories), 'B')
        || setweight(to_tsvector({config}, body), 'C')"""


class Migration(migrations.Migration):
    dependencies = [("directory", "0007_crisis_terms")]

    operations = [
        UnaccentExtension(),
        migrations.RunSQL(create_configurations_sql(), reverse_sql=drop_configurations_sql()),
        migrations.RunSQL(rebuild_vectors_sql(after=True), reverse_sql=rebuild_vectors_sql(after=False)),
        migrations.CreateModel(
            name="SearchSynonymSet",
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
                    "terms",
                    models.TextField(
                        help_text="One word or phrase per line, for example: detox, withdrawal management.",
                        verbose_name="words and phrases",
                    ),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="updated")),
                (
                    "network",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="+", to="portal.network"
                    ),
                ),
            ],
            options={
                "verbose_name": "search synonyms",
                "verbose_name_plural": "search synonyms",
                "ordering": ["language", "terms"],
            },
        ),
    ]
