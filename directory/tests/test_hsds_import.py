"""Importing HSDS 3.0: the example datapackage, re-imports, bad rows, organization rollback, zip and JSON."""

import zipfile

import pytest
from django.core.management import call_command
from django.db import connection
from modeltranslation.utils import build_localized_fieldname

from directory.hsds import importer as importer_module
from directory.hsds.exporter import taxonomy_row
from directory.hsds.importer import import_hsds
from directory.hsds.package_files import MAX_UPLOAD_BYTES, MiB
from directory.models import (
    Category,
    HsdsImport,
    Location,
    Service,
    ServiceAtLocation,
    ServicePhone,
)
from directory.search import search_services
from directory.tests.hsds_packages import EXAMPLE, ORG_ID, SERVICE_ID, SPECS, append_rows, copy_example, csv_rows
from portal.models import Organization
from portal.tests.factories import make_staff
from tests.admin_clients import mfa_client

pytestmark = pytest.mark.django_db


def test_example_package_imports_every_organization_service_and_location(network_a):
    report = import_hsds(network_a, EXAMPLE)

    assert Organization.objects.for_network(network_a).count() == len(csv_rows(EXAMPLE, "organizations.csv"))
    assert Service.objects.for_network(network_a).count() == len(csv_rows(EXAMPLE, "services.csv"))
    assert Location.objects.for_network(network_a).count() == len(csv_rows(EXAMPLE, "locations.csv"))
    assert report.errors == []
    service = Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID)
    assert service.live and service.status == "active"
    assert (service.minimum_age, service.maximum_age) == (12, 100)
    assert service.organization.hsds_id == ORG_ID
    assert service.last_verified_at.date().isoformat() == "2005-01-01"
    assert [(h.weekday, h.opens_at.hour, h.closes_at.hour) for h in service.opening_hours.order_by("weekday")] == [
        (3, 10, 18),
        (4, 10, 18),
    ]
    assert list(service.languages.values_list("code", flat=True)) == ["ur"]
    phone = service.phones.get()
    assert (phone.number, phone.extension, phone.languages) == ("+44 1234 234567", "100", ["ur"])
    cost = service.cost_options.get()
    assert (cost.amount, cost.currency) == (35, "GBP")
    assert "Under 18s and Over 60s" in cost.amount_description
    assert service.required_documents.count() == 1
    location = Location.objects.for_network(network_a).get()
    assert (location.address_1, location.city, location.postal_code) == ("1-30 Main Street", "MyCity", "ABC 1234")
    assert "induction loops" in location.accessibility
    assert ServiceAtLocation.objects.filter(service=service, location=location).exists()
    category = Category.objects.for_network(network_a).get(hsds_id="3f7b145d-84af-42d7-8fae-eaca714b02b2")
    assert category.name == "name"
    # What the directory does not hold is summarised once, not reported as errors.
    assert "funding.csv" in report.not_kept and "contacts.csv" in report.not_kept
    assert "wait_time" in report.not_kept["services.csv"]


def test_text_goes_into_the_network_default_language_and_the_untranslated_column(network_b):
    import_hsds(network_b, EXAMPLE)

    service = Service.objects.for_network(network_b).get(hsds_id=SERVICE_ID)
    spanish = build_localized_fieldname("name", network_b.default_language)
    assert getattr(service, spanish) == "Community Counselling"
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM directory_service WHERE id = %s", [service.pk])
        assert cursor.fetchone()[0] == "Community Counselling"
    assert service.name_en in (None, "")


def test_reimport_updates_and_never_duplicates(network_a, tmp_path):
    package = copy_example(tmp_path)
    import_hsds(network_a, package)
    text = (package / "services.csv").read_text(encoding="utf-8")
    (package / "services.csv").write_text(text.replace("Community Counselling,", "Counselling for All,"), "utf-8")

    report = import_hsds(network_a, package)

    assert report.updated["services"] == 1 and report.created["services"] == 0
    assert Service.objects.for_network(network_a).count() == 1
    assert Organization.objects.for_network(network_a).count() == 1
    assert Location.objects.for_network(network_a).count() == 1
    assert ServiceAtLocation.objects.filter(service__network=network_a).count() == 1
    service = Service.objects.for_network(network_a).get()
    assert service.name == "Counselling for All"
    assert service.phones.count() == 1 and service.opening_hours.count() == 2


