"""Shift signup: only once every requirement is met, never beyond capacity, and the weekly cap asks a coordinator."""

import datetime
import zoneinfo

import pytest
from django.core import mail
from django.utils import timezone
from wagtail.users.models import UserProfile

from portal import roles
from portal.tests.factories import make_staff
from tests.query_counts import assert_queries_do_not_grow
from volunteers.models import Application, CheckLevel, ShiftSignup, VolunteerSettings
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
SHIFTS = "/en/volunteer/shifts/"


def ready_volunteer(network, opportunity, module, **profile):
    """A volunteer of `network` accepted for `opportunity`, with the code, the module and a clear check."""
    volunteer = VolunteerFactory(network=network, **profile)
    code = network.codes_of_conduct.order_by("-version").first() or CodeOfConductFactory(network=network)
    AcknowledgementFactory(volunteer=volunteer, code_of_conduct=code)
    TrainingRecordFactory(volunteer=volunteer, module=module)
    BackgroundCheckFactory(volunteer=volunteer, level=CheckLevel.STANDARD)
    ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status=Application.Status.ACCEPTED)
    return volunteer


@pytest.fixture
def driving(network_a):
    module = TrainingModuleFactory(network=network_a, name="Mental health first aid")
    opportunity = OpportunityFactory(
        network=network_a, title="Appointment driver", required_modules=[module], required_check_level=CheckLevel.BASIC
    )
    # The factory sets the modules on the cluster only; saving writes them.
    opportunity.save()
    return opportunity, module


def signed_in(client_for, volunteer):
    client = client_for(volunteer.network)
    client.force_login(volunteer.user)
    return client


def page_text(response) -> str:
    return response.content.decode()


def test_the_list_shows_upcoming_shifts_of_accepted_roles_in_the_network_time_zone(network_a, driving, client_for):
    network_a.time_zone = "Asia/Ho_Chi_Minh"
    network_a.save()
    opportunity, module = driving
    volunteer = ready_volunteer(network_a, opportunity, module)
    # 17:30 UTC is 00:30 the next day in Ho Chi Minh City.
    day = timezone.now().date() + datetime.timedelta(days=10)
    starts = datetime.datetime.combine(day, datetime.time(17, 30), datetime.UTC)
    mine = ShiftFactory(opportunity=opportunity, starts_at=starts, ends_at=starts + datetime.timedelta(hours=2))
    ShiftSignupFactory(shift=mine, volunteer=volunteer)
    ShiftFactory(opportunity=opportunity, starts_at=starts + datetime.timedelta(days=1), capacity=3)
    ShiftFactory(opportunity=opportunity, starts_at=starts + datetime.timedelta(days=2), cancelled_at=timezone.now())
    ShiftFactory(opportunity=opportunity, starts_at=timezone.now() - datetime.timedelta(days=1))
    applied_only = OpportunityFactory(network=network_a, title="Circle co-host")
    ApplicationFactory(volunteer=volunteer, opportunity=applied_only)
    ShiftFactory(opportunity=applied_only)

    text = page_text(signed_in(client_for, volunteer).get(SHIFTS))

    local_day = day + datetime.timedelta(days=1)
    assert text.count('<li class="shift">') == 2
    assert "Circle co-host" not in text
    assert f'datetime="{local_day.isoformat()}T00:30:00+07:00"' in text
    assert "You are signed up." in text
    assert "1 place left" in text and "3 places left" in text


def test_a_ready_volunteer_signs_up_and_withdraws(network_a, driving, client_for):
    opportunity, module = driving
    volunteer = ready_volunteer(network_a, opportunity, module)
    shift = ShiftFactory(opportunity=opportunity)
    client = signed_in(client_for, volunteer)

    text = page_text(client.post(f"{SHIFTS}{shift.pk}/sign-up/", follow=True))

    assert "You are signed up for this shift. Thank you!" in text
    assert ShiftSignup.objects.get(shift=shift, volunteer=volunteer).status == ShiftSignup.Status.CONFIRMED

    text = page_text(client.post(f"{SHIFTS}{shift.pk}/withdraw/", follow=True))

    assert "You have withdrawn from this shift." in text
    assert ShiftSignup.objects.get(shift=shift, volunteer=volunteer).status == ShiftSignup.Status.WITHDRAWN


