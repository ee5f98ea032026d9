"""Wagtail's bulk actions (delete, and any a feature adds) limited to the host's network.

Wagtail looks a bulk action's objects up by primary key through the model's default manager, and "select all"
takes every row of the model, whatever network the rows belong to. For a model listed by a
`NetworkScopedSnippetViewSet`, this view answers 404 when an id names a row the person could not open in that
listing (another network's, or another organization's for partner staff) and turns "all" into the ids of the
rows they can; then Wagtail's own view does the rest.
"""

from django.apps import apps
from django.http import Http404, QueryDict
from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action import index as wagtail_bulk_action

from portal.admin.viewsets import NetworkScopedSnippetViewSet


def scoped_ids(request, viewset: NetworkScopedSnippetViewSet) -> list[str]:
    """The ids asked for, all of them rows of the person's listing; 404 if any is not."""
    allowed = viewset.scoped_queryset(request)
    asked = request.GET.getlist("id")
    if "all" in asked:
        return [str(pk) for pk in allowed.values_list("pk", flat=True)]
    numeric = [value for value in asked if value.isascii() and value.isdigit() and len(value) < 19]
    if len(numeric) != len(asked) or allowed.filter(pk__in=numeric).count() != len(set(numeric)):
        raise Http404
    return asked


@require_admin_access
def scoped_bulk_action(request, app_label: str, model_name: str, action: str):
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    viewset = getattr(model, "snippet_viewset", None)
    if isinstance(viewset, NetworkScopedSnippetViewSet):
        query = request.GET.copy()
        query.setlist("id", scoped_ids(request, viewset))
        request.GET = QueryDict(query.urlencode())
    return wagtail_bulk_action(request, app_label, model_name, action)


# Placed before Wagtail's admin URLs, at the same address, so that every bulk action passes through here.
urlpatterns = [path("bulk/<str:app_label>/<str:model_name>/<str:action>/", scoped_bulk_action)]
