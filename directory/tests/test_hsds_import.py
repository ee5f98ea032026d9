"""Importing HSDS 3.0: the example datapackage, re-imports, bad rows, organization rollback, zip and JSON."""

import csv
import shutil
import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import ModelLogEntry, Revision

from directory.hsds import importer as importer_module
from directory.hsds.exporter import taxonomy_row
from directory.hsds.importer import import_hsds
from directory.hsds.package_files import MAX_UPLOAD_BYTES, MiB
from directory.models import (
    Category,
    CostOption,
    HsdsImport,
    Location,
    OpeningHours,
    RequiredDocument,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceLanguage,
    ServicePhone,
)
from directory.search import search_services
from directory.tests.factories import LocationFactory, OpeningHoursFactory, ServiceAtLocationFactory, ServiceFactory
from directory.verification import verify
from portal.models import Organization
from portal.tests.factories import make_staff
from tests.admin_clients import mfa_client

SPECS = Path("/work/shared/specs/hsds-3.0")
EXAMPLE = SPECS / "examples" / "csv"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
ORG_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"

pytestmark = pytest.mark.django_db


def csv_rows(folder: Path, name: str) -> list[dict]:
    with (folder / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def copy_example(tmp_path: Path) -> Path:
    target = tmp_path / "package"
    shutil.copytree(EXAMPLE, target)
    return target


def append_rows(folder: Path, name: str, rows: list[dict]) -> None:
    header = list(csv_rows(folder, name)[0].keys())
    with (folder / name).open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        for row in rows:
            writer.writerow({key: row.get(key, "") for key in header})


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

SNAPSHOT_MODELS = (
    Organization,
    Service,
    Service.categories.through,
    ServicePhone,
    ServiceLanguage,
    OpeningHours,
    ScheduleException,
    CostOption,
    RequiredDocument,
    Location,
    ServiceAtLocation,
    Category,
    Revision,
    ModelLogEntry,
)


def snapshot() -> dict[str, list[dict]]:
    """Every row the directory import could touch, with all its values."""
    return {model._meta.label: list(model.objects.order_by("pk").values()) for model in SNAPSHOT_MODELS}


def history(obj) -> list[str]:
    return list(ModelLogEntry.objects.for_instance(obj).order_by("pk").values_list("action", flat=True))


def test_reimporting_the_networks_own_export_changes_nothing(network_a, tmp_path):
    import_hsds(network_a, EXAMPLE)
    # Rows without HSDS ids (made in the admin), a confidential location, hours and a service edited before.
    service = ServiceFactory(network=network_a, last_verified_at=timezone.now())
    OpeningHoursFactory(service=service)
    hidden = LocationFactory(
        network=network_a,
        organization=service.organization,
        address_1="77 Hidden Lane",
        description="Shelter beds on the second floor",
        transportation="Bus 12",
        latitude=51.5,
        longitude=-0.12,
        is_confidential=True,
        confidential_contact="Call the intake line",
        accessibility="Step-free entrance at 77 Hidden Lane",
    )
    ServiceAtLocationFactory(service=service, location=hidden)
    service.save_revision().publish()
    export = tmp_path / "export.zip"
    call_command("export_hsds", str(export), network=network_a.slug)
    before = snapshot()

    call_command("import_hsds", str(export), network=network_a.slug)

    assert snapshot() == before
    assert Organization.objects.for_network(network_a).count() == 2


def test_an_import_never_overwrites_what_an_export_redacts(network_a, tmp_path):
    import_hsds(network_a, EXAMPLE)
    location = Location.objects.for_network(network_a).get()
    Location.objects.filter(pk=location.pk).update(
        is_confidential=True,
        confidential_contact="Call the intake line",
        description="Shelter beds",
        transportation="Bus 12",
        latitude=51.5,
        longitude=-0.12,
    )
    package = copy_example(tmp_path)
    for name, old, new in [
        ("addresses.csv", "1-30 Main Street", "1 Public Square"),
        ("locations.csv", "MyCity Civic Center is located", "Call the intake line. It is located"),
        ("accessibility.csv", "induction loops", "a ramp"),
    ]:
        (package / name).write_text((package / name).read_text(encoding="utf-8").replace(old, new), "utf-8")

    import_hsds(network_a, package)

    location.refresh_from_db()
    assert (location.address_1, location.description, location.transportation) == (
        "1-30 Main Street",
        "Shelter beds",
        "Bus 12",
    )
    assert (location.latitude, location.longitude) == (51.5, -0.12)
    assert "induction loops" in location.accessibility


def test_an_import_writes_history_for_the_rows_it_changes_and_none_for_the_others(network_a, tmp_path):
    import_hsds(network_a, EXAMPLE)
    service = Service.objects.for_network(network_a).get()
    organization, location = service.organization, Location.objects.for_network(network_a).get()
    # Locations are moderated like services (a revision each), organizations are not.
    assert (history(service), history(organization), history(location)) == (
        ["wagtail.create", "wagtail.publish"],
        ["wagtail.create"],
        ["wagtail.create", "wagtail.publish"],
    )
    assert service.revisions.count() == 1
    package = copy_example(tmp_path)
    text = (package / "services.csv").read_text(encoding="utf-8")
    (package / "services.csv").write_text(text.replace("Community Counselling,", "Counselling for All,"), "utf-8")

    report = import_hsds(network_a, package)

    assert history(service)[-2:] == ["wagtail.edit", "wagtail.publish"]
    assert service.revisions.count() == 2
    assert service.revisions.order_by("pk").last().as_object().name == "Counselling for All"
    assert (history(organization), history(location)) == (["wagtail.create"], ["wagtail.create", "wagtail.publish"])
    assert report.unchanged["organizations"] == 1 and report.unchanged["locations"] == 1
    logged = ModelLogEntry.objects.count()

    import_hsds(network_a, package)

    assert ModelLogEntry.objects.count() == logged
    assert service.revisions.count() == 2


def test_a_rename_by_an_admin_upload_appears_in_the_services_history(network_a, tmp_path):
    import_hsds(network_a, EXAMPLE)
    service = Service.objects.for_network(network_a).get()
    package = copy_example(tmp_path)
    text = (package / "services.csv").read_text(encoding="utf-8")
    (package / "services.csv").write_text(text.replace("Community Counselling,", "Counselling for All,"), "utf-8")
    archive = tmp_path / "renamed.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for source in package.glob("*.csv"):
            handle.write(source, source.name)
    moderator_user = make_staff(network_a, "moderator")
    moderator = mfa_client(moderator_user, network_a)

    with archive.open("rb") as upload:
        moderator.post("/admin/directory/hsds-import/", {"file": upload})

    entry = ModelLogEntry.objects.for_instance(service).filter(action="wagtail.edit").get()
    assert entry.user == moderator_user
    assert entry.revision.as_object().name == "Counselling for All"
    page = moderator.get(reverse("wagtailsnippets_directory_service:history", args=[service.pk])).content.decode()
    assert "Edited" in page and moderator_user.get_full_name() in page


def test_a_confidential_location_stays_confidential_through_an_export_and_an_import_elsewhere(
    network_a, network_b, tmp_path
):
    # Records first imported from a partner's package keep its ids, so another network can import their export.
    service = ServiceFactory(
        network=network_a, name="Safe Harbor Shelter", hsds_id="5b0d7f52-7b8e-4a31-9d2c-0c6f3f1e0a01"
    )
    Organization.objects.filter(pk=service.organization_id).update(hsds_id="5b0d7f52-7b8e-4a31-9d2c-0c6f3f1e0a02")
    hidden = LocationFactory(
        network=network_a,
        organization=service.organization,
        hsds_id="5b0d7f52-7b8e-4a31-9d2c-0c6f3f1e0a03",
        name="Harbor House",
        address_1="77 Hidden Lane",
        is_confidential=True,
        confidential_contact="Call the intake line",
    )
    ServiceAtLocationFactory(service=service, location=hidden)
    export = tmp_path / "export.zip"
    call_command("export_hsds", str(export), network=network_a.slug)

    report = import_hsds(network_b, export)

    assert report.created["locations"] == 1, report.errors
    moved = Location.objects.for_network(network_b).get(hsds_id="5b0d7f52-7b8e-4a31-9d2c-0c6f3f1e0a03")
    assert moved.is_confidential
    # The import writes the network's default language (Spanish here).
    assert moved.confidential_contact_es == "Call the intake line"
    assert (moved.address_1, moved.description, moved.latitude) == ("", "", None)
    assert Location.objects.for_network(network_b).filter(is_confidential=False).count() == 0


def with_assured_date(tmp_path: Path, assured: str) -> Path:
    package = copy_example(tmp_path)
    text = (package / "services.csv").read_text(encoding="utf-8")
    (package / "services.csv").write_text(text.replace("2005-01-01", assured), "utf-8")
    return package


def test_an_import_keeps_a_persons_verification_and_records_its_own_claim_in_the_history(network_a, tmp_path):
    import_hsds(network_a, EXAMPLE)
    service = Service.objects.for_network(network_a).get()
    person = make_staff(network_a, "moderator", first_name="Rosa", last_name="Diaz")
    verify(service, person)
    verified_at = Service.objects.get(pk=service.pk).last_verified_at
    importer_user = make_staff(network_a, "moderator", first_name="Ira", last_name="Import")

    import_hsds(network_a, with_assured_date(tmp_path, "2026-01-15"), user=importer_user)

    service.refresh_from_db()
    assert (service.last_verified_by, service.last_verified_at) == (person, verified_at)
    claim = ModelLogEntry.objects.for_instance(service).get(action="directory.import_verification")
    assert claim.user == importer_user and claim.data["assured_date"] == "2026-01-15"
    page = mfa_client(person, network_a).get(reverse("wagtailsnippets_directory_service:history", args=[service.pk]))
    text = " ".join(page.content.decode().split())
    assert "An import said this listing was verified on 2026-01-15" in text and "Ira Import" in text


def test_an_import_that_sets_the_verification_date_says_it_was_the_import(network_a, tmp_path):
    import_hsds(network_a, EXAMPLE)
    service = Service.objects.for_network(network_a).get()
    importer_user = make_staff(network_a, "moderator", first_name="Ira", last_name="Import")

    import_hsds(network_a, with_assured_date(tmp_path, "2026-01-15"), user=importer_user)

    service.refresh_from_db()
    assert service.last_verified_at.date().isoformat() == "2026-01-15"
    assert service.last_verified_by is None
    entry = ModelLogEntry.objects.for_instance(service).get(action="directory.import_verification")
    assert entry.user == importer_user and entry.data == {"assured_date": "2026-01-15", "kept_person": False}
