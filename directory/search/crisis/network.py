"""A network's own crisis terms: read by every search without a query, and what a new term would catch."""

from __future__ import annotations

import time

from django.db import transaction

from directory.models import NetworkCrisisTerm, SearchTerm, Service
from directory.search.crisis import EVERYDAY_SEARCHES, CrisisMatcher, term_pattern
from portal.languages import field_suffix
from portal.models import Network

# How long another process's change may go unseen (a change made in this process is seen at once); see
# docs/decisions/0011. The terms are read again after this, one small query per network and process.
RECHECK_SECONDS = 30.0
_kept: dict[int, tuple[float, tuple[str, ...]]] = {}


def crisis_terms_of(network: Network) -> tuple[str, ...]:
    """The terms `network`'s moderators added, kept in the process and re-read when older than RECHECK_SECONDS."""
    now = time.monotonic()
    kept = _kept.get(network.pk)
    if kept is not None and now - kept[0] < RECHECK_SECONDS:
        return kept[1]
    terms = tuple(NetworkCrisisTerm.objects.for_network(network).order_by("pk").values_list("term", flat=True))
    _kept[network.pk] = (now, terms)
    return terms


def forget_crisis_terms(network_id: int) -> None:
    """Drop the kept terms of a network now, and again once the change is committed (a search in between could
    otherwise keep the old ones)."""
    _kept.pop(network_id, None)
    transaction.on_commit(lambda: _kept.pop(network_id, None))


MAX_SHOWN = 30


def searches_caught(network: Network, language: str, term: str) -> dict[str, list[str]]:
    """What `term` would turn into crisis searches: words of the network's listings, its service names and
    everyday searches, in `language`. ValueError when the term cannot be read."""
    term_pattern(term)
    matcher = CrisisMatcher((term,))
    words = SearchTerm.objects.for_network(network).filter(language=language).values_list("word", flat=True)
    column = f"name_{field_suffix(language)}"
    names = Service.objects.for_network(network).exclude(**{column: ""}).values_list(column, flat=True)
    sources = {
        "words": sorted(set(words.iterator())),
        "services": sorted(set(name for name in names.iterator() if name)),
        "everyday": list(EVERYDAY_SEARCHES.get(language, ())),
    }
    return {source: [text for text in texts if matcher.matches(text)] for source, texts in sources.items()}
