from directory.models.imports import HsdsImport
from directory.models.locations import Location, Place
from directory.models.organizations import Organization, OrganizationMembership
from directory.models.pages import DirectoryIndexPage
from directory.models.search_documents import SearchTerm, ServiceSearchDocument
from directory.models.services import (
    CostOption,
    OpeningHours,
    RequiredDocument,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceLanguage,
    ServicePhone,
)
from directory.models.taxonomy import Category

__all__ = [
    "Category",
    "CostOption",
    "DirectoryIndexPage",
    "HsdsImport",
    "Location",
    "OpeningHours",
    "Organization",
    "OrganizationMembership",
    "Place",
    "RequiredDocument",
    "ScheduleException",
    "SearchTerm",
    "Service",
    "ServiceAtLocation",
    "ServiceLanguage",
    "ServicePhone",
    "ServiceSearchDocument",
]


def _attach_admin_forms() -> None:
    # Panels live in directory/panels.py; they are attached here, before wagtail-modeltranslation
    # expands every translated field into one panel per language when the apps are ready.
    from directory import panels
    from directory.forms import NetworkScopedAdminForm

    Service.edit_handler = panels.SERVICE_PANELS
    ServiceAtLocation.panels = panels.SERVICE_AT_LOCATION_PANELS
    Organization.panels = panels.ORGANIZATION_PANELS
    Location.panels = panels.LOCATION_PANELS
    Category.panels = panels.CATEGORY_PANELS
    Place.panels = panels.PLACE_PANELS
    for model in (Service, ServiceAtLocation, Organization, Location, Category, Place):
        model.base_form_class = NetworkScopedAdminForm


_attach_admin_forms()
