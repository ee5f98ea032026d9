"""Partner staff's admin screens: their opportunities (moderated), shifts, applicants and the hours given to them."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction

from portal.admin.viewsets import NetworkScopedSnippetViewSet
from volunteers.admin.partner_actions import (
    APPLICATION_STATUS_ACTION,
    APPROVE_HOURS_ACTION,
    CANCEL_SHIFT_ACTION,
    approve_hours,
    cancel_shift,
)
from volunteers.admin.partner_forms import (
    ApplicationReviewForm,
    HoursApprovalForm,
    OpportunityForm,
    ShiftForm,
    volunteering_organization_ids,
)
from volunteers.admin.partner_panels import ApplicantPanel
from volunteers.models import Application, HoursEntry, Opportunity, Shift


class VolunteeringViewSet(NetworkScopedSnippetViewSet):
    """Scoped like every admin screen, except that coordinators, too, keep all of the network's records."""

    def scoped_queryset(self, request):
        queryset = self.model._default_manager.for_network(request.network)
        organization_ids = volunteering_organization_ids(request.user, request.network)
        if organization_ids is None:
            return queryset
        return queryset.filter(**{f"{self.organization_lookup}__in": organization_ids})

    # What each listing row names, read with the rows: the listing's query count does not grow with them.
    list_select_related: tuple[str, ...] = ()

    def get_queryset(self, request):
        return self.scoped_queryset(request).select_related(*self.list_select_related)


class RecordsOfVolunteersViewSet(VolunteeringViewSet):
    """Applications and hours are the volunteer's to create: the admin only reviews them."""

    def construct_view(self, view_class, **kwargs):
        if view_class is self.add_view_class:

            def refused(request, *args, **view_kwargs):
                raise PermissionDenied

            return refused
        return super().construct_view(view_class, **kwargs)


class OpportunityViewSet(VolunteeringViewSet):
    """Partner edits are drafts until a moderator of the network approves them (the network's workflow)."""

    model = Opportunity
    icon = "group"
    menu_label = gettext_lazy("Opportunities")
    base_form_class = OpportunityForm
    list_select_related = ("organization",)
    list_display = ["title", "organization", "status", "live", "updated_at"]
    list_filter = ["status", "live"]


class ShiftViewSet(VolunteeringViewSet):
    """Shifts are saved at once, never moderated; a cancellation is its own logged step."""

    model = Shift
    icon = "date"
    menu_label = gettext_lazy("Shifts")
    organization_lookup = "opportunity__organization_id"
    base_form_class = ShiftForm
    list_select_related = ("opportunity",)
    list_display = ["opportunity", "starts_at", "ends_at", "capacity", "cancelled_at"]


class ApplicationViewSet(RecordsOfVolunteersViewSet):
    """Applicants to the partner's own opportunities: who they are, whether they are ready, and a decision."""

    model = Application
    icon = "user"
    menu_label = gettext_lazy("Applications")
    organization_lookup = "opportunity__organization_id"
    base_form_class = ApplicationReviewForm
    list_select_related = ("volunteer", "opportunity")
    list_display = ["volunteer", "opportunity", "status", "conditional", "created_at"]
    list_filter = ["status"]
    panels = [ApplicantPanel(), FieldPanel("status"), FieldPanel("conditional"), FieldPanel("note")]


class HoursEntryViewSet(RecordsOfVolunteersViewSet):
    """Hours volunteers logged for the partner's opportunities, approved one by one or in bulk."""

    model = HoursEntry
    icon = "time"
    menu_label = gettext_lazy("Hours")
    organization_lookup = "opportunity__organization_id"
    base_form_class = HoursApprovalForm
    list_select_related = ("volunteer", "opportunity")
    list_display = ["volunteer", "opportunity", "worked_on", "hours", "approved_at"]
    list_filter = ["approved_at"]
    panels = [
        FieldPanel("volunteer", read_only=True),
        FieldPanel("opportunity", read_only=True),
        FieldPanel("worked_on", read_only=True),
        FieldPanel("hours", read_only=True),
        FieldPanel("note", read_only=True),
        FieldPanel("approved"),
    ]


