"""Coordinators' admin screens: volunteers, training, background checks, supervision, dashboard."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton

from volunteers.admin.coordinator_base import is_coordinator
from volunteers.admin.coordinator_checks import EXPORT_CHECK_ACTION, VIEW_CHECK_ACTION
from volunteers.admin.coordinator_dashboard import CoordinatorDashboardPanel, dashboard_view, export_view
from volunteers.admin.coordinator_training import VERIFY_TRAINING_ACTION, verify_training
from volunteers.models import TrainingRecord, VolunteerProfile


@hooks.register("register_log_actions")
def register_coordinator_log_actions(actions):
    actions.register_action(VIEW_CHECK_ACTION, _("Open background check"), _("Background check opened"))
    actions.register_action(EXPORT_CHECK_ACTION, _("Export background check"), _("Background check exported"))
    actions.register_action(VERIFY_TRAINING_ACTION, _("Verify training"), _("Training record verified"))


@hooks.register("register_admin_urls")
def register_coordinator_admin_urls():
    return [
        path("volunteering/training/<int:pk>/verify/", verify_training, name="volunteers_verify_training"),
        path("volunteering/dashboard/", dashboard_view, name="volunteers_coordinator_dashboard"),
        path("volunteering/dashboard/<slug:name>.csv", export_view, name="volunteers_coordinator_export"),
    ]


@hooks.register("register_snippet_listing_buttons")
def verify_training_button(snippet, user, next_url=None):
    if isinstance(snippet, TrainingRecord) and not snippet.is_verified:
        yield ListingButton(
            _("Verify"), reverse("volunteers_verify_training", args=[snippet.pk]), icon_name="tick", priority=30
        )


@hooks.register("register_snippet_listing_buttons")
def supervision_button(snippet, user, next_url=None):
    if isinstance(snippet, VolunteerProfile):
        url = reverse("wagtailsnippets_volunteers_supervisioncheckin:list")
        yield ListingButton(_("Supervision check-ins"), f"{url}?volunteer={snippet.pk}", icon_name="group", priority=30)


@hooks.register("construct_homepage_panels")
def add_volunteering_dashboard_panel(request, panels):
    if is_coordinator(request.user, request.network):
        panels.append(CoordinatorDashboardPanel())
