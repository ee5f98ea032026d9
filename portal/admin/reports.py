"""Wagtail's reports (site history, locked and aging pages, workflows, page types) limited to the host's network.

Wagtail's report views decide by permission and by content type, never by row: a moderator of two
networks would see both networks' pages and records on either host, and a moderator of one network
every network's snippet history. These subclasses keep the host's network's rows only (superusers too,
so that what a report says belongs to the host it is read on). Wagtail's admin URLs are resolved before
any hook's, so `AdminNetworkAccessMiddleware` serves these in place of Wagtail's views of the same names.
"""

from __future__ import annotations

import django_filters
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.views.decorators.cache import never_cache
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.admin.views.reports.locked_pages import LockedPagesView
from wagtail.admin.views.reports.page_types_usage import (
    PageTypesUsageReportFilterSet,
    PageTypesUsageReportView,
    _annotate_last_edit_info,
)
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksReportFilterSet,
    WorkflowTasksView,
    WorkflowView,
)
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import PageLogEntry, WorkflowState

from portal.admin.network_objects import generic_objects_of
from portal.models import Network


def scope_log_entries(entries, network: Network):
    """Keep the log entries (pages' or other models') that are about `network`'s objects."""
    if issubclass(entries.model, PageLogEntry):
        return entries.filter(page__path__startswith=network.site.root_page.path)
    content_type_ids = entries.order_by().values_list("content_type_id", flat=True).distinct()
    return entries.filter(generic_objects_of(network, content_type_ids, "content_type_id", "object_id"))


def network_workflow_states(request, queryset):
    content_type_ids = queryset.order_by().values_list("base_content_type_id", flat=True).distinct()
    return queryset.filter(generic_objects_of(request.network, content_type_ids, "base_content_type_id", "object_id"))


class NetworkSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        user_ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            entries = log_model.objects.viewable_by_user(self.request.user)
            user_ids.update(scope_log_entries(entries, self.request.network).get_user_ids())
        User = get_user_model()
        return User.objects.filter(pk__in=user_ids).order_by(User.USERNAME_FIELD)

    get_user_choices = get_users_queryset


class NetworkLogEntriesView(LogEntriesView):
    filterset_class = NetworkSiteHistoryFilterSet

    def filter_queryset(self, queryset):
        return scope_log_entries(super().filter_queryset(queryset), self.request.network)


class NetworkLockedPagesView(LockedPagesView):
    def get_queryset(self):
        return super().get_queryset().filter(path__startswith=self.request.network.site.root_page.path)


class NetworkAgingPagesView(AgingPagesView):
    def get_queryset(self):
        return super().get_queryset().filter(path__startswith=self.request.network.site.root_page.path)


class NetworkPageTypesUsageFilterSet(PageTypesUsageReportFilterSet):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The site is the host's: a choice would name every network.
        self.sites_filter_enabled = False
        self.filters.pop("site", None)


class NetworkPageTypesUsageView(PageTypesUsageReportView):
    filterset_class = NetworkPageTypesUsageFilterSet

    def get_queryset(self):
        # Wagtail's own, with its site filter always set to the host's network (its annotation is the one
        # Wagtail's filter would apply, kept so the counts and "last edited" columns match Wagtail's).
        self.queryset = ContentType.objects.filter(model__in=self.page_models)
        queryset = self.filter_queryset(self.queryset)
        language_code = self.filters.form.cleaned_data.get("page_locale", None)
        root_path = self.request.network.site.root_page.path
        queryset = _annotate_last_edit_info(queryset, language_code, root_path)
        return queryset.filter(count__gt=0).order_by("-count", "app_label", "model")


def requested_in_network(request):
    states = network_workflow_states(request, WorkflowState.objects.all())
    return get_user_model().objects.filter(pk__in=states.values("requested_by_id"))


class NetworkWorkflowFilterSet(WorkflowReportFilterSet):
    requested_by = django_filters.ModelChoiceFilter(field_name="requested_by", queryset=requested_in_network)


class NetworkWorkflowView(WorkflowView):
    filterset_class = NetworkWorkflowFilterSet

    def get_queryset(self):
        return network_workflow_states(self.request, super().get_queryset())


class NetworkWorkflowTasksView(WorkflowTasksView):
    filterset_class = WorkflowTasksReportFilterSet

    def get_queryset(self):
        states = network_workflow_states(self.request, WorkflowState.objects.all())
        return super().get_queryset().filter(workflow_state__in=states)


def _admin_view(view_class, **initkwargs):
    # Wrapped as Wagtail wraps its own admin URLs (admin access, no caching).
    return require_admin_access(never_cache(view_class.as_view(**initkwargs)))


def _report_views() -> dict:
    views = {}
    for name, view_class in (
        ("site_history", NetworkLogEntriesView),
        ("locked_pages", NetworkLockedPagesView),
        ("aging_pages", NetworkAgingPagesView),
        ("workflow", NetworkWorkflowView),
        ("workflow_tasks", NetworkWorkflowTasksView),
        ("page_types_usage", NetworkPageTypesUsageView),
    ):
        views[f"wagtailadmin_reports:{name}"] = _admin_view(view_class)
        views[f"wagtailadmin_reports:{name}_results"] = _admin_view(view_class, results_only=True)
    return views


# Keyed by Wagtail's URL names: the view served instead of Wagtail's own.
NETWORK_REPORT_VIEWS = _report_views()
