"""Coordinators' admin screens: volunteers, training, background checks, supervision, dashboard."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from volunteers.admin.coordinator_checks import EXPORT_CHECK_ACTION, VIEW_CHECK_ACTION
from volunteers.admin.coordinator_viewsets import VolunteeringViewSetGroup

register_snippet(VolunteeringViewSetGroup)


@hooks.register("register_log_actions")
def register_coordinator_log_actions(actions):
    actions.register_action(VIEW_CHECK_ACTION, _("Open background check"), _("Background check opened"))
    actions.register_action(EXPORT_CHECK_ACTION, _("Export background check"), _("Background check exported"))
