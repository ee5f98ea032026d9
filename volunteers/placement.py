"""Placing volunteers on shifts: signing up (placement rules, capacity, the weekly hours cap), withdrawing, removal.

Public pages and admin screens both go through these functions; the rules themselves come from
`volunteers.requirements`.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
import zoneinfo
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.models import Network
from volunteers import emails
from volunteers.models import (
    Application,
    BackgroundCheck,
    Opportunity,
    Shift,
    ShiftSignup,
    TrainingModule,
    VolunteerProfile,
    VolunteerSettings,
)
from volunteers.requirements import VolunteerRecords, readiness

logger = logging.getLogger(__name__)
REASON_LENGTH = ShiftSignup._meta.get_field("reason").max_length


@dataclass(frozen=True)
class SignupResult:
    """What came of a signup: a place (confirmed or waiting for a coordinator), or a translated refusal."""

    signup: ShiftSignup | None = None
    refusal: str = ""

    @property
    def awaiting_coordinator(self) -> bool:
        return self.signup is not None and self.signup.status == ShiftSignup.Status.AWAITING_COORDINATOR


def week_of(day: datetime.date, zone: zoneinfo.ZoneInfo) -> tuple[datetime.datetime, datetime.datetime]:
    """The ISO week (Monday to Monday) containing `day`, as moments in the network's time zone."""
    monday = day - datetime.timedelta(days=day.weekday())
    start = datetime.datetime.combine(monday, datetime.time(), zone)
    return start, datetime.datetime.combine(monday + datetime.timedelta(days=7), datetime.time(), zone)


def hours_in_week(volunteer: VolunteerProfile, day: datetime.date, zone: zoneinfo.ZoneInfo, excluding: Shift) -> float:
    """Hours of the shifts the volunteer holds a place on that start in the ISO week of `day`."""
    start, end = week_of(day, zone)
    signups = (
        ShiftSignup.objects.holding_a_place()
        .filter(volunteer=volunteer, shift__starts_at__gte=start, shift__starts_at__lt=end)
        .filter(shift__cancelled_at__isnull=True)
        .exclude(shift=excluding)
        .select_related("shift")
    )
    return sum(signup.shift.hours for signup in signups)


def refusal_before_requirements(volunteer: VolunteerProfile, shift: Shift, now: datetime.datetime) -> str:
    """Why nobody could take this shift now, or why this volunteer's application does not allow it."""
    if shift.cancelled_at is not None:
        return _("This shift was cancelled.")
    if shift.starts_at <= now:
        return _("This shift has already started or is over.")
    accepted = Application.objects.filter(
        volunteer=volunteer, opportunity=shift.opportunity, status=Application.Status.ACCEPTED
    ).exists()
    if not accepted:
        return _("You can sign up for shifts once your application to this role is accepted.")
    return ""


def requirements_refusal(records: VolunteerRecords, opportunity: Opportunity, days: tuple[datetime.date, ...]) -> str:
    """The requirements engine's reason, for the first of `days` on which the volunteer is not placeable."""
    for day in days:
        refusal = readiness(records, opportunity, day).refusal()
        if refusal:
            return refusal
    return ""


def sign_up(volunteer: VolunteerProfile, shift: Shift, now: datetime.datetime) -> SignupResult:
    """Give the volunteer a place on the shift, or say why not.

    Every requirement must be met today and on the shift's day (a conditional acceptance is not enough); a
    full, cancelled or past shift is refused. Beyond the network's weekly hours cap the place waits for a
    coordinator, who is emailed. The volunteer's and the shift's rows are locked, so two signups at once
    can neither overfill the shift nor pass the cap together.
    """
    network = volunteer.network
    zone = zoneinfo.ZoneInfo(network.time_zone)
    with transaction.atomic():
        volunteer = VolunteerProfile.objects.select_for_update().select_related("network").get(pk=volunteer.pk)
        shift = Shift.objects.select_for_update(of=("self",)).select_related("opportunity").get(pk=shift.pk)
        if shift.opportunity.network_id != network.pk:
            return SignupResult(refusal=_("This shift is not in this network."))
        existing = ShiftSignup.objects.filter(shift=shift, volunteer=volunteer).first()
        if existing is not None and existing.status in (
            ShiftSignup.Status.CONFIRMED,
            ShiftSignup.Status.AWAITING_COORDINATOR,
        ):
            return SignupResult(signup=existing)
        refusal = refusal_before_requirements(volunteer, shift, now)
        if refusal:
            return SignupResult(refusal=refusal)
        shift_day = timezone.localdate(shift.starts_at, zone)
        today = timezone.localdate(now, zone)
        refusal = requirements_refusal(VolunteerRecords.load(volunteer), shift.opportunity, (today, shift_day))
        if refusal:
            return SignupResult(refusal=refusal)
        if shift.signups.holding_a_place().count() >= shift.capacity:
            return SignupResult(refusal=_("This shift is full."))
        cap = VolunteerSettings.for_network(network).weekly_hours_cap
        over_cap = hours_in_week(volunteer, shift_day, zone, excluding=shift) + shift.hours > cap
        status = ShiftSignup.Status.AWAITING_COORDINATOR if over_cap else ShiftSignup.Status.CONFIRMED
        signup = existing or ShiftSignup(shift=shift, volunteer=volunteer)
        signup.status = status
        signup.reason = ""
        signup.save()
    if over_cap:
        try:
            tell_coordinators_of_cap(network, signup, cap)
        except (smtplib.SMTPException, OSError):
            # The place is kept and listed for coordinators either way; a mail outage must not lose it.
            logger.exception("Coordinators not emailed about signup %s over the weekly cap", signup.pk)
    return SignupResult(signup=signup)


