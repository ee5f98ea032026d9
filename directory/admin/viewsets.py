"""Admin listings and forms of the directory's records, scoped by the platform's viewset."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from directory.admin.capacity import ServiceCapacityForm
from directory.admin.crisis_terms import NetworkCrisisTermViewSet
from directory.models import Category, Location, Place, SearchSynonymSet, Service, ServiceCapacity
from portal.admin.viewsets import NetworkScopedSnippetViewSet
from portal.languages import SUPPORTED_LANGUAGE_CODES, field_suffix


class ServiceViewSet(NetworkScopedSnippetViewSet):
    model = Service
    icon = "help"
    menu_label = _("Services")
    list_display = ["name", "organization", "status", "live", "updated_at", "last_verified_at"]
    list_filter = ["status", "live"]
    search_fields = [f"name_{field_suffix(code)}" for code in SUPPORTED_LANGUAGE_CODES]


class LocationViewSet(NetworkScopedSnippetViewSet):
    model = Location
    icon = "site"
    menu_label = _("Locations")
    list_display = ["name", "organization", "location_type", "city", "is_confidential"]


class ServiceCapacityViewSet(NetworkScopedSnippetViewSet):
    """Openings, updated in one step by partner staff and moderators: saved at once, never moderated."""

    model = ServiceCapacity
    icon = "group"
    menu_label = _("Openings")
    organization_lookup = "service__organization_id"
    base_form_class = ServiceCapacityForm
    list_display = ["service", "unit", "available", "maximum", "updated_at", "updated_by"]


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


class SearchSynonymSetViewSet(NetworkScopedSnippetViewSet):
    model = SearchSynonymSet
    icon = "search"
    menu_label = _("Search synonyms")
    organization_lookup = None
    list_display = ["__str__", "language", "updated_at"]
    list_filter = ["language"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Directory")
    menu_icon = "list-ul"
    menu_order = 150
    items = (
        ServiceViewSet,
        ServiceCapacityViewSet,
        LocationViewSet,
        CategoryViewSet,
        PlaceViewSet,
        NetworkCrisisTermViewSet,
        SearchSynonymSetViewSet,
    )
