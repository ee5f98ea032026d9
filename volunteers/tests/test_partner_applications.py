"""A partner reviews an applicant: readiness without check details, acceptance by the engine's rules, logged."""

import pytest
from django.core import mail
from django.urls import reverse
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase
from wagtail.models import ModelLogEntry

from portal.models import OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory, make_network
from tests.admin_clients import mfa_client
from volunteers.models import Application, BackgroundCheck, CheckLevel
from volunteers.tests.factories import (
    ApplicationFactory,
    BackgroundCheckFactory,
    OpportunityFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db

PROVIDER = "Confidential Screening Ltd"
REFERENCE = "CASE-778812"


def edit_url(application) -> str:
    return reverse("wagtailsnippets_volunteers_application:edit", args=[application.pk])


def review(application, **changes) -> dict:
    data = {"status": application.status, "note": application.note, **changes}
    if data.pop("conditional", application.conditional):
        data["conditional"] = "on"
    return data


@pytest.fixture
def applicant(network_a):
    """A Spanish-speaking applicant to an opportunity needing first aid and a standard check, which is requested."""
    organization = OrganizationFactory(network=network_a)
    first_aid = TrainingModuleFactory(network=network_a, name="Mental health first aid")
    opportunity = OpportunityFactory(
        network=network_a,
        organization=organization,
        title="Peer circle co-host",
        required_modules=[first_aid],
        required_check_level=CheckLevel.STANDARD,
    )
    opportunity.save()  # a clusterable model keeps its required modules in memory until saved
    volunteer = VolunteerFactory(
        network=network_a,
        display_name="Rosa Delgado",
        preferred_language="es",
        languages_spoken=["es", "en"],
        availability="Weekday evenings",
        user__email="rosa@example.org",
    )
    BackgroundCheckFactory(
        volunteer=volunteer,
        provider=PROVIDER,
        provider_reference=REFERENCE,
        level=CheckLevel.STANDARD,
        status=BackgroundCheck.Status.NEEDS_REVIEW,
        decision_note="Spoke about the role.",
    )
    application = ApplicationFactory(
        volunteer=volunteer, opportunity=opportunity, motivation="I found my way back through a circle like this."
    )
    partner = UserFactory()
    OrganizationMembership.objects.create(user=partner, organization=organization)
    return application, partner, first_aid


def test_the_application_page_shows_the_person_and_what_is_missing_never_check_details(applicant):
    application, partner, _module = applicant
    check = application.volunteer.background_checks.get()
    text = mfa_client(partner, application.opportunity.network).get(edit_url(application)).text

    assert "Rosa Delgado" in text
    assert "Spanish" in text and "English" in text
    assert "Weekday evenings" in text
    assert "I found my way back through a circle like this." in text
    assert "Not ready to be placed yet" in text
    assert "Mental health first aid: Not done yet" in text
    assert "Background check: Standard: Not cleared yet" in text
    for detail in (PROVIDER, REFERENCE, "Spoke about the role.", "Being reviewed", "Needs review"):
        assert detail not in text, detail
    for date in (check.requested_on, check.completed_on, check.expires_on):
        assert date.isoformat() not in text
        assert date.strftime("%B %-d, %Y") not in text and date.strftime("%b. %-d, %Y") not in text


def test_a_ready_volunteer_is_shown_ready_to_be_placed(applicant):
    application, partner, module = applicant
    TrainingRecordFactory(volunteer=application.volunteer, module=module)
    BackgroundCheckFactory(volunteer=application.volunteer, level=CheckLevel.ENHANCED)
    text = mfa_client(partner, application.opportunity.network).get(edit_url(application)).text
    assert "Ready to be placed" in text
    assert "Not ready to be placed yet" not in text


def test_accepting_an_unready_volunteer_is_refused_with_the_reason(applicant, django_capture_on_commit_callbacks):
    application, partner, _module = applicant
    client = mfa_client(partner, application.opportunity.network)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url(application), review(application, status="accepted", note="Welcome!"))

    assert response.status_code == 200
    assert "Not yet possible: first" in response.text
    assert "Mental health first aid: Not done yet" in response.text
    assert "conditional offer" in response.text
    application.refresh_from_db()
    assert application.status == Application.Status.PENDING
    assert application.note == ""
    assert not mail.outbox


