"""What an HSDS import changes and records: round trips of the network's own export, history, confidential
places and verification."""

import zipfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry, Revision

from directory.hsds.importer import import_hsds
from directory.models import (
    Category,
    CostOption,
    Location,
    OpeningHours,
    RequiredDocument,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceLanguage,
    ServicePhone,
)
from directory.tests.factories import LocationFactory, OpeningHoursFactory, ServiceAtLocationFactory, ServiceFactory
from directory.tests.hsds_packages import EXAMPLE, copy_example
from directory.verification import verify
from portal.models import Organization
from portal.tests.factories import make_staff
from tests.admin_clients import mfa_client

pytestmark = pytest.mark.django_db

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
