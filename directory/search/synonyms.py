"""A network's synonym sets applied to a reader's words: the query read again with each equivalent term.

The sets are read once per network and process and kept for `CACHE_SECONDS` (a warm search adds no query);
saving or deleting a set forgets its network's at once in this process, and other processes within that time.
"""

from __future__ import annotations

import re
import time
import unicodedata

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from directory.models.synonyms import SearchSynonymSet, split_terms

CACHE_SECONDS = 300
# At most this many readings of one query: the query itself, then one per equivalent term found in it.
MAX_READINGS = 12

_by_network: dict[int, tuple[float, dict[str, list[list[str]]]]] = {}


def folded(text: str) -> str:
    """`text` lowercased, accents removed and spaces tidied, as the text-search configurations read it."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("đ", "d"))
    return " ".join("".join(char for char in decomposed if not unicodedata.combining(char)).split())


def synonym_sets(network_id: int) -> dict[str, list[list[str]]]:
    """language -> the network's sets of equivalent terms (folded), cached per process."""
    cached = _by_network.get(network_id)
    if cached is not None and time.monotonic() - cached[0] < CACHE_SECONDS:
        return cached[1]
    sets: dict[str, list[list[str]]] = {}
    for language, terms in SearchSynonymSet.objects.filter(network_id=network_id).values_list("language", "terms"):
        sets.setdefault(language, []).append(list(dict.fromkeys(folded(term) for term in split_terms(terms))))
    _by_network[network_id] = (time.monotonic(), sets)
    return sets


@receiver([post_save, post_delete], sender=SearchSynonymSet, dispatch_uid="forget_search_synonyms")
def forget_synonyms(sender, instance: SearchSynonymSet, **kwargs) -> None:
    _by_network.pop(instance.network_id, None)


def _found(term: str, text: str) -> re.Match | None:
    if term.isascii():
        return re.search(rf"(?<!\w){re.escape(term)}(?!\w)", text)
    # Chinese has no word breaks: a term is found anywhere.
    return re.search(re.escape(term), text)


def readings(network_id: int, language: str, query: str) -> list[str]:
    """`query`, then `query` with each synonym in place of a term of the network's `language` sets it holds."""
    text = folded(query)
    found = [query]
    for terms in synonym_sets(network_id).get(language, []):
        for term in terms:
            match = _found(term, text)
            if match is None:
                continue
            found += [f"{text[: match.start()]}{other}{text[match.end() :]}" for other in terms if other != term]
            break
    return list(dict.fromkeys(found))[:MAX_READINGS]
