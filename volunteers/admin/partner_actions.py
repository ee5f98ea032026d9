"""What partner staff do to shifts, applications and hours: each step saved, logged and told to the volunteer."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from volunteers.emails import language_of_volunteer, send
from volunteers.models import Application, HoursEntry, Shift, ShiftSignup, VolunteerProfile

# History entries these steps leave (their wording is registered in partner_screens).
CANCEL_SHIFT_ACTION = "volunteers.cancel_shift"
APPLICATION_STATUS_ACTION = "volunteers.application_status"
APPROVE_HOURS_ACTION = "volunteers.approve_hours"


def email_volunteer(volunteer: VolunteerProfile, template: str, context: dict) -> None:
    """A short message in the volunteer's preferred language, sent once the change is committed."""
    recipient = volunteer.user.email
    if recipient:
        network, language = volunteer.network, language_of_volunteer(volunteer)
        context = {**context, "volunteer": volunteer}
        transaction.on_commit(lambda: send(network, language, template, context, recipient))


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
