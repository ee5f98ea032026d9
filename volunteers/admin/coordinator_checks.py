"""Background checks in the admin: where a check stands, never what it found. Coordinators only."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel

from portal.admin.forms import NetworkScopedAdminForm
from portal.admin.panels import select
from volunteers.admin.coordinator_base import CoordinatorScopedSnippetViewSet
from volunteers.models import BackgroundCheck


class BackgroundCheckForm(NetworkScopedAdminForm):
    pass


class BackgroundCheckViewSet(CoordinatorScopedSnippetViewSet):
    model = BackgroundCheck
    icon = "lock"
    menu_label = _("Background checks")
    base_form_class = BackgroundCheckForm
    copy_view_enabled = False
    panels = [
        HelpPanel(
            content=_(
                "Record only where the check stands. Never write or upload the report, offences, ID numbers or "
                "documents: they are not kept here."
            )
        ),
        select("volunteer"),
        FieldRowPanel([FieldPanel("provider"), FieldPanel("level")]),
        FieldPanel("status"),
        FieldRowPanel([FieldPanel("requested_on"), FieldPanel("completed_on"), FieldPanel("expires_on")]),
        FieldPanel("provider_reference"),
        MultiFieldPanel([FieldPanel("decision"), FieldPanel("decision_note")], heading=_("Decision")),
    ]
    list_display = ["volunteer", "level", "status", "expires_on", "decision"]

    def scoped_queryset(self, request):
        return super().scoped_queryset(request).select_related("volunteer")
