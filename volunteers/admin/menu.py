"""The one "Volunteering" menu of the admin: partners' screens and coordinators' screens, each shown to whoever
holds the permission, and the coordinator's dashboard first."""

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from volunteers.admin.coordinator_base import is_coordinator
from volunteers.admin.coordinator_checks import BackgroundCheckViewSet
from volunteers.admin.coordinator_viewsets import (
    CodeOfConductViewSet,
    SupervisionCheckInViewSet,
    TrainingModuleViewSet,
    TrainingRecordViewSet,
    VolunteerProfileViewSet,
    VolunteerSettingsViewSet,
)
from volunteers.admin.partner_screens import ApplicationViewSet, HoursEntryViewSet, OpportunityViewSet, ShiftViewSet


class CoordinatorMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return is_coordinator(request.user, request.network)


class VolunteeringViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Volunteering")
    menu_icon = "group"
    menu_name = "volunteering"
    menu_order = 170
    items = (
        OpportunityViewSet,
        ShiftViewSet,
        ApplicationViewSet,
        HoursEntryViewSet,
        VolunteerProfileViewSet,
        TrainingRecordViewSet,
        BackgroundCheckViewSet,
        SupervisionCheckInViewSet,
        TrainingModuleViewSet,
        CodeOfConductViewSet,
        VolunteerSettingsViewSet,
    )

    def get_submenu_items(self):
        dashboard = CoordinatorMenuItem(
            _("Dashboard"), reverse_lazy("volunteers_coordinator_dashboard"), icon_name="home", order=0
        )
        return [dashboard, *super().get_submenu_items()]


register_snippet(VolunteeringViewSetGroup)
