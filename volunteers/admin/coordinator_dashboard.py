"""The coordinator's dashboard in the admin, its CSV exports, and a link to it on Wagtail's home page."""

from __future__ import annotations

import csv

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component
from wagtail.log_actions import log

from volunteers.admin.coordinator_base import is_coordinator
from volunteers.admin.coordinator_checks import EXPORT_CHECK_ACTION
from volunteers.dashboard import CoordinatorDashboard, coordinator_dashboard

EXPORTS = ("ready", "not-ready", "expiring", "without-supervisor", "inactive")
# A spreadsheet runs a cell that starts with one of these as a formula: a name typed by a volunteer must not.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def require_coordinator(request) -> None:
    if not is_coordinator(request.user, request.network):
        raise PermissionDenied


def dashboard_view(request):
    require_coordinator(request)
    dashboard = coordinator_dashboard(request.network)
    return TemplateResponse(
        request,
        "volunteers/admin/coordinator/dashboard.html",
        {
            "dashboard": dashboard,
            "exports": EXPORTS,
            "page_title": _("Volunteering dashboard"),
            "header_title": _("Volunteering dashboard"),
            "header_icon": "group",
        },
    )


def safe_cell(value) -> str:
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def export_rows(dashboard: CoordinatorDashboard, name: str) -> tuple[list[str], list[list]]:
    """The header and rows of one list. Checks give their level only: never the provider's reference or notes."""
    volunteer = _("Volunteer")
    if name == "ready":
        rows = [[row.volunteer.display_name, "; ".join(row.opportunities)] for row in dashboard.ready]
        return [volunteer, _("Opportunities")], rows
    if name == "not-ready":
        rows = [
            [row.volunteer.display_name, "; ".join(row.missing), "; ".join(row.opportunities)]
            for row in dashboard.not_ready
        ]
        return [volunteer, _("What is missing"), _("Opportunities")], rows
    if name == "expiring":
        kinds = {"training": _("Training"), "check": _("Background check")}
        rows = [[r.volunteer_name, kinds[r.kind], r.label, r.expires_on.isoformat()] for r in dashboard.expiring]
        return [volunteer, _("Record"), _("What"), _("Expires on")], rows
    people = dashboard.without_supervisor if name == "without-supervisor" else dashboard.inactive
    return [volunteer, _("Signed up")], [[v.display_name, v.created_at.date().isoformat()] for v in people]


def export_view(request, name: str):
    require_coordinator(request)
    if name not in EXPORTS:
        raise Http404
    dashboard = coordinator_dashboard(request.network)
    header, rows = export_rows(dashboard, name)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="volunteers-{name}-{dashboard.today.isoformat()}.csv"'
    response.write("\ufeff")  # so that spreadsheets read the file as UTF-8
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows([[safe_cell(cell) for cell in row] for row in rows])
    if name == "expiring":
        for record in dashboard.expiring:
            if record.kind == "check":
                log(record.record, EXPORT_CHECK_ACTION, user=request.user)
    return response


class CoordinatorDashboardPanel(Component):
    """A link to the volunteering dashboard on Wagtail's home page, for coordinators."""

    name = "volunteering_dashboard"
    order = 90
    template_name = "volunteers/admin/coordinator/home_panel.html"
