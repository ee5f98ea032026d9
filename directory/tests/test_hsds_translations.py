"""The translations side file of an HSDS package, and the demo packages that use it."""

import csv
import shutil
import zipfile
from pathlib import Path

import pytest
from django.utils import translation

from directory.demo.seeding import DATA
from directory.hsds.importer import import_hsds
from directory.hsds.tabular import TABLE_FILES, read_package
from directory.hsds.validation import row_as_json, schema_registry, validator_for
from directory.models import CostOption, Location, RequiredDocument, Service
from portal.models import Organization

SPECS = Path("/work/shared/specs/hsds-3.0")
EXAMPLE = SPECS / "examples" / "csv"
SCHEMAS = SPECS / "schema"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
ORG_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"
LOCATION_ID = "3a19ff88-4620-4d17-9830-ac1d859eb5d5"
COST_ID = "1fdf4d39-3d80-484d-9f92-a8ffa08621e7"
DOCUMENT_ID = "f6ad7e69-b9c8-42ce-92db-92cedb4c05c0"
HEADER = ["table", "id", "field", "language", "text"]

GOOD = [
    ["service", SERVICE_ID, "name", "es", "Consejería comunitaria"],
    ["service", SERVICE_ID, "name", "zh-hans", "社区心理咨询"],
    ["service", SERVICE_ID, "description", "es", "Consejería con profesionales capacitados."],
    ["organization", ORG_ID, "description", "zh_Hans", "示例组织是一个非营利组织。"],
    ["location", LOCATION_ID, "name", "es", "Centro Cívico de MyCity"],
    ["cost_option", COST_ID, "amount_description", "es", "por sesión de una hora"],
    ["required_document", DOCUMENT_ID, "document", "zh-hans", "任何官方身份证件和地址证明。"],
]

pytestmark = pytest.mark.django_db


def package_with(tmp_path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    target = tmp_path / "package"
    shutil.copytree(EXAMPLE, target)
    with (target / "translations.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
    return target


def test_spanish_and_chinese_texts_land_in_their_columns_and_the_package_text_in_the_default(network_a, tmp_path):
    report = import_hsds(network_a, package_with(tmp_path, GOOD))

    assert report.errors == []
    assert [problem for problem in report.warnings if problem.source == "translations.csv"] == []
    service = Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID)
    assert (service.name_en, service.name_es, service.name_zh_hans) == (
        "Community Counselling",
        "Consejería comunitaria",
        "社区心理咨询",
    )
    assert service.description_es == "Consejería con profesionales capacitados."
    assert service.name_vi in (None, "")
    organization = Organization.objects.for_network(network_a).get(hsds_id=ORG_ID)
    assert organization.description_zh_hans == "示例组织是一个非营利组织。"
    assert Location.objects.for_network(network_a).get(hsds_id=LOCATION_ID).name_es == "Centro Cívico de MyCity"
    cost = CostOption.objects.get(service=service)
    assert cost.amount_description_es == "por sesión de una hora"
    assert "per 1 hour session" in cost.amount_description_en
    assert RequiredDocument.objects.get(service=service).document_zh_hans == "任何官方身份证件和地址证明。"
    with translation.override("zh-hans"):
        assert Service.objects.get(pk=service.pk).name == "社区心理咨询"


def test_a_reader_sees_the_imported_translation_and_search_finds_it(network_a, tmp_path, client_for):
    import_hsds(network_a, package_with(tmp_path, GOOD))
    service = Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID)

    page = client_for(network_a).get(f"/es/services/{service.pk}/").content.decode()
    results = client_for(network_a).get("/zh-hans/services/", {"q": "社区心理咨询"}).content.decode()

    assert 'lang="es">Consejería comunitaria</h1>' in page
    assert f'id="service-{service.pk}"' in results


