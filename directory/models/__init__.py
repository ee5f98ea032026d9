from directory.models.locations import Location, Place
from directory.models.organizations import Organization, OrganizationMembership
from directory.models.pages import DirectoryIndexPage
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
    "Location",
    "OpeningHours",
    "Organization",
    "OrganizationMembership",
    "Place",
    "RequiredDocument",
    "ScheduleException",
    "Service",
    "ServiceAtLocation",
    "ServiceLanguage",
    "ServicePhone",
]
