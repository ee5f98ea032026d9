"""The one way an admin listing or form is scoped: to the request's network, and for partner staff to their own."""

from __future__ import annotations

from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.utils.functional import cached_property
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.admin.forms import NetworkScopedAdminForm
from portal.permissions import editable_organization_ids


class NetworkScopedChooserViewSet(SnippetChooserViewSet):
    """Wagtail's snippet chooser (listing, search, and the object chosen by id) limited like the snippet's listing.

    Wagtail's chooser reads the model's default manager: it would list and name every network's rows.
    """

    # The snippet viewset's `scoped_queryset(request)`, set by `NetworkScopedSnippetViewSet.chooser_viewset`.
    scoped_queryset = None

    def construct_view(self, view_class, **kwargs):
        scoped_queryset = self.scoped_queryset
        overrides = {
            "get_object_list": lambda view: scoped_queryset(view.request),
            "get_object": lambda view, pk: scoped_queryset(view.request).get(pk=pk),
            "get_objects": lambda view, pks: scoped_queryset(view.request).filter(pk__in=pks),
        }
        methods = {name: method for name, method in overrides.items() if hasattr(view_class, name)}
        if methods:
            view_class = type(view_class.__name__, (view_class,), methods)
        return super().construct_view(view_class, **kwargs)


class NetworkScopedSnippetViewSet(SnippetViewSet):
    """Lists and opens only rows of the request's network; partner staff only their organizations' rows.

    Wagtail's snippet views look objects up through the model's default manager, so every view that
    names an object (edit, delete, history, revisions, preview, workflow...) is checked here: a row of
    another network, or of another organization for partner staff, is a 404. Forms get their choices
    scoped the same way (see `portal.admin.forms`).
    """

    # Lookup from the model to its organization's id; None when partner staff never see the model.
    organization_lookup: str | None = "organization_id"
    base_form_class = NetworkScopedAdminForm

    def scoped_queryset(self, request):
        queryset = self.model._default_manager.for_network(request.network)
        organization_ids = editable_organization_ids(request.user, request.network)
        if organization_ids is None:
            return queryset
        if self.organization_lookup is None:
            return queryset.none()
        return queryset.filter(**{f"{self.organization_lookup}__in": organization_ids})

    def get_queryset(self, request):
        return self.scoped_queryset(request)

    chooser_viewset_class = NetworkScopedChooserViewSet

    @cached_property
    def chooser_viewset(self):
        viewset = super().chooser_viewset
        viewset.scoped_queryset = self.scoped_queryset
        return viewset

    def get_edit_handler(self):
        edit_handler = super().get_edit_handler()
        if edit_handler.base_form_class is None:
            options = {**edit_handler.clone_kwargs(), "base_form_class": self.base_form_class}
            edit_handler = type(edit_handler)(**options).bind_to_model(self.model)
        return edit_handler

    def construct_view(self, view_class, **kwargs):
        view = super().construct_view(view_class, **kwargs)
        viewset = self

        @wraps(view)
        def scoped_view(request, *args, **view_kwargs):
            pk = view_kwargs.get("pk")
            if pk is not None and not viewset.scoped_queryset(request).filter(pk=unquote(str(pk))).exists():
                raise Http404
            return view(request, *args, **view_kwargs)

        return scoped_view
