"""A volunteer's own data in a network: exported whole as JSON, or erased (rows, files and name in the audit log)."""

import datetime
import json

import pytest
from django.apps import apps
from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.test import Client
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from portal import roles
from portal.tests.factories import make_staff
from volunteers.erasure import ERASED_NAME
from volunteers.models import (
    Application,
    BackgroundCheck,
    CheckLevel,
    ReminderSent,
    ShiftSignup,
    TrainingRecord,
    VolunteerProfile,
)
from volunteers.tests.factories import (
    AcknowledgementFactory,
    ApplicationFactory,
    BackgroundCheckFactory,
    CodeOfConductFactory,
    HoursEntryFactory,
    OpportunityFactory,
    ShiftFactory,
    ShiftSignupFactory,
    SupervisionCheckInFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db

DATA_URL = "/en/volunteer/me/data/"
EXPORT_URL = "/en/volunteer/me/data/export/"
DELETE_URL = "/en/volunteer/me/data/delete/"
PDF = b"%PDF-1.4\n%%EOF\n"


@pytest.fixture(autouse=True)
def private_storage_in_tmp(monkeypatch, tmp_path):
    location = tmp_path / "private"
    field = TrainingRecord._meta.get_field("evidence")
    monkeypatch.setattr(field, "storage", FileSystemStorage(location=str(location), base_url=None))
    return location


def client_of(volunteer) -> Client:
    client = Client(HTTP_HOST=volunteer.network.site.hostname)
    client.force_login(volunteer.user)
    return client


def fill_records(volunteer, coordinator, prefix: str) -> dict:
    """One of every record, with texts starting with `prefix`, so that whose data shows is plain to see."""
    network = volunteer.network
    code = CodeOfConductFactory(network=network, version=volunteer.pk + 10)
    AcknowledgementFactory(volunteer=volunteer, code_of_conduct=code)
    opportunity = OpportunityFactory(network=network, title=f"{prefix} rides")
    application = ApplicationFactory(
        volunteer=volunteer,
        opportunity=opportunity,
        status=Application.Status.ACCEPTED,
        motivation=f"{prefix} motivation",
        note=f"{prefix} application note",
    )
    module = TrainingModuleFactory(network=network, name=f"{prefix} first aid")
    training = TrainingRecordFactory(volunteer=volunteer, module=module, completed_on=datetime.date(2025, 5, 6))
    training.evidence.save(f"{prefix}-certificate.pdf", SimpleUploadedFile("c.pdf", PDF))
    HoursEntryFactory(volunteer=volunteer, opportunity=opportunity, hours="2.5", note=f"{prefix} hours note")
    SupervisionCheckInFactory(volunteer=volunteer, supervisor=coordinator, note=f"{prefix} supervision note")
    shift = ShiftFactory(opportunity=opportunity)
    ShiftSignupFactory(shift=shift, volunteer=volunteer, status=ShiftSignup.Status.CONFIRMED)
    check = BackgroundCheckFactory(
        volunteer=volunteer,
        level=CheckLevel.STANDARD,
        provider_reference=f"{prefix}-REF-991",
        decision_note=f"{prefix} decision reasons",
    )
    ReminderSent.objects.create(
        volunteer=volunteer, subject="check", record_id=check.pk, expires_on=check.expires_on, threshold="60"
    )
    return {"opportunity": opportunity, "application": application, "training": training, "check": check}


@pytest.fixture
def people(network_a, network_b):
    coordinator = make_staff(network_a, roles.COORDINATOR)
    rosa = VolunteerFactory(network=network_a, display_name="Rosa Quintero", phone="555-0142")
    other = VolunteerFactory(network=network_a, display_name="Otto Other")
    rosa_in_b = VolunteerFactory(network=network_b, user=rosa.user, display_name="Rosa Quintero")
    return {
        "coordinator": coordinator,
        "rosa": rosa,
        "other": other,
        "rosa_in_b": rosa_in_b,
        "rosa_records": fill_records(rosa, coordinator, "Rosa"),
        "other_records": fill_records(other, coordinator, "Otto"),
        "rosa_b_records": fill_records(rosa_in_b, coordinator, "Beta"),
    }


def test_the_data_page_explains_export_and_erasure(people):
    page = client_of(people["rosa"]).get(DATA_URL).content.decode()

    assert "Download my data" in page and 'href="/en/volunteer/me/data/export/"' in page
    assert "Erase my volunteer record" in page and 'href="/en/volunteer/me/data/delete/"' in page


def test_the_export_holds_the_volunteers_own_data_in_this_network_and_nothing_else(people):
    response = client_of(people["rosa"]).get(EXPORT_URL)

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment")
    assert "no-store" in response["Cache-Control"]
    raw = response.content.decode()
    data = json.loads(raw)
    assert data["profile"]["name"] == "Rosa Quintero"
    assert data["profile"]["phone"] == "555-0142"
    assert data["profile"]["emergency_contact_phone"] == "555-0100"
    assert [a["code_of_conduct_version"] for a in data["acknowledgements"]] == [people["rosa"].pk + 10]
    assert data["applications"][0]["opportunity"] == "Rosa rides"
    assert data["applications"][0]["status"] == "accepted"
    assert data["applications"][0]["motivation"] == "Rosa motivation"
    assert data["training_records"][0]["module"] == "Rosa first aid"
    assert data["training_records"][0]["completed_on"] == "2025-05-06"
    assert data["training_records"][0]["evidence_file"] == "Rosa-certificate.pdf"
    assert data["hours"][0]["hours"] == "2.50" and data["hours"][0]["note"] == "Rosa hours note"
    assert data["supervision_check_ins"][0]["note"] == "Rosa supervision note"
    assert data["shift_signups"][0]["status"] == "confirmed"
    check = data["background_checks"][0]
    assert (check["status"], check["level"]) == ("clear", "Standard")
    assert check["expires_on"] == people["rosa_records"]["check"].expires_on.isoformat()
    assert data["reminders_sent"][0]["threshold"] == "60"
    # Never the file's bytes, the provider's reference or the coordinator's reasons (see the retention document).
    assert "%PDF" not in raw and "REF-991" not in raw and "decision reasons" not in raw
    # Nothing of another volunteer, nor of Rosa's record in the other network.
    assert "Otto" not in raw and "Beta" not in raw


def test_the_export_needs_a_signed_in_volunteer(people, network_a):
    anonymous = Client(HTTP_HOST=network_a.site.hostname)
    assert anonymous.get(EXPORT_URL)["Location"].startswith("/en/accounts/login/")
    coordinator = Client(HTTP_HOST=network_a.site.hostname)
    coordinator.force_login(people["coordinator"])
    assert coordinator.get(EXPORT_URL)["Location"].startswith("/en/volunteer/join/")


def rows_of(profile_pk: int) -> dict[str, int]:
    """How many rows of every volunteers table point at the profile (or are it)."""
    counts = {"volunteerprofile": VolunteerProfile.objects.filter(pk=profile_pk).count()}
    for model in apps.get_app_config("volunteers").get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.ForeignKey) and field.related_model is VolunteerProfile:
                counts[f"{model._meta.model_name}.{field.name}"] = model._default_manager.filter(
                    **{field.name: profile_pk}
                ).count()
    return counts