def test_bad_rows_are_reported_with_file_line_and_reason_and_good_rows_import(network_a, tmp_path):
    package = copy_example(tmp_path)
    good = {"id": "11111111-1111-4111-8111-111111111111", "organization_id": ORG_ID, "name": "Good", "status": "active"}
    append_rows(
        package,
        "services.csv",
        [
            good,
            {"id": "22222222-2222-4222-8222-222222222222", "organization_id": ORG_ID, "status": "active"},
            {"id": "33333333-3333-4333-8333-333333333333", "organization_id": "nope", "name": "X", "status": "active"},
            {"id": "44444444-4444-4444-8444-444444444444", "organization_id": ORG_ID, "name": "Y", "status": "open"},
            {
                "id": "55555555-5555-4555-8555-555555555555",
                "organization_id": ORG_ID,
                "name": "Z",
                "status": "active",
                "minimum_age": "twelve",
            },
        ],
    )

    report = import_hsds(network_a, package)

    problems = {(p.source, p.line): p.reason for p in report.errors}
    assert "missing required field: name" in problems[("services.csv", 4)]
    assert "unknown organization_id nope" in problems[("services.csv", 5)]
    assert "invalid status open" in problems[("services.csv", 6)]
    assert "minimum_age is not a number: twelve" in problems[("services.csv", 7)]
    assert len(report.errors) == 4
    names = set(Service.objects.for_network(network_a).values_list("name", flat=True))
    assert names == {"Community Counselling", "Good"}


def test_a_bad_organization_rolls_back_alone(network_a, tmp_path):
    package = copy_example(tmp_path)
    bad_org, good_org = "66666666-6666-4666-8666-666666666666", "77777777-7777-4777-8777-777777777777"
    append_rows(package, "organizations.csv", [{"id": bad_org, "name": "No description"}])
    append_rows(package, "organizations.csv", [{"id": good_org, "name": "Fine", "description": "Fine."}])
    append_rows(
        package,
        "services.csv",
        [
            {"id": "88888888-8888-4888-8888-888888888888", "organization_id": bad_org, "name": "A", "status": "active"},
            {
                "id": "99999999-9999-4999-8999-999999999999",
                "organization_id": good_org,
                "name": "B",
                "status": "active",
            },
        ],
    )

    report = import_hsds(network_a, package)

    assert [(p.source, p.line) for p in report.errors] == [("organizations.csv", 3)]
    assert "missing required field: description" in report.errors[0].reason
    assert set(Organization.objects.for_network(network_a).values_list("hsds_id", flat=True)) == {ORG_ID, good_org}
    assert set(Service.objects.for_network(network_a).values_list("name", flat=True)) == {"Community Counselling", "B"}


def test_a_failure_midway_through_an_organization_undoes_its_earlier_rows(network_a, tmp_path, monkeypatch):
    package = copy_example(tmp_path)
    other = "77777777-7777-4777-8777-777777777777"
    append_rows(package, "organizations.csv", [{"id": other, "name": "Other", "description": "Other."}])
    append_rows(
        package,
        "services.csv",
        [{"id": "99999999-9999-4999-8999-999999999999", "organization_id": other, "name": "B", "status": "active"}],
    )
    original = importer_module.HsdsImporter._save_service

    def explode_for_example(self, organization, row):
        original(self, organization, row)
        if organization.hsds_id == ORG_ID:
            raise RuntimeError("disk full")

    monkeypatch.setattr(importer_module.HsdsImporter, "_save_service", explode_for_example)
    report = import_hsds(network_a, package)

    assert "disk full" in report.errors[0].reason
    assert list(Organization.objects.for_network(network_a).values_list("hsds_id", flat=True)) == [other]
    assert list(Service.objects.for_network(network_a).values_list("name", flat=True)) == ["B"]


def test_zip_package_imports(network_a, tmp_path):
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for path in EXAMPLE.iterdir():
            handle.write(path, f"hsds/{path.name}")

    report = import_hsds(network_a, archive)

    assert report.errors == []
    assert Service.objects.for_network(network_a).filter(hsds_id=SERVICE_ID).exists()


@pytest.mark.parametrize("name", ["service_full.json", "service_list.json"])
def test_hsds_json_imports(network_a, name):
    report = import_hsds(network_a, SPECS / "examples" / name)

    assert report.errors == []
    service = Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID)
    assert service.organization.hsds_id == ORG_ID
    assert import_hsds(network_a, SPECS / "examples" / name).created["services"] == 0
    if name == "service_list.json":
        return  # the list shape carries services and organizations only
    assert service.phones.get().languages == ["ur"]
    assert service.opening_hours.count() == 2
    location = service.service_at_locations.get().location
    assert location.address_1 == "1-30 Main Street"
    assert service.categories.filter(hsds_id="3f7b145d-84af-42d7-8fae-eaca714b02b2").exists()


def test_command_reports_progress_and_summary(network_a, capsys):
    call_command("import_hsds", str(EXAMPLE), network=network_a.slug)

    output = capsys.readouterr().out
    assert "services: 1 created, 0 updated" in output
    assert "[1/3]" in output
    assert "Not kept" in output


