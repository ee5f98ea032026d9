"""A volunteer's training log: logging a module with evidence, and who may open that evidence."""

import datetime
import zoneinfo

import pytest
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from portal import roles
from portal.models import OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory, make_staff
from tests.admin_clients import mfa_client
from volunteers.models import TrainingRecord
from volunteers.tests.factories import TrainingModuleFactory, TrainingRecordFactory, VolunteerFactory

pytestmark = pytest.mark.django_db

TRAINING_URL = "/en/volunteer/me/training/"
PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 64


@pytest.fixture(autouse=True)
def private_storage_in_tmp(monkeypatch, tmp_path):
    """Evidence files go to a folder of this test, never the machine's private storage."""
    location = tmp_path / "private"
    field = TrainingRecord._meta.get_field("evidence")
    monkeypatch.setattr(field, "storage", FileSystemStorage(location=str(location), base_url=None))
    return location


def volunteer_client(volunteer) -> Client:
    client = Client(HTTP_HOST=volunteer.network.site.hostname)
    client.force_login(volunteer.user)
    return client


def network_today(network) -> datetime.date:
    return timezone.localdate(timezone=zoneinfo.ZoneInfo(network.time_zone))


def log_form(module, **overrides) -> dict:
    data = {"module": module.pk, "completed_on": "2026-03-02", "hours": "6.5"}
    data.update(overrides)
    return data


def test_the_training_page_lists_the_volunteers_own_records_only(network_a):
    volunteer = VolunteerFactory(network=network_a)
    other = VolunteerFactory(network=network_a)
    first_aid = TrainingModuleFactory(network=network_a, name="Mental health first aid", valid_for_months=36)
    self_care = TrainingModuleFactory(network=network_a, name="Self-care")
    TrainingRecordFactory(volunteer=volunteer, module=first_aid, completed_on=datetime.date(2025, 3, 1), hours=8)
    TrainingRecordFactory(volunteer=other, module=self_care, completed_on=datetime.date(2025, 4, 1), verified_at=None)

    page = volunteer_client(volunteer).get(TRAINING_URL).content.decode()

    assert "Mental health first aid" in page
    assert "March 1, 2025" in page
    assert "Verified" in page
    assert "March 1, 2028" in page  # expires on
    # Self-care is offered in the form, but no record of it is listed: it is someone else's.
    assert "April 1, 2025" not in page


def test_logging_a_training_with_a_pdf_saves_it_waiting_for_verification_in_private_storage(
    network_a, private_storage_in_tmp
):
    volunteer = VolunteerFactory(network=network_a)
    module = TrainingModuleFactory(network=network_a, name="De-escalation", valid_for_months=24)
    upload = SimpleUploadedFile("certificate.pdf", PDF, content_type="application/pdf")

    response = volunteer_client(volunteer).post(TRAINING_URL, {**log_form(module), "evidence": upload})

    assert response.status_code == 302
    record = TrainingRecord.objects.get(volunteer=volunteer)
    assert (record.module, record.completed_on, str(record.hours)) == (module, datetime.date(2026, 3, 2), "6.50")
    assert record.expires_on == datetime.date(2028, 3, 2)
    assert record.verified_at is None
    stored = private_storage_in_tmp / record.evidence.name
    assert stored.read_bytes() == PDF
    assert "/media/" not in record.evidence.name
    page = volunteer_client(volunteer).get(TRAINING_URL).content.decode()
    assert "Waiting for a coordinator to verify it" in page


def test_a_renamed_program_is_refused_with_a_clear_error_and_nothing_is_saved(network_a, private_storage_in_tmp):
    volunteer = VolunteerFactory(network=network_a)
    module = TrainingModuleFactory(network=network_a)
    upload = SimpleUploadedFile("certificate.pdf", EXE, content_type="application/pdf")

    response = volunteer_client(volunteer).post(TRAINING_URL, {**log_form(module), "evidence": upload})

    assert response.status_code == 200
    assert "This file is not a PDF, PNG or JPEG image" in response.content.decode()
    assert not TrainingRecord.objects.exists()
    assert not private_storage_in_tmp.exists() or not any(private_storage_in_tmp.rglob("*.*"))


def test_a_png_named_as_a_pdf_is_refused(network_a):
    volunteer = VolunteerFactory(network=network_a)
    module = TrainingModuleFactory(network=network_a)
    upload = SimpleUploadedFile("certificate.pdf", PNG, content_type="application/pdf")

    response = volunteer_client(volunteer).post(TRAINING_URL, {**log_form(module), "evidence": upload})

    assert "The file&#x27;s name does not match what it contains" in response.content.decode()
    assert not TrainingRecord.objects.exists()


