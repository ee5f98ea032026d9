"""Background checks in the admin: where a check stands, never what it found. Coordinators only.

Every opening of a check (its form or its inspect page) is written to Wagtail's audit log, as every change is.
"""

from __future__ import annotations

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import log
from wagtail.snippets.views.snippets import EditView, InspectView

from portal.admin.forms import NetworkScopedAdminForm
from portal.admin.panels import select
from portal.tenancy import current_network
from volunteers.admin.coordinator_base import CoordinatorScopedSnippetViewSet
from volunteers.admin.coordinator_forms import person_label
from volunteers.dashboard import check_status_shown
from volunteers.models import BackgroundCheck
from volunteers.totals import network_today

VIEW_CHECK_ACTION = "volunteers.view_check"
EXPORT_CHECK_ACTION = "volunteers.export_check"
Status = BackgroundCheck.Status
Decision = BackgroundCheck.Decision
# A decision is taken on a check that has come back; on one that is still out there is nothing to decide.
DECIDABLE = {Status.CLEAR, Status.NEEDS_REVIEW}


class BackgroundCheckForm(NetworkScopedAdminForm):
    """A "needs review" result ends in a coordinator's recorded decision with its reasons, never in a status change."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.stored_status = None if self.instance._state.adding else self.instance.status
        self.stored_decision = (self.instance.decision, self.instance.decision_note)

    def clean(self):
        cleaned = super().clean()
        status, decision = cleaned.get("status"), cleaned.get("decision")
        note = (cleaned.get("decision_note") or "").strip()
        cleaned["decision_note"] = note
        if self.stored_status == Status.NEEDS_REVIEW and status == Status.CLEAR:
            self.add_error(
                "status",
                _(
                    "This check needs review: it does not become clear by changing its status. Keep “Needs review” "
                    "and record a decision and its reasons below."
                ),
            )
        if decision and not note:
            self.add_error("decision_note", _("Write the reasons for this decision, in terms of the role."))
        if note and not decision:
            self.add_error("decision", _("Choose the decision these reasons explain."))
        if decision and status and status not in DECIDABLE:
            self.add_error(
                "decision", _("A decision is recorded once the check has come back (clear or needs review).")
            )
        return cleaned

    def save(self, commit=True):
        check = self.instance
        if (check.decision, check.decision_note) != self.stored_decision:
            if check.decision:
                check.decided_by = self.for_user
                check.decided_at = timezone.now()
            else:
                check.decided_by = None
                check.decided_at = None
        return super().save(commit=commit)


class LoggedOpeningMixin:
    """Writes "volunteers.view_check" to the audit log each time a person opens a check."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(self.object, VIEW_CHECK_ACTION, user=request.user)
        return response


class BackgroundCheckEditView(LoggedOpeningMixin, EditView):
    pass


class BackgroundCheckInspectView(LoggedOpeningMixin, InspectView):
    def get_field_display_value(self, field_name, field):
        if field_name == "decided_by":
            return person_label(self.object.decided_by) if self.object.decided_by else "-"
        if field_name == "status":
            return check_status_shown(self.object, network_today(self.request.network))
        return super().get_field_display_value(field_name, field)


def status_today(check: BackgroundCheck) -> str:
    return check_status_shown(check, network_today(current_network()))


class BackgroundCheckViewSet(CoordinatorScopedSnippetViewSet):
    model = BackgroundCheck
    icon = "lock"
    menu_label = gettext_lazy("Background checks")
    base_form_class = BackgroundCheckForm
    edit_view_class = BackgroundCheckEditView
    inspect_view_class = BackgroundCheckInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    inspect_view_fields = [
        "volunteer",
        "provider",
        "level",
        "status",
        "requested_on",
        "completed_on",
        "expires_on",
        "provider_reference",
        "decision",
        "decision_note",
        "decided_by",
        "decided_at",
    ]
    panels = [
        HelpPanel(
            content=gettext_lazy(
                "Record only where the check stands. Never write or upload the report, offences, ID numbers or "
                "documents: they are not kept here."
            )
        ),
        select("volunteer"),
        FieldRowPanel([FieldPanel("provider"), FieldPanel("level")]),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("requested_on"), FieldPanel("completed_on"), FieldPanel("expires_on")]),
        FieldPanel("provider_reference"),
        MultiFieldPanel([FieldPanel("decision"), FieldPanel("decision_note")], heading=gettext_lazy("Decision")),
    ]
    list_display = [
        "volunteer",
        "level",
        Column("status", label=gettext_lazy("status"), accessor=status_today),
        "expires_on",
        "decision",
    ]

    def scoped_queryset(self, request):
        return super().scoped_queryset(request).select_related("volunteer")
