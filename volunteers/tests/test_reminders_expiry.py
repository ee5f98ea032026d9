"""Expiry reminders: 60 and 14 days before, each once, in each reader's language; on expiry, off future shifts."""

import datetime
import io
import zoneinfo

import pytest
from dateutil.relativedelta import relativedelta
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.users.models import UserProfile

from portal import roles
from portal.tests.factories import make_staff
from volunteers.models import Application, CheckLevel, ReminderSent, ShiftSignup
from volunteers.reminders import send_volunteer_reminders
from volunteers.tests.factories import (
    AcknowledgementFactory,
    ApplicationFactory,
    BackgroundCheckFactory,
    CodeOfConductFactory,
    OpportunityFactory,
    ShiftFactory,
    ShiftSignupFactory,
    TrainingModuleFactory,
    TrainingRecordFactory,
    VolunteerFactory,
)

pytestmark = pytest.mark.django_db
EXPIRY = datetime.date(2027, 3, 1)


def noon_of(day: datetime.date, network) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(12), zoneinfo.ZoneInfo(network.time_zone))


def run(network, day: datetime.date):
    return send_volunteer_reminders([network], now=noon_of(day, network))


def sent_to(address: str) -> list:
    return [email for email in mail.outbox if email.to == [address]]


@pytest.fixture
def people(two_networks):
    """A volunteer of network A writing in Vietnamese, with a check expiring on EXPIRY; coordinators of A and B."""
    network_a, network_b = two_networks
    volunteer = VolunteerFactory(network=network_a, display_name="Lan O'Brien", preferred_language="vi")
    check = BackgroundCheckFactory(volunteer=volunteer, level=CheckLevel.STANDARD, expires_on=EXPIRY)
    in_spanish = make_staff(network_a, roles.COORDINATOR)
    UserProfile.objects.create(user=in_spanish, preferred_language="es")
    in_default = make_staff(network_a, roles.COORDINATOR)
    other_network = make_staff(network_b, roles.COORDINATOR)
    return network_a, volunteer, check, in_spanish, in_default, other_network


def test_reminders_go_out_60_and_14_days_before_each_once(people):
    network, volunteer, check, in_spanish, in_default, other_network = people

    assert run(network, EXPIRY - datetime.timedelta(days=61)).to_volunteers == 0
    counts = run(network, EXPIRY - datetime.timedelta(days=60))
    assert (counts.to_volunteers, counts.to_coordinators) == (1, 2)
    assert run(network, EXPIRY - datetime.timedelta(days=60)).to_volunteers == 0
    assert run(network, EXPIRY - datetime.timedelta(days=15)).to_volunteers == 0
    counts = run(network, EXPIRY - datetime.timedelta(days=14))
    assert (counts.to_volunteers, counts.to_coordinators) == (1, 2)
    second = run(network, EXPIRY - datetime.timedelta(days=14))

    assert (second.to_volunteers, second.to_coordinators, second.removed_from_shifts) == (0, 0, 0)
    assert len(sent_to(volunteer.user.email)) == 2
    assert len(sent_to(in_spanish.email)) == len(sent_to(in_default.email)) == 2
    assert sent_to(other_network.email) == []
    assert sorted(ReminderSent.objects.filter(record_id=check.pk).values_list("threshold", flat=True)) == ["14", "60"]


def test_a_late_run_sends_only_the_14_day_reminder_and_records_both(people):
    network, volunteer, check, *_ = people

    counts = run(network, EXPIRY - datetime.timedelta(days=10))

    assert counts.to_volunteers == 1
    assert len(sent_to(volunteer.user.email)) == 1
    assert sorted(ReminderSent.objects.filter(record_id=check.pk).values_list("threshold", flat=True)) == ["14", "60"]
    assert run(network, EXPIRY - datetime.timedelta(days=9)).to_volunteers == 0


def test_each_reader_gets_the_reminder_in_their_language_with_links_to_the_network_host(people):
    network, volunteer, check, in_spanish, in_default, _ = people

    run(network, EXPIRY - datetime.timedelta(days=14))

    [to_volunteer] = sent_to(volunteer.user.email)
    [to_spanish] = sent_to(in_spanish.email)
    [to_default] = sent_to(in_default.email)
    assert "Giấy kiểm tra lý lịch của bạn hết hạn vào" in to_volunteer.subject
    assert "http://alpha.test/vi/volunteer/me/readiness/" in to_volunteer.body
    assert "chào Lan O'Brien," in to_volunteer.body  # plain text: nothing HTML-escaped
    assert "Lan O'Brien: la verificación de antecedentes vence el" in to_spanish.subject
    assert "Lan O'Brien: background check expires on" in to_default.subject
    assert "http://alpha.test/admin/" in to_spanish.body