def test_bad_rows_are_reported_with_file_and_line_and_the_rest_imports(network_a, tmp_path):
    rows = [
        GOOD[0],
        ["service", SERVICE_ID, "name", "fr", "Conseil communautaire"],  # line 3: not a portal language
        ["service", "99999999-9999-4999-8999-999999999999", "name", "es", "Nadie"],  # line 4: no such service
        ["service", SERVICE_ID, "status", "es", "activo"],  # line 5: not a text
        ["funding", SERVICE_ID, "source", "es", "Donaciones"],  # line 6: not a translatable table
        ["service", SERVICE_ID, "name", "en", "Counselling"],  # line 7: the package's own language
        ["service", SERVICE_ID, "name", "es", "Otra vez"],  # line 8: said twice
        ["service", SERVICE_ID, "alert", "es", "x" * 301],  # line 9: longer than the column
        ["service", SERVICE_ID, "description", "zh-hans", ""],  # line 10: no text
        GOOD[1],
    ]

    report = import_hsds(network_a, package_with(tmp_path, rows))

    problems = {(problem.source, problem.line): problem.reason for problem in report.errors}
    assert set(problems) == {("translations.csv", line) for line in range(3, 11)}
    assert "unknown language fr" in problems[("translations.csv", 3)]
    assert "unknown record: services.csv has no row with id 9999" in problems[("translations.csv", 4)]
    assert "unknown field status of service" in problems[("translations.csv", 5)]
    assert "unknown table funding" in problems[("translations.csv", 6)]
    assert "default language" in problems[("translations.csv", 7)]
    assert "duplicate translation" in problems[("translations.csv", 8)]
    assert "(line 2 is kept)" in problems[("translations.csv", 8)]
    assert "text too long for alert: 301 characters, at most 300" in problems[("translations.csv", 9)]
    assert "missing required field: text" in problems[("translations.csv", 10)]
    service = Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID)
    assert (service.name_en, service.name_es, service.name_zh_hans) == (
        "Community Counselling",
        "Consejería comunitaria",
        "社区心理咨询",
    )
    assert not service.alert_es


def test_a_file_without_the_expected_columns_is_reported_once_and_the_package_still_imports(network_a, tmp_path):
    package = package_with(
        tmp_path, [["service", SERVICE_ID, "name", "Consejería"]], header=["table", "id", "field", "text"]
    )

    report = import_hsds(network_a, package)

    assert [(p.source, p.line) for p in report.errors] == [("translations.csv", 1)]
    assert "missing column(s) language" in report.errors[0].reason
    assert Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID).name == "Community Counselling"


def test_translations_of_a_refused_row_are_not_kept_and_say_so(network_a, tmp_path):
    package = package_with(tmp_path, GOOD)
    text = (package / "services.csv").read_text(encoding="utf-8")
    (package / "services.csv").write_text(text.replace(",active,", ",open,"), encoding="utf-8")

    report = import_hsds(network_a, package)

    assert "invalid status open" in report.errors[0].reason
    warnings = {p.line: p.reason for p in report.warnings if p.source == "translations.csv"}
    # One warning per record (at its first line): the service, and its cost and document that went with it.
    assert sorted(warnings) == [2, 7, 8]
    assert warnings[2] == f"not kept: the service row {SERVICE_ID} was not imported or keeps no text"


def test_a_spanish_first_network_takes_the_english_text_from_the_side_file(network_b, tmp_path):
    rows = [
        ["service", SERVICE_ID, "name", "en", "Community Counselling (EN)"],
        ["service", SERVICE_ID, "name", "es", "X"],
    ]

    report = import_hsds(network_b, package_with(tmp_path, rows))

    service = Service.objects.for_network(network_b).get(hsds_id=SERVICE_ID)
    assert (service.name_es, service.name_en) == ("Community Counselling", "Community Counselling (EN)")
    assert [(p.line, "default language" in p.reason) for p in report.errors] == [(3, True)]


def test_a_zip_carries_its_translations_and_a_second_import_changes_nothing(network_a, tmp_path):
    package = package_with(tmp_path, GOOD)
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for path in package.iterdir():
            handle.write(path, f"export/{path.name}")

    first, second = import_hsds(network_a, archive), import_hsds(network_a, archive)

    assert first.errors == second.errors == []
    assert second.created["services"] == 0
    service = Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID)
    assert (service.name_es, service.name_zh_hans) == ("Consejería comunitaria", "社区心理咨询")
    assert CostOption.objects.get(service=service).amount_description_es == "por sesión de una hora"


@pytest.mark.parametrize("slug", ["harbor", "riverside"])
def test_each_demo_package_is_valid_hsds_and_its_translations_name_real_rows(slug):
    package = DATA / slug
    tables = read_package(package)
    registry = schema_registry(SCHEMAS)
    checked = 0
    for table, rows in tables.rows.items():
        validator = validator_for(SCHEMAS, f"{table}.json", registry)
        for row in rows:
            errors = [error.message for error in validator.iter_errors(row_as_json(table, row.values))]
            assert errors == [], (row.source, row.line, errors)
            checked += 1
    assert checked > 500
    assert {TABLE_FILES[table] for table in tables.rows} == {path.name for path in package.glob("*.csv")} - {
        "translations.csv"
    }
    ids = {(table, row.get("id")) for table, rows in tables.rows.items() for row in rows}
    assert len(tables.translations) > 800
    assert all((row.get("table"), row.get("id")) in ids for row in tables.translations)