def test_moderator_uploads_a_zip_in_the_admin_and_sees_the_result(network_a, network_b, tmp_path):
    archive = tmp_path / "package.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for source in EXAMPLE.glob("*.csv"):
            handle.write(source, source.name)
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    assert "directory/hsds-import/" in moderator.get("/admin/").content.decode()  # the sidebar menu's data

    with archive.open("rb") as upload:
        response = moderator.post("/admin/directory/hsds-import/", {"file": upload})

    assert response.status_code == 302
    page = moderator.get(response["Location"]).content.decode()
    assert "Import finished" in page
    assert "services: 1 created, 0 updated" in page
    assert Service.objects.for_network(network_a).count() == 1
    job = HsdsImport.objects.get()
    assert (job.network, job.state, job.file_name, job.stored_name) == (network_a, "done", "package.zip", "")
    assert "package.zip" in moderator.get("/admin/directory/hsds-import/").content.decode()
    # The imported service is searchable at once: the import reindexed the network when it ended.
    assert search_services(network_a, "counselling", "en").total == 1
    # Another network's moderator cannot read this import's page, nor can a planner start one or see the menu.
    assert mfa_client(make_staff(network_b, "moderator"), network_b).get(response["Location"]).status_code == 404
    planner = mfa_client(make_staff(network_a, "planner"), network_a)
    refused = planner.get("/admin/directory/hsds-import/")  # Wagtail turns the refusal into a redirect home
    assert (refused.status_code, refused["Location"]) == (302, "/admin/")
    assert "hsds-import" not in planner.get("/admin/").content.decode()


def test_upload_of_another_kind_of_file_is_refused_with_a_reason(network_a, tmp_path):
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    text = tmp_path / "services.txt"
    text.write_text("not hsds")
    with text.open("rb") as upload:
        response = moderator.post("/admin/directory/hsds-import/", {"file": upload})
    assert response.status_code == 200
    assert "Choose a .zip or .json file." in response.content.decode()
    assert not HsdsImport.objects.exists()


def test_an_upload_over_the_size_limit_is_refused_before_it_is_stored(network_a, tmp_path):
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    big = tmp_path / "state-wide.zip"
    with big.open("wb") as handle:
        handle.truncate(MAX_UPLOAD_BYTES + 1)
    with big.open("rb") as upload:
        response = moderator.post("/admin/directory/hsds-import/", {"file": upload})
    assert response.status_code == 200
    assert f"The file is larger than {MAX_UPLOAD_BYTES // MiB} MiB." in response.content.decode()
    assert not HsdsImport.objects.exists()


def test_terms_of_the_networks_own_taxonomy_file_services_under_its_categories_unchanged(network_a, tmp_path):
    package = copy_example(tmp_path)
    own = taxonomy_row(network_a)["id"]
    crisis_line = Category.objects.for_network(network_a).get(code="crisis-line")
    before = {field: getattr(crisis_line, field) for field in ("name_en", "name_es", "parent_id", "hsds_id")}
    term = "12121212-1212-4121-8121-121212121212"
    append_rows(
        package,
        "taxonomy_terms.csv",
        [{"id": term, "code": "crisis-line", "name": "Hotlines", "description": "Hotlines", "taxonomy_id": own}],
    )
    append_rows(
        package,
        "attributes.csv",
        [{"id": "13131313-1313-4131-8131-131313131313", "link_id": SERVICE_ID, "taxonomy_term_id": term}],
    )

    report = import_hsds(network_a, package)

    assert report.errors == []
    service = Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID)
    assert list(service.categories.all()) == [crisis_line]
    crisis_line.refresh_from_db()
    assert {field: getattr(crisis_line, field) for field in before} == before
    assert not Category.objects.for_network(network_a).filter(name_en="Hotlines").exists()


def test_phones_keep_the_order_of_the_package_through_reimports(network_a, tmp_path):
    package = copy_example(tmp_path)
    numbers = ["+44 1234 000001", "+44 1234 000002", "+44 1234 000003"]
    append_rows(
        package,
        "phones.csv",
        [
            {"id": f"2222222{n}-2222-4222-8222-222222222222", "service_id": SERVICE_ID, "number": number}
            for n, number in enumerate(numbers)
        ],
    )
    import_hsds(network_a, package)
    service = Service.objects.for_network(network_a).get(hsds_id=SERVICE_ID)
    # Updated rows move in the table; only their sort order keeps them in place.
    ServicePhone.objects.filter(service=service, number=numbers[0]).update(description="moved")

    import_hsds(network_a, package)

    phones = list(Service.objects.get(pk=service.pk).phones.all())
    assert [phone.number for phone in phones] == ["+44 1234 234567", *numbers]
    assert [phone.sort_order for phone in phones] == [0, 1, 2, 3]


# -- re-importing an export, history ---------------------------------------------------------------------------------