def test_a_refusal_gives_the_missing_requirements_in_spanish(network_a, driving, client_for):
    opportunity, module = driving
    volunteer = VolunteerFactory(network=network_a, preferred_language="es")
    AcknowledgementFactory(volunteer=volunteer, code_of_conduct=CodeOfConductFactory(network=network_a))
    # A conditional acceptance: the training and the check are still to come, so no shift yet.
    ApplicationFactory(
        volunteer=volunteer, opportunity=opportunity, status=Application.Status.ACCEPTED, conditional=True
    )
    shift = ShiftFactory(opportunity=opportunity)
    client = signed_in(client_for, volunteer)

    text = page_text(client.post(f"/es/volunteer/shifts/{shift.pk}/sign-up/", follow=True))

    assert "Aún no es posible: primero" in text
    assert "Mental health first aid: Aún no hecha" in text, text[text.find("messages") :][:600]
    assert not ShiftSignup.objects.filter(shift=shift).exists()


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ("cancelled", "This shift was cancelled."),
        ("past", "This shift has already started or is over."),
        ("pending", "You can sign up for shifts once your application to this role is accepted."),
        ("full", "This shift is full."),
        ("expires before the shift", "Background check: Basic: Expired"),
    ],
)
def test_signup_is_refused_with_a_clear_reason(network_a, driving, client_for, change, reason):
    opportunity, module = driving
    volunteer = ready_volunteer(network_a, opportunity, module)
    shift = ShiftFactory(opportunity=opportunity, capacity=1)
    if change == "cancelled":
        shift.cancelled_at = timezone.now()
    elif change == "past":
        shift.starts_at = timezone.now() - datetime.timedelta(hours=1)
        shift.ends_at = timezone.now() + datetime.timedelta(hours=1)
    elif change == "pending":
        volunteer.applications.update(status=Application.Status.PENDING)
    elif change == "full":
        other = ready_volunteer(network_a, opportunity, module)
        ShiftSignupFactory(shift=shift, volunteer=other, status=ShiftSignup.Status.AWAITING_COORDINATOR)
    else:
        # Valid today, expired on the shift's day.
        volunteer.background_checks.update(expires_on=timezone.localdate() + datetime.timedelta(days=3))
    shift.save()

    text = page_text(signed_in(client_for, volunteer).post(f"{SHIFTS}{shift.pk}/sign-up/", follow=True))

    assert reason in text, text[text.find("messages") :][:600]
    assert not ShiftSignup.objects.filter(shift=shift, volunteer=volunteer).exists()


def test_beyond_the_weekly_cap_the_place_waits_for_a_coordinator_who_is_emailed(network_a, driving, client_for):
    opportunity, module = driving
    VolunteerSettings.objects.create(network=network_a, weekly_hours_cap=5)
    coordinator = make_staff(network_a, roles.COORDINATOR)
    UserProfile.objects.create(user=coordinator, preferred_language="vi")
    volunteer = ready_volunteer(network_a, opportunity, module, display_name="Rosa Díaz")
    monday = timezone.localdate(timezone.now(), zoneinfo.ZoneInfo(network_a.time_zone))
    monday += datetime.timedelta(days=7 - monday.weekday())
    tuesday_noon = datetime.datetime.combine(
        monday + datetime.timedelta(days=1), datetime.time(12), zoneinfo.ZoneInfo(network_a.time_zone)
    )
    first = ShiftFactory(opportunity=opportunity, starts_at=tuesday_noon)
    ShiftSignupFactory(shift=first, volunteer=volunteer)
    second = ShiftFactory(opportunity=opportunity, starts_at=tuesday_noon + datetime.timedelta(days=1))

    text = page_text(signed_in(client_for, volunteer).post(f"{SHIFTS}{second.pk}/sign-up/", follow=True))

    assert "a coordinator is asked first" in text
    signup = ShiftSignup.objects.get(shift=second, volunteer=volunteer)
    assert signup.status == ShiftSignup.Status.AWAITING_COORDINATOR
    [email] = mail.outbox
    assert email.to == [coordinator.email]
    assert email.subject == "Vượt giới hạn giờ mỗi tuần: Rosa Díaz xin nhận một ca"  # the coordinator's language
    assert "http://alpha.test/admin/" in email.body


def test_the_week_of_the_cap_is_the_network_s_week_not_utc(network_a, driving, client_for):
    network_a.time_zone = "Asia/Ho_Chi_Minh"
    network_a.save()
    opportunity, module = driving
    VolunteerSettings.objects.create(network=network_a, weekly_hours_cap=5)
    volunteer = ready_volunteer(network_a, opportunity, module)
    zone = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
    monday = timezone.localdate(timezone.now(), zone) + datetime.timedelta(days=7)
    monday -= datetime.timedelta(days=monday.weekday())
    # 01:00 on Monday in Ho Chi Minh City is still Sunday in UTC: the same ISO week as Monday's shift only locally.
    early = ShiftFactory(opportunity=opportunity, starts_at=datetime.datetime.combine(monday, datetime.time(1), zone))
    ShiftSignupFactory(shift=early, volunteer=volunteer)
    later = ShiftFactory(opportunity=opportunity, starts_at=datetime.datetime.combine(monday, datetime.time(14), zone))
    assert early.starts_at.astimezone(datetime.UTC).isocalendar().week != later.starts_at.isocalendar().week

    signed_in(client_for, volunteer).post(f"{SHIFTS}{later.pk}/sign-up/")

    signup = ShiftSignup.objects.get(shift=later, volunteer=volunteer)
    assert signup.status == ShiftSignup.Status.AWAITING_COORDINATOR


