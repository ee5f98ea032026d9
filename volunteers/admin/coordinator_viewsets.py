"""Coordinators' admin listings and forms: the network's volunteers, training catalogue, checks and supervision.

Only the host network's coordinators reach these rows: moderators and partner staff never see a volunteer's
records (the platform's viewset would show moderators every row of the network).
"""

from __future__ import annotations

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.shortcuts import redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.snippets.views.snippets import CreateView, DeleteView, IndexView

from portal.admin.panels import select
from volunteers.admin.coordinator_base import CoordinatorScopedSnippetViewSet, is_coordinator
from volunteers.admin.coordinator_forms import (
    CodeOfConductForm,
    SupervisedRecordForm,
    TrainingRecordForm,
    VolunteerProfileForm,
)
from volunteers.models import (
    CodeOfConduct,
    SupervisionCheckIn,
    TrainingModule,
    TrainingRecord,
    VolunteerProfile,
    VolunteerSettings,
)


class TrainingModuleViewSet(CoordinatorScopedSnippetViewSet):
    model = TrainingModule
    icon = "doc-full"
    menu_label = _("Training catalogue")
    list_display = ["name", "valid_for_months", "typical_hours"]
    copy_view_enabled = False


class CodeOfConductDeleteView(DeleteView):
    """A version volunteers acknowledged is their agreement's record: it is kept (the database protects it too)."""

    def dispatch(self, request, *args, **kwargs):
        count = self.object.acknowledgements.count()
        if count:
            messages.error(
                request,
                gettext("Volunteers have acknowledged this version (%(count)s): it is kept.") % {"count": count},
            )
            return redirect(self.edit_url_name, self.object.pk)
        return super().dispatch(request, *args, **kwargs)


class CodeOfConductViewSet(CoordinatorScopedSnippetViewSet):
    """A new version is a new row: a version volunteers acknowledged is kept as they read it."""

    model = CodeOfConduct
    icon = "clipboard-list"
    menu_label = _("Codes of conduct")
    base_form_class = CodeOfConductForm
    delete_view_class = CodeOfConductDeleteView
    list_display = ["title", "version", "in_force_from"]


class NoAddView(CreateView):
    def dispatch(self, request, *args, **kwargs):
        raise PermissionDenied


class VolunteerSettingsIndexView(IndexView):
    """A network has one row of settings: the menu opens its form."""

    def get(self, request, *args, **kwargs):
        settings = VolunteerSettings.for_network(request.network)
        return redirect(self.get_edit_url(settings))


class VolunteerSettingsViewSet(CoordinatorScopedSnippetViewSet):
    model = VolunteerSettings
    icon = "cog"
    menu_label = _("Volunteering settings")
    index_view_class = VolunteerSettingsIndexView
    add_view_class = NoAddView
    copy_view_enabled = False


class VolunteerProfileViewSet(CoordinatorScopedSnippetViewSet):
    """Volunteers sign themselves up; coordinators keep their status and supervisor."""

    model = VolunteerProfile
    icon = "user"
    menu_label = _("Volunteers")
    base_form_class = VolunteerProfileForm
    add_view_class = NoAddView
    copy_view_enabled = False
    panels = [select("supervisor"), FieldPanel("status")]
    list_display = ["display_name", "status", "supervisor", "created_at"]
    list_filter = ["status"]


class TrainingRecordViewSet(CoordinatorScopedSnippetViewSet):
    """Training records, those waiting for a coordinator's verification first."""

    model = TrainingRecord
    icon = "tick"
    menu_label = _("Training records")
    base_form_class = TrainingRecordForm
    copy_view_enabled = False
    panels = [
        select("volunteer"),
        select("module"),
        FieldRowPanel([FieldPanel("completed_on"), FieldPanel("hours")]),
    ]
    list_display = ["volunteer", "module", "completed_on", "expires_on", "verified_at"]

    def scoped_queryset(self, request):
        return (
            super()
            .scoped_queryset(request)
            .select_related("volunteer", "module")
            .order_by(F("verified_at").desc(nulls_first=True), "-completed_on", "-pk")
        )


def network_volunteers(request):
    """The volunteers a coordinator may filter by: their network's, and nobody's for anyone else."""
    if request is None or not is_coordinator(request.user, request.network):
        return VolunteerProfile.objects.none()
    return VolunteerProfile.objects.for_network(request.network)


class SupervisionCheckInFilterSet(WagtailFilterSet):
    volunteer = django_filters.ModelChoiceFilter(label=_("Volunteer"), queryset=network_volunteers)

    class Meta:
        model = SupervisionCheckIn
        fields = ["volunteer"]


class SupervisionCheckInViewSet(CoordinatorScopedSnippetViewSet):
    """Check-ins, listed per volunteer from the volunteers' listing."""

    model = SupervisionCheckIn
    filterset_class = SupervisionCheckInFilterSet
    icon = "group"
    menu_label = _("Supervision check-ins")
    base_form_class = SupervisedRecordForm
    copy_view_enabled = False
    panels = [select("volunteer"), select("supervisor"), FieldPanel("met_on"), FieldPanel("note")]
    list_display = ["volunteer", "met_on", "supervisor"]

    def scoped_queryset(self, request):
        return super().scoped_queryset(request).select_related("volunteer", "supervisor")
