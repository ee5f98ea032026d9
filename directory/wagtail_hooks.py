from functools import wraps

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from directory.admin_views import verify_service
from directory.hsds.admin_views import may_import, register_hsds_admin_urls
from directory.memberships import MembershipViewSet
from directory.models import Category, Location, Organization, Place, Service
from portal.permissions import editable_organization_ids


class NetworkScopedSnippetViewSet(SnippetViewSet):
    """Lists and opens only rows of the request's network; partner staff only their organizations' rows.

    Wagtail's snippet views look objects up through the model's default manager, so every view that
    names an object (edit, delete, history, revisions, preview, workflow...) is checked here: a row of
    another network, or of another organization for partner staff, is a 404.
    """

    # Lookup from the model to its organization's id; None when partner staff never see the model.
    organization_lookup: str | None = "organization_id"

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


class ServiceViewSet(NetworkScopedSnippetViewSet):
    model = Service
    icon = "help"
    menu_label = _("Services")
    list_display = ["name", "organization", "status", "live", "updated_at", "last_verified_at"]
    list_filter = ["status", "live"]
    search_fields = ["name_en", "name_es", "name_zh_hans", "name_vi", "name_ar"]


class OrganizationViewSet(NetworkScopedSnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Organizations")
    organization_lookup = "id"
    list_display = ["name", "email", "updated_at"]


class LocationViewSet(NetworkScopedSnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "organization", "location_type", "city", "is_confidential"]


class CategoryViewSet(NetworkScopedSnippetViewSet):
    model = Category
    icon = "tag"
    menu_label = _("Categories")
    organization_lookup = None
    list_display = ["name", "code", "parent", "is_crisis"]


class PlaceViewSet(NetworkScopedSnippetViewSet):
    model = Place
    icon = "pick"
    menu_label = _("Places")
    organization_lookup = None
    list_display = ["name", "postal_code"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "list-ul"
    menu_order = 150
    items = (ServiceViewSet, OrganizationViewSet, LocationViewSet, CategoryViewSet, PlaceViewSet)


register_snippet(DirectoryViewSetGroup)


@hooks.register("register_admin_urls")
def register_verification_url():
    return [path("directory/verify/<int:pk>/", verify_service, name="directory_verify_service")]


@hooks.register("register_admin_urls")
def register_hsds_import_urls():
    return register_hsds_admin_urls()


class HsdsImportMenuItem(MenuItem):
    """Shown to the moderators of the network whose admin this is, and to nobody else."""

    def is_shown(self, request) -> bool:
        return may_import(request)


@hooks.register("register_admin_menu_item")
def register_hsds_import_menu_item():
    return HsdsImportMenuItem(_("Import HSDS"), reverse("directory_hsds_import"), icon_name="download", order=160)


@hooks.register("register_snippet_listing_buttons")
def verification_button(snippet, user, next_url=None):
    if isinstance(snippet, Service):
        yield ListingButton(
            _("Still accurate?"), reverse("directory_verify_service", args=[snippet.pk]), icon_name="tick", priority=30
        )


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return MembershipViewSet("partner_staff")
