"""The directory's models: services, their live capacity, locations, categories, places, search documents, imports."""

from directory.models.capacity import ServiceCapacity, ServiceCapacityChange
from directory.models.crisis_terms import NetworkCrisisTerm
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
    "NetworkCrisisTerm",
    "OpeningHours",
    "Place",
    "RequiredDocument",
    "ScheduleException",
    "SearchSynonymSet",
    "SearchTerm",
    "Service",
    "ServiceAtLocation",
    "ServiceCapacity",
    "ServiceCapacityChange",
    "ServiceLanguage",
    "ServicePhone",
    "ServiceSearchDocument",
]
