"""Recognises a search for urgent help from everything a person typed, in every portal language.

Each language keeps its own list (`en.py`, `es.py`, `zh_hans.py`, `vi.py`, `ar.py`): the terms, written in the
notation of `matching`, and the everyday searches the terms must never catch. Every list applies to every
search, since people search in more than one language. A network's moderators add their own terms
(`NetworkCrisisTerm`), which `crisis_terms_of` keeps in the process.
"""

from __future__ import annotations

from directory.search.crisis import ar, en, es, vi, zh_hans
from directory.search.crisis.matching import CrisisMatcher, matcher_of, normalise, term_lines, term_pattern

__all__ = [
    "BUILT_IN_TERMS",
    "EVERYDAY_SEARCHES",
    "CrisisMatcher",
    "crisis_matcher",
    "is_crisis_query",
    "normalise",
    "term_pattern",
]

LISTS = {"en": en, "es": es, "zh-hans": zh_hans, "vi": vi, "ar": ar}
BUILT_IN_TERMS: dict[str, tuple[str, ...]] = {code: term_lines(module.TERMS) for code, module in LISTS.items()}
EVERYDAY_SEARCHES: dict[str, tuple[str, ...]] = {code: term_lines(module.EVERYDAY) for code, module in LISTS.items()}
ALL_TERMS = tuple(term for terms in BUILT_IN_TERMS.values() for term in terms)
MISSPELLABLE = tuple(word for module in LISTS.values() for word in module.MISSPELLABLE)


def crisis_matcher(extra_terms: tuple[str, ...] = ()) -> CrisisMatcher:
    """The built-in terms of every language (`extra_terms` empty), or only `extra_terms`; compiled once a process."""
    return matcher_of(tuple(extra_terms), ()) if extra_terms else matcher_of(ALL_TERMS, MISSPELLABLE)


def is_crisis_query(text: str, extra_terms: tuple[str, ...] = ()) -> bool:
    """Whether `text`, all of it as typed, asks for crisis help in any portal language (or in `extra_terms`)."""
    return crisis_matcher().matches(text) or bool(extra_terms) and crisis_matcher(tuple(extra_terms)).matches(text)
