"""Exporting HSDS 3.0: a valid datapackage of one network, confidential addresses withheld, a lossless round trip."""

import csv
import json
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import translation

from directory.hsds.columns import COLUMNS
from directory.hsds.importer import import_hsds
from directory.hsds.tabular import TABLE_FILES
from directory.hsds.validation import row_as_json, schema_registry, validator_for
from directory.models import Service
from directory.tests.factories import LocationFactory, ServiceFactory

SPECS = Path("/work/shared/specs/hsds-3.0")
EXAMPLE = SPECS / "examples" / "csv"
SCHEMAS = SPECS / "schema"

pytestmark = pytest.mark.django_db


def read_tables(folder: Path) -> dict[str, list[dict]]:
    tables = {}
    for table, file_name in TABLE_FILES.items():
        if (folder / file_name).exists():
            with (folder / file_name).open(encoding="utf-8", newline="") as handle:
                tables[table] = list(csv.DictReader(handle))
    return tables


def confidential_location(network):
    return LocationFactory(
        network=network,
        address_1="77 Hidden Lane",
        is_confidential=True,
        confidential_contact="Call the intake line",
        accessibility="Step-free entrance at 77 Hidden Lane",
    )


def test_export_validates_against_the_hsds_schemas(network_a, tmp_path):
    import_hsds(network_a, EXAMPLE)
    ServiceFactory(network=network_a, name="Walk-in clinic")
    out = tmp_path / "out"

    call_command("export_hsds", str(out), network=network_a.slug)

    tables = read_tables(out)
    registry = schema_registry(SCHEMAS)
    checked = 0
    for table, rows in tables.items():
        validator = validator_for(SCHEMAS, f"{table}.json", registry)
        for row in rows:
            errors = [error.message for error in validator.iter_errors(row_as_json(table, row))]
            assert errors == [], (table, row, errors)
            checked += 1
    assert checked > 30  # the seeded category tree, the example's rows and the factory service
    assert (out / "datapackage.json").exists()
    assert {row["name"] for row in tables["service"]} == {"Community Counselling", "Walk-in clinic"}


def test_export_holds_only_the_network_and_never_a_confidential_address(network_a, network_b, tmp_path):
    ServiceFactory(network=network_a, name="Alpha help")
    ServiceFactory(network=network_b, name="Beta help")
    hidden = confidential_location(network_a)
    out = tmp_path / "alpha.zip"

    call_command("export_hsds", str(out), network=network_a.slug)

    with zipfile.ZipFile(out) as archive:
        everything = "".join(archive.read(name).decode("utf-8") for name in archive.namelist())
        assert "datapackage.json" in archive.namelist()
    assert "Alpha help" in everything and "Beta help" not in everything
    assert "Hidden Lane" not in everything
    assert "Call the intake line" in everything
    locations = [row for row in csv.DictReader(zipfile.ZipFile(out).read("locations.csv").decode().splitlines())]
    row = next(row for row in locations if row["name"] == hidden.name)
    assert (row["latitude"], row["longitude"], row["description"]) == ("", "", "Call the intake line")


# Columns the directory holds, table by table; other columns are reported as "not kept" on import.
HELD = {
    "organization": ["id", "name", "alternate_name", "description", "email", "website"],
    "service": [
        "id",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "email",
        "status",
        "interpretation_services",
        "application_process",
        "fees_description",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "assured_date",
        "alert",
    ],
    "location": ["id", "location_type", "url", "name", "description", "transportation"],
    "address": ["address_1", "address_2", "city", "state_province", "postal_code", "country"],
    "service_at_location": ["id", "service_id", "location_id", "description"],
    "phone": ["service_id", "extension", "type", "description"],
    "required_document": ["service_id", "document"],
    "taxonomy_term": ["id", "name", "description"],
}


def test_round_trip_of_the_example_loses_nothing_the_model_holds(network_a, network_b, tmp_path):
    import_hsds(network_a, EXAMPLE)
    out = tmp_path / "out"
    call_command("export_hsds", str(out), network=network_a.slug)
    original, exported = read_tables(EXAMPLE), read_tables(out)

    for table, columns in HELD.items():
        for source in original[table]:
            match = [
                row for row in exported[table] if all(row.get(c) == source.get(c) for c in ("id",) if c in columns)
            ]
            if "id" not in columns:
                match = exported[table][:1]
            assert match, (table, source["id"])
            for column in columns:
                # Imported text is trimmed of surrounding spaces; nothing else may change.
                assert match[0][column] == source[column].strip(), (table, column)
    phone = exported["phone"][0]
    assert phone["number"] == original["phone"][0]["number"].strip('"')
    assert [row["code"] for row in exported["language"]] == ["ur", "ur"]
    schedule = exported["schedule"][0]
    assert (schedule["byday"], schedule["opens_at"], schedule["closes_at"]) == ("TH,FR", "10:00:00", "18:00:00")
    cost = exported["cost_option"][0]
    assert (cost["amount"], cost["currency"]) == ("35.00", "GBP")
    # The example's only attribute links to no service in the package, so the service has no category.
    assert not [row for row in exported["attribute"] if row["link_id"] == original["service"][0]["id"]]

    # Importing the export elsewhere rebuilds the same service, field by field.
    import_hsds(network_b, out)
    first = Service.objects.for_network(network_a).get()
    second = Service.objects.for_network(network_b).get()
    for field in HELD["service"][2:] + ["hsds_id", "last_verified_at"]:
        if field.endswith("_id") or field == "assured_date":
            continue
        with translation.override(network_a.default_language):
            expected = getattr(first, field)
        with translation.override(network_b.default_language):
            assert getattr(second, field) == expected, field
    for relation, fields in {
        "phones": ("number", "extension", "kind", "description", "languages"),
        "languages": ("code",),
        "opening_hours": ("weekday", "opens_at", "closes_at"),
        "cost_options": ("option", "amount", "currency", "amount_description"),
        "required_documents": ("document",),
    }.items():
        with translation.override(network_a.default_language):
            expected = list(getattr(first, relation).values_list(*fields))
        with translation.override(network_b.default_language):
            assert list(getattr(second, relation).values_list(*fields)) == expected, relation
    assert first.service_at_locations.get().location.address_1 == second.service_at_locations.get().location.address_1


def test_export_columns_name_real_hsds_fields():

    for table, columns in COLUMNS.items():
        properties = json.loads((SCHEMAS / f"{table}.json").read_text())["properties"]
        assert set(columns) <= set(properties), table
