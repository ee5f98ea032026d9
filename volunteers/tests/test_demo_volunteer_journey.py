"""The whole way of a new volunteer through the seeded demo, in Spanish, as the issue's "done when" describes it.

A person signs up and joins in Spanish, applies to drive neighbours to appointments, logs the training the role
needs, and stays "not ready" until a coordinator has verified it and recorded a clear background check; the
partner's acceptance is refused until then and goes through after. They take a shift; when the check comes near
its expiry both they and the coordinator are reminded, once; when it expires they are taken off the shift.
"""

import datetime
import io
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from directory.demo.seeding import seed_demo_directory
from portal.demo.networks import HARBOR
from portal.models import OrganizationMembership
from portal.provisioning import provision_network
from portal.tests.factories import UserFactory
from tests.admin_clients import mfa_client
from volunteers.demo.seeding import seed_demo_volunteers
from volunteers.models import Application, BackgroundCheck, Opportunity, ShiftSignup, TrainingRecord, VolunteerProfile
from volunteers.requirements import placeable
from volunteers.totals import network_today

pytestmark = pytest.mark.django_db(transaction=False)
EMAIL = "nueva.voluntaria@example.org"
PASSWORD = "una-clave-muy-larga-7"


@pytest.fixture
def harbor(db, django_capture_on_commit_callbacks):
    network = provision_network(HARBOR)
    seed_demo_directory(network)
    seed_demo_volunteers(network)
    return network


def signed_up_in_spanish(network) -> Client:
    client = Client(HTTP_HOST=network.site.hostname)
    client.post("/es/accounts/signup/", {"email": EMAIL, "password1": PASSWORD, "password2": PASSWORD})
    link = re.search(r"https?://[^/\s]+(/es/accounts/confirm-email/\S+)", mail.outbox[-1].body).group(1)
    client.post(link)
    client.post("/es/accounts/login/", {"login": EMAIL, "password": PASSWORD})
    return client


def test_a_new_volunteer_is_placed_only_when_ready_and_taken_off_when_their_check_expires(
    harbor, django_capture_on_commit_callbacks
):
    driver = Opportunity.objects.for_network(harbor).get(title_en="Drive neighbors to their appointments")
    modules = list(driver.required_modules.order_by("pk"))
    today = network_today(harbor)

    # Signs up and joins in Spanish, agreeing to the code of conduct.
    client = signed_up_in_spanish(harbor)
    join = client.get("/es/volunteer/join/").text
    assert "Código de conducta" in join or "código de conducta" in join
    client.post(
        "/es/volunteer/join/",
        {
            "display_name": "Rosa Martínez",
            "phone": "+1 555 010 2000",
            "preferred_language": "es",
            "languages_spoken": ["es", "en"],
            "availability": "Tardes entre semana",
            "areas": "Eastside",
            "skills": "Conducir",
            "emergency_contact_name": "Ana Martínez",
            "emergency_contact_phone": "555-0199",
            "agree": "on",
        },
    )
    volunteer = VolunteerProfile.objects.get(network=harbor, user__email=EMAIL)
    assert volunteer.acknowledgements.count() == 1

    # Applies, and logs the training the role asks for.
    assert "Lleve a sus vecinos a sus citas" in client.get(f"/es/volunteer/{driver.pk}/").text
    client.post(f"/es/volunteer/{driver.pk}/apply/", {"motivation": "Tengo coche y tardes libres."})
    application = Application.objects.get(volunteer=volunteer, opportunity=driver)
    for module in modules:
        client.post(
            "/es/volunteer/me/training/",
            {"module": module.pk, "completed_on": (today - datetime.timedelta(days=2)).isoformat(), "hours": "4"},
        )
    assert TrainingRecord.objects.filter(volunteer=volunteer).count() == len(modules)

    readiness = client.get("/es/volunteer/me/readiness/").text
    assert "Registrada, a la espera de que un/a coordinador/a la verifique" in readiness
    assert "Sin empezar: un/a coordinador/a la organizará" in readiness
    assert not placeable(volunteer, driver, today).placeable

    # The coordinator verifies the training: still not placeable without the check; the partner cannot accept.
    coordinator = mfa_client(UserFactory._meta.model.objects.get(email="volunteering@harbor.example.org"), harbor)
    for record in TrainingRecord.objects.filter(volunteer=volunteer):
        coordinator.post(reverse("volunteers_verify_training", args=[record.pk]))
    assert not placeable(volunteer, driver, today).placeable
    partner_user = OrganizationMembership.objects.filter(organization=driver.organization).first().user
    partner = mfa_client(partner_user, harbor)
    edit = reverse("wagtailsnippets_volunteers_application:edit", args=[application.pk])
    refused = partner.post(edit, {"status": "accepted", "note": ""})
    assert "Not yet possible: first" in refused.text
    application.refresh_from_db()
    assert application.status == Application.Status.PENDING

    # The coordinator records a clear check: now ready, and the partner accepts.
    coordinator.post(
        reverse("wagtailsnippets_volunteers_backgroundcheck:add"),
        {
            "volunteer": volunteer.pk,
            "provider": "Sterling Volunteers",
            "level": str(driver.required_check_level),
            "status": BackgroundCheck.Status.CLEAR,
            "requested_on": (today - datetime.timedelta(days=10)).isoformat(),
            "completed_on": (today - datetime.timedelta(days=1)).isoformat(),
            "expires_on": (today + datetime.timedelta(days=365)).isoformat(),
            "provider_reference": "SV-1234",
            "decision": "",
            "decision_note": "",
        },
    )
    check = BackgroundCheck.objects.get(volunteer=volunteer)
    assert placeable(volunteer, driver, today).placeable
    with django_capture_on_commit_callbacks(execute=True):
        partner.post(edit, {"status": "accepted", "note": "¡Bienvenida!"})
    application.refresh_from_db()
    assert application.status == Application.Status.ACCEPTED and not application.conditional

    # Takes a shift.
    shift = driver.shifts.filter(starts_at__gt=timezone.now() + datetime.timedelta(days=1)).order_by("starts_at")[0]
    client.post(f"/es/volunteer/shifts/{shift.pk}/sign-up/")
    signup = ShiftSignup.objects.get(volunteer=volunteer, shift=shift)
    assert signup.status == ShiftSignup.Status.CONFIRMED

    # Fourteen days before the check expires, both are reminded, once.
    BackgroundCheck.objects.filter(pk=check.pk).update(expires_on=today + datetime.timedelta(days=14))
    mail.outbox.clear()
    call_command("send_volunteer_reminders", stdout=io.StringIO())
    first_run = {tuple(message.to) for message in mail.outbox}
    assert (EMAIL,) in first_run
    assert ("volunteering@harbor.example.org",) in first_run
    sent = len(mail.outbox)
    call_command("send_volunteer_reminders", stdout=io.StringIO())
    assert [(m.to, m.subject) for m in mail.outbox[sent:]] == [], [(m.to, m.subject) for m in mail.outbox[:sent]]

    # On the day it expires, they are taken off the coming shift and told.
    BackgroundCheck.objects.filter(pk=check.pk).update(expires_on=today)
    mail.outbox.clear()
    call_command("send_volunteer_reminders", stdout=io.StringIO())
    signup.refresh_from_db()
    assert signup.status == ShiftSignup.Status.REMOVED
    assert EMAIL in {address for message in mail.outbox for address in message.to}
