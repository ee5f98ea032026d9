"""Search that forgives accents: text-search configurations that strip accents before stemming, and the
documents rebuilt with them. PostgreSQL's `unaccent` ships with every packaged server and the embedded one."""

from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations

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
    dependencies = [("directory", "0006_partners_move_to_portal")]

    operations = [
        UnaccentExtension(),
        migrations.RunSQL(create_configurations_sql(), reverse_sql=drop_configurations_sql()),
        migrations.RunSQL(rebuild_vectors_sql(after=True), reverse_sql=rebuild_vectors_sql(after=False)),
    ]
