"""What partner staff do to shifts, applications and hours: each step saved, logged and told to the volunteer."""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Iterable

from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.log_actions import log

from volunteers.models import Application, HoursEntry, Shift, ShiftSignup, VolunteerProfile

# History entries these steps leave (their wording is registered in partner_screens).
CANCEL_SHIFT_ACTION = "volunteers.cancel_shift"
APPLICATION_STATUS_ACTION = "volunteers.application_status"
APPROVE_HOURS_ACTION = "volunteers.approve_hours"


def network_today(network) -> datetime.date:
    """Today in the network's time zone: the day placement rules are judged on."""
    return timezone.localdate(timezone=zoneinfo.ZoneInfo(network.time_zone))


def email_volunteer(volunteer: VolunteerProfile, template: str, context: dict) -> None:
    """A short message in the volunteer's preferred language, sent once the change is committed."""
    network = volunteer.network
    context = {**context, "volunteer": volunteer, "network": network}
    # Dates and times read as they are on the network's clocks, whatever the server's zone.
    with translation.override(volunteer.preferred_language), timezone.override(zoneinfo.ZoneInfo(network.time_zone)):
        subject = render_to_string(f"volunteers/admin/partner/{template}_subject.txt", context).strip()
        body = render_to_string(f"volunteers/admin/partner/{template}.txt", context)
    recipient = volunteer.user.email
    if recipient:
        transaction.on_commit(lambda: send_mail(subject, body, None, [recipient]))


@transaction.atomic
def cancel_shift(shift: Shift, user) -> int:
    """Cancel a shift at once (no moderation), log it and tell everyone holding a place; returns emails sent."""
    shift = Shift.objects.select_for_update().select_related("opportunity__network").get(pk=shift.pk)
    if shift.cancelled_at is not None:
        return 0
    shift.cancelled_at = timezone.now()
    shift.cancelled_by = user
    shift.save(update_fields=["cancelled_at", "cancelled_by"])
    log(shift, CANCEL_SHIFT_ACTION, user=user)
    signups = (
        ShiftSignup.objects.filter(shift=shift)
        .holding_a_place()
        .select_related("volunteer__user", "volunteer__network")
    )
    sent = 0
    for signup in signups:
        email_volunteer(signup.volunteer, "shift_cancelled", {"shift": shift, "starts_at": shift.starts_at})
        sent += 1
    return sent


def record_status_change(application: Application, previous_status: str, user) -> None:
    """Log a status change and tell the volunteer, in their language."""
    log(
        application,
        APPLICATION_STATUS_ACTION,
        user=user,
        data={"from": previous_status, "to": application.status, "conditional": application.conditional},
    )
    email_volunteer(application.volunteer, "application_status", {"application": application})


def approve_hours(entries: Iterable[HoursEntry], user) -> int:
    """Approve the entries not approved yet; each approval is logged. Returns how many were approved."""
    now = timezone.now()
    approved = 0
    with transaction.atomic():
        for entry in entries:
            if entry.approved_at is not None:
                continue
            entry.approved_at = now
            entry.approved_by = user
            entry.save(update_fields=["approved_at", "approved_by"])
            log(entry, APPROVE_HOURS_ACTION, user=user)
            approved += 1
    return approved
