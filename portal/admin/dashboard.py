"""The admin dashboard's panels, limited to the host's network's pages and records.

Wagtail's panels list the viewer's own edits, locks and workflow items in every network; a person who holds
roles in two networks would see one network's page titles on the other's host.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Max
from wagtail.admin.views.home import (
    LockedPagesPanel,
    RecentEditsPanel,
    UserObjectsInWorkflowModerationPanel,
    WorkflowObjectsToModeratePanel,
)
from wagtail.models import Page, PageLogEntry

from portal.admin.network_objects import belongs_to


class NetworkRecentEditsPanel(RecentEditsPanel):
    def get_context_data(self, parent_context):
        # Past Wagtail's own query, which would count every network's edits before this one's could be kept.
        context = super(RecentEditsPanel, self).get_context_data(parent_context)
        request = parent_context["request"]
        context["request"] = request
        # Wagtail counts the last edits before loading pages: the limit applies to this network's pages.
        limit = getattr(settings, "WAGTAILADMIN_RECENT_EDITS_LIMIT", 5)
        last_edits = (
            PageLogEntry.objects.filter(
                user=request.user,
                action="wagtail.edit",
                page__path__startswith=request.network.site.root_page.path,
            )
            .values("page_id")
            .annotate(latest_date=Max("timestamp"))
            .order_by("-latest_date")[:limit]
        )
        pages = (
            Page.objects.specific()
            .prefetch_workflow_states()
            .annotate_approved_schedule()
            .in_bulk([edit["page_id"] for edit in last_edits])
        )
        context["last_edits"] = [
            (edit["latest_date"], pages[edit["page_id"]]) for edit in last_edits if edit["page_id"] in pages
        ]
        return context


class NetworkLockedPagesPanel(LockedPagesPanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        root_path = parent_context["request"].network.site.root_page.path
        context["locked_pages"] = context["locked_pages"].filter(path__startswith=root_path)
        return context


class NetworkObjectsToModeratePanel(WorkflowObjectsToModeratePanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        network = parent_context["request"].network
        context["states"] = [state for state in context["states"] if belongs_to(state["obj"], network)]
        return context


class NetworkObjectsInModerationPanel(UserObjectsInWorkflowModerationPanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        network = parent_context["request"].network
        context["workflow_states"] = [
            state for state in context["workflow_states"] if belongs_to(state.content_object, network)
        ]
        return context


NETWORK_PANELS = {
    RecentEditsPanel: NetworkRecentEditsPanel,
    LockedPagesPanel: NetworkLockedPagesPanel,
    WorkflowObjectsToModeratePanel: NetworkObjectsToModeratePanel,
    UserObjectsInWorkflowModerationPanel: NetworkObjectsInModerationPanel,
}


def scope_homepage_panels(request, panels: list) -> None:
    """Replace Wagtail's dashboard panels by the ones limited to the host's network."""
    for index, panel in enumerate(panels):
        replacement = NETWORK_PANELS.get(type(panel))
        if replacement is not None:
            panels[index] = replacement()
