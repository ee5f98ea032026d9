"""The directory's models: services, locations, categories, places, search documents and imports."""

from directory.models.imports import HsdsImport
from directory.models.locations import Location, Place
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
from directory.models.synonyms import SearchSynonymSet
from directory.models.taxonomy import Category

__all__ = [
    "Category",
    "CostOption",
    "DirectoryIndexPage",
    "HsdsImport",
    "Location",
    "OpeningHours",
    "Place",
    "RequiredDocument",
    "ScheduleException",
    "SearchSynonymSet",
    "SearchTerm",
    "Service",
    "ServiceAtLocation",
    "ServiceLanguage",
    "ServicePhone",
    "ServiceSearchDocument",
]