@pytest.fixture
def booked(network_a):
    """A volunteer whose first aid expires on EXPIRY, booked on shifts that need it and one that does not."""
    first_aid = TrainingModuleFactory(network=network_a, name="Mental health first aid", valid_for_months=12)
    needs_it = OpportunityFactory(network=network_a, title="Peer circle co-host", required_modules=[first_aid])
    needs_it.save()  # the factory sets the modules on the cluster only
    needs_nothing = OpportunityFactory(network=network_a, title="Food bank helper")
    volunteer = VolunteerFactory(network=network_a)
    AcknowledgementFactory(volunteer=volunteer, code_of_conduct=CodeOfConductFactory(network=network_a))
    TrainingRecordFactory(volunteer=volunteer, module=first_aid, completed_on=EXPIRY - relativedelta(months=12))
    for opportunity in (needs_it, needs_nothing):
        ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status=Application.Status.ACCEPTED)
    shifts = {}
    for name, opportunity, day in [
        ("future", needs_it, EXPIRY + datetime.timedelta(days=3)),
        ("other role", needs_nothing, EXPIRY + datetime.timedelta(days=3)),
        ("past", needs_it, EXPIRY - datetime.timedelta(days=3)),
    ]:
        shift = ShiftFactory(opportunity=opportunity, starts_at=noon_of(day, network_a))
        shifts[name] = ShiftSignupFactory(shift=shift, volunteer=volunteer)
    coordinator = make_staff(network_a, roles.COORDINATOR)
    return volunteer, shifts, coordinator


def test_on_expiry_the_volunteer_is_taken_off_future_shifts_that_need_it_and_both_are_told(network_a, booked):
    volunteer, signups, coordinator = booked

    counts = run(network_a, EXPIRY)

    status = {name: ShiftSignup.objects.get(pk=signup.pk) for name, signup in signups.items()}
    assert status["future"].status == ShiftSignup.Status.REMOVED
    assert "Mental health first aid: Expired on" in status["future"].reason
    assert status["other role"].status == ShiftSignup.Status.CONFIRMED
    assert status["past"].status == ShiftSignup.Status.CONFIRMED
    assert counts.removed_from_shifts == 1
    [to_volunteer] = sent_to(volunteer.user.email)
    assert "has expired" in to_volunteer.subject
    assert "Peer circle co-host" in to_volunteer.body and "Food bank helper" not in to_volunteer.body
    [to_coordinator] = sent_to(coordinator.email)
    assert "Peer circle co-host" in to_coordinator.body

    again = run(network_a, EXPIRY)

    assert (again.to_volunteers, again.to_coordinators, again.removed_from_shifts) == (0, 0, 0)
    assert len(mail.outbox) == 2


def test_the_day_of_expiry_is_the_network_s_day_not_utc(network_a, booked):
    network_a.time_zone = "Asia/Ho_Chi_Minh"
    network_a.save()
    volunteer, signups, _ = booked
    # 18:00 UTC the day before is 01:00 on the expiry day in Ho Chi Minh City.
    evening_utc = datetime.datetime.combine(EXPIRY - datetime.timedelta(days=1), datetime.time(18), datetime.UTC)

    send_volunteer_reminders([network_a], now=evening_utc)

    assert ShiftSignup.objects.get(pk=signups["future"].pk).status == ShiftSignup.Status.REMOVED
    assert ReminderSent.objects.filter(volunteer=volunteer, threshold=ReminderSent.Threshold.EXPIRED).exists()


def test_a_renewed_training_keeps_the_volunteer_on_their_shifts_and_sends_nothing(network_a, booked):
    volunteer, signups, _ = booked
    first_aid = volunteer.training_records.get().module
    TrainingRecordFactory(volunteer=volunteer, module=first_aid, completed_on=EXPIRY - datetime.timedelta(days=20))

    counts = run(network_a, EXPIRY)

    assert (counts.to_volunteers, counts.removed_from_shifts) == (0, 0)
    assert ShiftSignup.objects.get(pk=signups["future"].pk).status == ShiftSignup.Status.CONFIRMED


def test_the_command_prints_a_one_line_summary(people):
    network, volunteer, check, *_ = people
    today = timezone.localdate(timezone.now(), zoneinfo.ZoneInfo(network.time_zone))
    check.expires_on = today + datetime.timedelta(days=30)
    check.save()
    out = io.StringIO()

    call_command("send_volunteer_reminders", stdout=out)
    call_command("send_volunteer_reminders", stdout=out)

    first, second = out.getvalue().splitlines()
    assert first == "2 network(s): 1 email(s) to volunteers, 2 to coordinators, 0 shift place(s) removed"
    assert second == "2 network(s): 0 email(s) to volunteers, 0 to coordinators, 0 shift place(s) removed"


def test_when_mail_is_down_nothing_is_recorded_and_the_next_run_sends_it(people, settings):
    network, volunteer, check, *_ = people
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens there

    failed = run(network, EXPIRY - datetime.timedelta(days=14))

    assert (failed.to_volunteers, ReminderSent.objects.count()) == (0, 0)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert run(network, EXPIRY - datetime.timedelta(days=14)).to_volunteers == 1
    assert len(sent_to(volunteer.user.email)) == 1