def withdraw(volunteer: VolunteerProfile, shift: Shift, now: datetime.datetime) -> bool:
    """Give up the volunteer's place on a shift that has not started; False when they held none."""
    if shift.starts_at <= now:
        return False
    changed = (
        ShiftSignup.objects.holding_a_place()
        .filter(shift=shift, volunteer=volunteer)
        .update(status=ShiftSignup.Status.WITHDRAWN, reason="", updated_at=now)
    )
    return bool(changed)


def withdraw_from_opportunity(volunteer: VolunteerProfile, opportunity: Opportunity, now: datetime.datetime) -> int:
    """Give up every place the volunteer holds on the opportunity's shifts still to come (their application ended)."""
    return (
        ShiftSignup.objects.holding_a_place()
        .filter(volunteer=volunteer, shift__opportunity=opportunity, shift__starts_at__gt=now)
        .update(status=ShiftSignup.Status.WITHDRAWN, reason="", updated_at=now)
    )


def opportunities_requiring(network: Network, requirement: TrainingModule | BackgroundCheck):
    """The network's opportunities that need this module, or a check of a level this check would meet."""
    opportunities = Opportunity.objects.for_network(network)
    if isinstance(requirement, TrainingModule):
        return opportunities.filter(required_modules=requirement)
    return opportunities.filter(required_check_level__isnull=False, required_check_level__lte=requirement.level)


def remove_from_future_shifts(
    volunteer: VolunteerProfile, requirement: TrainingModule | BackgroundCheck, now: datetime.datetime
) -> list[ShiftSignup]:
    """Take the volunteer off future shifts that need `requirement` and that they no longer meet on the shift's day.

    Shifts that do not need it, past shifts and shifts they still qualify for (a renewed record) are left alone.
    The reason is written in the network's default language; returns the signups taken off.
    """
    network = volunteer.network
    zone = zoneinfo.ZoneInfo(network.time_zone)
    signups = (
        ShiftSignup.objects.holding_a_place()
        .filter(volunteer=volunteer, shift__starts_at__gt=now, shift__cancelled_at__isnull=True)
        .filter(shift__opportunity__in=opportunities_requiring(network, requirement))
        .select_related("shift__opportunity")
        .prefetch_related("shift__opportunity__required_modules")
        .order_by("shift__starts_at")
    )
    removed = []
    with transaction.atomic():
        records = VolunteerRecords.load(volunteer)
        for signup in signups.select_for_update(of=("self",)):
            shift_day = timezone.localdate(signup.shift.starts_at, zone)
            with translation.override(network.default_language):
                refusal = readiness(records, signup.shift.opportunity, shift_day).refusal()
            if not refusal:
                continue
            signup.status = ShiftSignup.Status.REMOVED
            signup.reason = refusal[:REASON_LENGTH]
            signup.save(update_fields=["status", "reason", "updated_at"])
            removed.append(signup)
    return removed


def tell_coordinators_of_cap(network: Network, signup: ShiftSignup, cap: int) -> None:
    """Ask the network's coordinators, each in their language, to look at a signup beyond the weekly cap."""
    context = {
        "volunteer": signup.volunteer,
        "shift": signup.shift,
        "cap": cap,
        "admin_link": network.base_url + reverse("wagtailadmin_home"),
    }
    for coordinator in emails.coordinators_of(network):
        emails.send(network, emails.language_of_staff(coordinator, network), "over_cap", context, coordinator.email)