def test_a_file_over_5_mb_is_refused(network_a):
    volunteer = VolunteerFactory(network=network_a)
    module = TrainingModuleFactory(network=network_a)
    upload = SimpleUploadedFile("scan.png", PNG + b"\x00" * (5 * 1024 * 1024), content_type="image/png")

    response = volunteer_client(volunteer).post(TRAINING_URL, {**log_form(module), "evidence": upload})

    assert "The file is too large: 5 MB at most." in response.content.decode()
    assert not TrainingRecord.objects.exists()


def test_a_future_date_another_networks_module_and_too_many_hours_are_refused(network_a, network_b):
    volunteer = VolunteerFactory(network=network_a)
    theirs = TrainingModuleFactory(network=network_b)
    ours = TrainingModuleFactory(network=network_a)
    tomorrow = network_today(network_a) + datetime.timedelta(days=1)
    client = volunteer_client(volunteer)

    page = client.post(TRAINING_URL, log_form(ours, completed_on=tomorrow.isoformat())).content.decode()
    assert "The date cannot be in the future." in page
    page = client.post(TRAINING_URL, log_form(theirs)).content.decode()
    assert "Select a valid choice" in page
    page = client.post(TRAINING_URL, log_form(ours, hours="200.5")).content.decode()
    assert "Ensure this value is less than or equal to 200." in page
    assert not TrainingRecord.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(network_a):
    record = TrainingRecordFactory(
        volunteer=VolunteerFactory(network=network_a), module=TrainingModuleFactory(network=network_a)
    )
    client = Client(HTTP_HOST=network_a.site.hostname)

    for url in (TRAINING_URL, f"{TRAINING_URL}{record.pk}/evidence/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/?next=")


@pytest.fixture
def evidence_record(network_a):
    volunteer = VolunteerFactory(network=network_a, display_name="Rosa Evidence")
    module = TrainingModuleFactory(network=network_a, name="Confidentiality")
    record = TrainingRecordFactory(volunteer=volunteer, module=module, verified_at=None)
    record.evidence.save("certificate.pdf", SimpleUploadedFile("certificate.pdf", PDF))
    return record


def evidence_url(record) -> str:
    return f"{TRAINING_URL}{record.pk}/evidence/"


def test_the_volunteer_downloads_their_own_evidence_as_a_private_attachment(evidence_record):
    response = volunteer_client(evidence_record.volunteer).get(evidence_url(evidence_record))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]


def test_a_coordinator_of_the_network_opens_the_evidence_and_the_opening_is_logged(network_a, evidence_record):
    coordinator = make_staff(network_a, roles.COORDINATOR)

    response = mfa_client(coordinator, network_a).get(evidence_url(evidence_record))

    assert b"".join(response.streaming_content) == PDF
    entry = ModelLogEntry.objects.get(action="volunteers.open_evidence")
    assert (entry.user, entry.object_id) == (coordinator, str(evidence_record.pk))


def evidence_outsiders(network_a, network_b):
    """Everyone who must not learn the file exists: (name, client)."""
    other_volunteer = VolunteerFactory(network=network_a)
    partner = UserFactory()
    OrganizationMembership.objects.create(user=partner, organization=OrganizationFactory(network=network_a))
    yield "another volunteer", volunteer_client(other_volunteer)
    yield "partner staff", mfa_client(partner, network_a)
    yield "moderator", mfa_client(make_staff(network_a, roles.MODERATOR), network_a)
    coordinator_b = make_staff(network_b, roles.COORDINATOR)
    yield "coordinator of network B on A's host", mfa_client(coordinator_b, network_a)
    yield "coordinator of network B on B's host", mfa_client(coordinator_b, network_b)
    yield "coordinator of network A on B's host", mfa_client(make_staff(network_a, roles.COORDINATOR), network_b)


def test_everyone_else_gets_not_found(network_a, network_b, evidence_record):
    for name, client in evidence_outsiders(network_a, network_b):
        response = client.get(evidence_url(evidence_record))
        assert response.status_code == 404, name
        assert PDF not in response.content, name
    assert not ModelLogEntry.objects.filter(action="volunteers.open_evidence").exists()


def test_a_record_without_evidence_is_not_found(network_a):
    volunteer = VolunteerFactory(network=network_a)
    record = TrainingRecordFactory(volunteer=volunteer, module=TrainingModuleFactory(network=network_a))

    assert volunteer_client(volunteer).get(evidence_url(record)).status_code == 404


def test_an_empty_submission_shows_what_is_missing(network_a):
    volunteer = VolunteerFactory(network=network_a)

    page = volunteer_client(volunteer).post(TRAINING_URL, {}).content.decode()

    assert 'class="errorlist' in page and "This field is required." in page
    assert not TrainingRecord.objects.exists()