def test_a_conditional_offer_is_accepted_logged_and_told_in_the_volunteers_language(
    applicant, django_capture_on_commit_callbacks
):
    application, partner, _module = applicant
    client = mfa_client(partner, application.opportunity.network)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            edit_url(application), review(application, status="accepted", conditional=True, note="Bienvenida")
        )

    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.ACCEPTED and application.conditional
    entry = ModelLogEntry.objects.get(action="volunteers.application_status", object_id=str(application.pk))
    assert entry.user == partner
    assert entry.data == {"from": "pending", "to": "accepted", "conditional": True}
    [message] = mail.outbox
    assert message.to == ["rosa@example.org"]
    assert "Peer circle co-host" in message.subject
    assert "Su solicitud" in message.subject
    assert "oferta condicional" in message.body
    assert "Bienvenida" in message.body


def test_every_status_change_is_logged_and_a_note_alone_sends_nothing(applicant, django_capture_on_commit_callbacks):
    application, partner, _module = applicant
    client = mfa_client(partner, application.opportunity.network)
    with django_capture_on_commit_callbacks(execute=True):
        for status in ("interview", "declined"):
            assert client.post(edit_url(application), review(application, status=status)).status_code == 302
            application.refresh_from_db()
        client.post(edit_url(application), review(application, note="Thank you for your time."))
    changes = ModelLogEntry.objects.filter(action="volunteers.application_status", object_id=str(application.pk))
    assert [entry.data["to"] for entry in changes.order_by("timestamp")] == ["interview", "declined"]
    assert len(mail.outbox) == 2


def test_accepting_a_placeable_volunteer_needs_no_condition(applicant):
    application, partner, module = applicant
    TrainingRecordFactory(volunteer=application.volunteer, module=module)
    BackgroundCheckFactory(volunteer=application.volunteer, level=CheckLevel.STANDARD)
    client = mfa_client(partner, application.opportunity.network)
    assert client.post(edit_url(application), review(application, status="accepted")).status_code == 302
    application.refresh_from_db()
    assert application.status == Application.Status.ACCEPTED and not application.conditional


class TestReviewFormFuzz(TestCase):
    """Whatever a partner's browser sends, the answer is a page or a redirect, and nothing is half-saved."""

    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("fuzz", "fuzz.test")
        organization = OrganizationFactory(network=cls.network)
        module = TrainingModuleFactory(network=cls.network)
        opportunity = OpportunityFactory(network=cls.network, organization=organization, required_modules=[module])
        opportunity.save()
        cls.application = ApplicationFactory(volunteer=VolunteerFactory(network=cls.network), opportunity=opportunity)
        cls.partner = UserFactory()
        OrganizationMembership.objects.create(user=cls.partner, organization=organization)

    @settings(max_examples=40, deadline=None)
    @given(
        status=st.one_of(st.sampled_from(Application.Status.values), st.text(max_size=20)),
        note=st.text(max_size=300),
        conditional=st.sampled_from(["", "on", "x"]),
    )
    def test_review_form(self, status, note, conditional):
        client = mfa_client(self.partner, self.network)
        before = Application.objects.values().get(pk=self.application.pk)
        data = {"status": status, "note": note}
        if conditional:
            data["conditional"] = conditional
        response = client.post(edit_url(self.application), data)
        after = Application.objects.values().get(pk=self.application.pk)
        assert response.status_code in (200, 302)
        if response.status_code == 200:
            assert after == before
        else:
            assert after["status"] == status
            assert not (status == "accepted" and not after["conditional"])
            Application.objects.filter(pk=self.application.pk).update(
                status=before["status"], conditional=before["conditional"], note=before["note"]
            )