def cancel_shift_view(request, pk: int):
    """Confirm, then cancel at once: the volunteers holding a place are told in their own language."""
    viewset = Shift.snippet_viewset
    shift = get_object_or_404(viewset.scoped_queryset(request).select_related("opportunity"), pk=pk)
    if not viewset.permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    listing_url = reverse(viewset.get_url_name("list"))
    if shift.cancelled_at is not None:
        messages.warning(request, _("This shift was already cancelled."))
        return redirect(listing_url)
    if request.method == "POST":
        told = cancel_shift(shift, request.user)
        messages.success(
            request,
            _("The shift is cancelled. Volunteers told by email: %(count)d.") % {"count": told},
        )
        return redirect(listing_url)
    return TemplateResponse(
        request,
        "volunteers/admin/partner/cancel_shift.html",
        {
            "shift": shift,
            "holding_a_place": shift.signups.holding_a_place().count(),
            "page_title": _("Cancel a shift"),
            "header_title": _("Cancel a shift"),
            "listing_url": listing_url,
        },
    )


@hooks.register("register_admin_urls")
def register_partner_admin_urls():
    return [path("volunteering/shifts/<int:pk>/cancel/", cancel_shift_view, name="volunteers_cancel_shift")]


@hooks.register("register_log_actions")
def register_partner_log_actions(actions):
    actions.register_action(CANCEL_SHIFT_ACTION, gettext_lazy("Cancel shift"), gettext_lazy("Shift cancelled"))
    actions.register_action(
        APPLICATION_STATUS_ACTION, gettext_lazy("Application status"), gettext_lazy("Application status changed")
    )
    actions.register_action(APPROVE_HOURS_ACTION, gettext_lazy("Approve hours"), gettext_lazy("Hours approved"))


def approve_hours_url(entry_ids, next_url: str) -> str:
    url = reverse("wagtail_bulk_action", args=["volunteers", "hoursentry", ApproveHoursBulkAction.action_type])
    return url + "?" + urlencode([("id", pk) for pk in entry_ids] + [("next", next_url)])


@hooks.register("register_snippet_listing_buttons")
def partner_listing_buttons(snippet, user, next_url=None):
    if isinstance(snippet, Shift) and snippet.cancelled_at is None:
        yield ListingButton(
            _("Cancel shift"), reverse("volunteers_cancel_shift", args=[snippet.pk]), icon_name="cross", priority=30
        )
    if isinstance(snippet, HoursEntry) and snippet.approved_at is None:
        listing = reverse(HoursEntry.snippet_viewset.get_url_name("list"))
        yield ListingButton(
            _("Approve"), approve_hours_url([snippet.pk], next_url or listing), icon_name="tick", priority=30
        )


@hooks.register("register_bulk_action")
class ApproveHoursBulkAction(SnippetBulkAction):
    """Approve the selected hours at once; entries outside the person's scope are not even named."""

    display_name = gettext_lazy("Approve")
    action_type = "approve"
    aria_label = gettext_lazy("Approve the selected hours")
    template_name = "volunteers/admin/partner/confirm_bulk_approve.html"
    action_priority = 20
    models = [HoursEntry]

    def get_actionable_objects(self):
        if not self.permission_policy.user_has_permission(self.request.user, "change"):
            return [], {"items_with_no_access": []}
        ids = [pk for pk in self.request.GET.getlist("id") if pk.isdigit()]
        scoped = HoursEntry.snippet_viewset.scoped_queryset(self.request)
        objects = list(scoped.filter(pk__in=ids, approved_at__isnull=True).select_related("volunteer", "opportunity"))
        return objects, {"items_with_no_access": []}

    def get_execution_context(self):
        return {**super().get_execution_context(), "user": self.request.user}

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        return approve_hours(objects, user), 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return _("Hours entries approved: %(count)d.") % {"count": num_parent_objects}