def test_requirements_are_judged_on_the_shift_s_local_day(network_a, driving, client_for):
    network_a.time_zone = "Asia/Ho_Chi_Minh"
    network_a.save()
    opportunity, module = driving
    volunteer = ready_volunteer(network_a, opportunity, module)
    zone = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
    expiry = timezone.localdate(timezone.now(), zone) + datetime.timedelta(days=5)
    volunteer.background_checks.update(expires_on=expiry)
    # 20:00 UTC the day before the expiry is 03:00 on the expiry day in Ho Chi Minh City: no longer clear.
    starts = datetime.datetime.combine(expiry - datetime.timedelta(days=1), datetime.time(20), datetime.UTC)
    shift = ShiftFactory(opportunity=opportunity, starts_at=starts)

    text = page_text(signed_in(client_for, volunteer).post(f"{SHIFTS}{shift.pk}/sign-up/", follow=True))

    assert "Background check: Basic: Expired" in text
    assert not ShiftSignup.objects.filter(shift=shift).exists()


def test_a_volunteer_of_another_network_gets_404_for_this_network_s_shift(two_networks, driving, client_for):
    network_a, network_b = two_networks
    opportunity, module = driving
    ready_volunteer(network_a, opportunity, module)
    shift = ShiftFactory(opportunity=opportunity)
    stranger = VolunteerFactory(network=network_b)
    client = signed_in(client_for, stranger)

    assert client.post(f"{SHIFTS}{shift.pk}/sign-up/").status_code == 404
    assert client.post(f"{SHIFTS}{shift.pk}/withdraw/").status_code == 404
    assert not ShiftSignup.objects.filter(shift=shift).exists()
    assert "Appointment driver" not in page_text(client.get(SHIFTS))


def test_signing_up_needs_a_post(network_a, driving, client_for):
    opportunity, module = driving
    volunteer = ready_volunteer(network_a, opportunity, module)
    shift = ShiftFactory(opportunity=opportunity)

    response = signed_in(client_for, volunteer).get(f"{SHIFTS}{shift.pk}/sign-up/")

    assert response.status_code == 405
    assert not ShiftSignup.objects.filter(shift=shift).exists()


def test_the_shift_list_reads_a_constant_number_of_queries(network_a, driving, client_for):
    opportunity, module = driving
    volunteer = ready_volunteer(network_a, opportunity, module)
    others = [OpportunityFactory(network=network_a) for _ in range(2)]
    for other in others:
        ApplicationFactory(volunteer=volunteer, opportunity=other, status=Application.Status.ACCEPTED)
    client = signed_in(client_for, volunteer)

    def add_rows(count):
        for index in range(count):
            shift = ShiftFactory(opportunity=[opportunity, *others][index % 3])
            if index % 2:
                ShiftSignupFactory(shift=shift, volunteer=volunteer)

    assert_queries_do_not_grow(lambda: client.get(SHIFTS), add_rows)
    assert page_text(client.get(SHIFTS)).count('<li class="shift">') == 30


def test_when_mail_is_down_the_place_still_waits_for_a_coordinator(network_a, driving, client_for, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", 9, 2  # nothing listens there
    opportunity, module = driving
    VolunteerSettings.objects.create(network=network_a, weekly_hours_cap=2)
    make_staff(network_a, roles.COORDINATOR)
    volunteer = ready_volunteer(network_a, opportunity, module)
    shift = ShiftFactory(opportunity=opportunity)

    response = signed_in(client_for, volunteer).post(f"{SHIFTS}{shift.pk}/sign-up/", follow=True)

    assert "a coordinator is asked first" in page_text(response)
    assert ShiftSignup.objects.get(shift=shift).status == ShiftSignup.Status.AWAITING_COORDINATOR


def test_the_list_says_before_any_click_what_is_missing_and_names_each_button_s_shift(network_a, driving, client_for):
    opportunity, module = driving
    ready = ready_volunteer(network_a, opportunity, module)
    shift = ShiftFactory(opportunity=opportunity)
    waiting = VolunteerFactory(network=network_a)
    AcknowledgementFactory(volunteer=waiting, code_of_conduct=network_a.codes_of_conduct.get())
    ApplicationFactory(volunteer=waiting, opportunity=opportunity, status=Application.Status.ACCEPTED, conditional=True)

    waiting_text = page_text(signed_in(client_for, waiting).get(SHIFTS))
    ready_text = page_text(signed_in(client_for, ready).get(SHIFTS))

    assert "Not yet possible: first Mental health first aid: Not done yet" in waiting_text
    assert "Sign up for this shift" not in waiting_text
    assert f'id="shift-{shift.pk}"' in ready_text
    assert f'aria-describedby="shift-{shift.pk}"' in ready_text
    assert "Not yet possible" not in ready_text
