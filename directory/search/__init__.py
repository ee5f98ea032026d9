"""The public directory search: per-language documents, matched and ranked by PostgreSQL full-text search."""

from directory.search.crisis import is_crisis_query
from directory.search.documents import defer_indexing, reindex_network, text_search_config
from directory.search.facets import Facets
from directory.search.query import SearchFilters, SearchResults, search_services, with_display_data

__all__ = [
    "Facets",
    "SearchFilters",
    "SearchResults",
    "defer_indexing",
    "is_crisis_query",
    "reindex_network",
    "search_services",
    "text_search_config",
    "with_display_data",
]
