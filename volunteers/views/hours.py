"""The volunteer's hours: log them, see them approved or waiting, their totals and their milestones."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from volunteers.forms.records import HoursEntryForm
from volunteers.milestones import NAMES, milestones_of
from volunteers.totals import calendar_year, hours_totals, last_12_months, network_today
from volunteers.views.common import section_context, volunteer_required


@volunteer_required
def my_hours(request, page, volunteer):
    today = network_today(request.network)
    form = HoursEntryForm(request.POST if request.method == "POST" else None, volunteer=volunteer, today=today)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your hours were logged. The partner will approve them."))
        return redirect(request.path)
    entries = volunteer.hours_entries.select_related("opportunity").order_by("-worked_on", "-pk")
    reached = {milestone.kind: milestone for milestone in milestones_of(volunteer, today)}
    return page.render(
        request,
        "volunteers/records/my_hours.html",
        context_overrides={
            **section_context(request, page),
            "current": "hours",
            "form": form,
            "entries": entries,
            "totals": hours_totals(volunteer.hours_entries.all(), [calendar_year(today), last_12_months(today)]),
            "milestones": [(name, reached.get(kind)) for kind, name in NAMES.items()],
            "today": today,
        },
    )