def audit_log_text() -> str:
    return json.dumps([[entry.label, entry.data] for entry in ModelLogEntry.objects.all()])


def test_asking_for_erasure_shows_a_confirmation_and_a_get_erases_nothing(people):
    page = client_of(people["rosa"]).get(DELETE_URL).content.decode()

    assert "This cannot be undone" in page
    assert '<form method="post"' in page
    assert VolunteerProfile.objects.filter(pk=people["rosa"].pk).exists()


def test_erasure_without_the_confirmation_box_erases_nothing(people):
    for data in ({}, {"confirm": ""}, {"confirm": "maybe\x00"}, {"confirm": ["on", "off"]}):
        response = client_of(people["rosa"]).post(DELETE_URL, data)
        assert "Tick the box to confirm" in response.content.decode()
    assert all(rows_of(people["rosa"].pk).values())


def test_erasure_removes_every_row_the_files_and_the_name_in_the_audit_log(
    people, private_storage_in_tmp, django_capture_on_commit_callbacks
):
    rosa, coordinator = people["rosa"], people["coordinator"]
    records = people["rosa_records"]
    log(rosa, "wagtail.edit", user=coordinator)
    log(records["application"], "wagtail.edit", user=coordinator)
    log(records["check"], "wagtail.edit", user=coordinator, data={"volunteer": "Rosa Quintero", "level": 2})
    log(records["opportunity"], "wagtail.edit", user=coordinator, data={"removed": ["Rosa Quintero", "Otto Other"]})
    log(people["other"], "wagtail.edit", user=coordinator)
    entries_before = ModelLogEntry.objects.count()
    assert "Rosa Quintero" in audit_log_text()
    evidence = private_storage_in_tmp / records["training"].evidence.name
    assert evidence.exists()

    client = client_of(rosa)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(DELETE_URL, {"confirm": "on"})

    assert response.status_code == 302
    assert not any(rows_of(rosa.pk).values()), rows_of(rosa.pk)
    assert not evidence.exists()
    text = audit_log_text()
    assert "Rosa Quintero" not in text and "Rosa rides" in text
    assert ERASED_NAME in text and "Otto Other" in text
    assert ModelLogEntry.objects.exclude(action="volunteers.erase_record").count() == entries_before
    # Someone else's records, and Rosa's record in the other network, are untouched.
    assert all(rows_of(people["other"].pk).values())
    assert all(rows_of(people["rosa_in_b"].pk).values())
    assert (private_storage_in_tmp / people["rosa_b_records"]["training"].evidence.name).exists()
    assert BackgroundCheck.objects.filter(volunteer=people["other"]).exists()
    page = client.get(response["Location"]).content.decode()
    assert "Your volunteer record in this network was erased." in page


def test_the_erasure_itself_is_logged_without_the_name(people, django_capture_on_commit_callbacks):
    rosa = people["rosa"]

    with django_capture_on_commit_callbacks(execute=True):
        client_of(rosa).post(DELETE_URL, {"confirm": "on"})

    entry = ModelLogEntry.objects.get(action="volunteers.erase_record")
    assert entry.object_id == str(rosa.network.pk)
    assert entry.data["records"]["trainingrecord"] == 1 and entry.data["evidence_files"] == 1
    assert "Rosa" not in json.dumps([entry.label, entry.data])
