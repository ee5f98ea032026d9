"""The volunteer's shifts: upcoming shifts of the roles they were accepted to, signing up and withdrawing."""

from __future__ import annotations

import zoneinfo

from django.contrib import messages
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from volunteers import placement
from volunteers.models import Application, Shift, ShiftSignup
from volunteers.requirements import VolunteerRecords
from volunteers.views.common import section_context, volunteer_required


@volunteer_required
def shift_list(request, page, volunteer):
    network = request.network
    accepted = Application.objects.for_network(network).filter(volunteer=volunteer, status=Application.Status.ACCEPTED)
    shifts = (
        Shift.objects.for_network(network)
        .upcoming(timezone.now())
        .filter(opportunity__in=accepted.values("opportunity"))
        .select_related("opportunity")
        .annotate(
            taken=Count(
                "signups",
                filter=Q(signups__status__in=(ShiftSignup.Status.CONFIRMED, ShiftSignup.Status.AWAITING_COORDINATOR)),
            )
        )
        .order_by("starts_at", "pk")
    )
    shifts = list(shifts.prefetch_related("opportunity__required_modules"))
    own = {
        signup.shift_id: signup
        for signup in ShiftSignup.objects.filter(volunteer=volunteer, shift__in=[shift.pk for shift in shifts])
    }
    zone = zoneinfo.ZoneInfo(network.time_zone)
    today = timezone.localdate(timezone.now(), zone)
    records = VolunteerRecords.load(volunteer)
    rows = [
        {
            "shift": shift,
            "signup": own.get(shift.pk),
            "places_left": max(shift.capacity - shift.taken, 0),
            # The same reason a signup would be refused with, said before the volunteer tries.
            "refusal": placement.requirements_refusal(
                records, shift.opportunity, (today, timezone.localdate(shift.starts_at, zone))
            ),
        }
        for shift in shifts
    ]
    return page.render(
        request,
        template="volunteers/shifts/shift_list.html",
        context_overrides={
            "rows": rows,
            "time_zone": zone,
            "current": "shifts",
            **section_context(request, page),
        },
    )


def shift_of_network(request, pk: int) -> Shift:
    # An out-of-range number finds nothing (Django leaves it out of the query): a 404 like any unknown shift.
    shift = Shift.objects.for_network(request.network).select_related("opportunity").filter(pk=pk).first()
    if shift is None:
        raise Http404
    return shift


@require_POST
@volunteer_required
def sign_up(request, page, pk: int, volunteer):
    shift = shift_of_network(request, pk)
    result = placement.sign_up(volunteer, shift, timezone.now())
    if result.refusal:
        messages.error(request, result.refusal)
    elif result.awaiting_coordinator:
        messages.warning(
            request,
            _(
                "This shift would take you over the network's weekly hours limit, so a coordinator is asked "
                "first. Your place is kept while they look at it."
            ),
        )
    else:
        messages.success(request, _("You are signed up for this shift. Thank you!"))
    return redirect(page.get_url(request) + "shifts/")


@require_POST
@volunteer_required
def withdraw(request, page, pk: int, volunteer):
    shift = shift_of_network(request, pk)
    if placement.withdraw(volunteer, shift, timezone.now()):
        messages.success(request, _("You have withdrawn from this shift."))
    else:
        messages.error(request, _("You have no place on this shift to withdraw from."))
    return redirect(page.get_url(request) + "shifts/")
