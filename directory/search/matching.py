"""What "matches the reader's words" means in SQL: the tsquery of a language, its synonyms, and its rank.

Two strengths: every word (websearch syntax, the default), and any word (for a need written as a sentence,
tried when every word finds nothing). Chinese has no word breaks: it is matched by substrings, the whole
query first and then its two-character pieces.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import Case, F, FloatField, Q, Value, When
from django.db.models.expressions import Combinable

from directory.search.documents import text_search_config

# Languages written without spaces between words: their documents are also matched as plain substrings.
SUBSTRING_LANGUAGES = frozenset({"zh-hans"})
# At most this many readings of one query (the query itself and its synonym substitutions) go into the tsquery.
MAX_READINGS = 16
# Substring hits of a Chinese piece, by where it is found (as tsvector weights do for the other languages).
PIECE_WEIGHTS = (("name", 0.6), ("categories", 0.3), ("text", 0.1))


def _any_word(text: str, config: str) -> SearchQuery | None:
    combined = None
    for word in dict.fromkeys(text.split()):
        part = SearchQuery(word, config=config, search_type="plain")
        combined = part if combined is None else combined | part
    return combined


def _pieces(text: str) -> list[str]:
    """The two-character pieces of the runs of non-ASCII letters in `text` (a Chinese phrase's likely words)."""
    pieces: list[str] = []
    for run in text.split():
        characters = [character for character in run if character.isalpha() and not character.isascii()]
        if len(characters) == 1:
            pieces.append(characters[0])
        pieces += ["".join(characters[index : index + 2]) for index in range(len(characters) - 1)]
    return list(dict.fromkeys(pieces))


def text_match(language: str, readings: Sequence[str], any_word: bool = False) -> tuple[Q, Combinable]:
    """(filter, rank) of the documents in `language` matching any of `readings` (every word, or any word)."""
    config = text_search_config(language)
    readings = list(dict.fromkeys(readings))[:MAX_READINGS]
    search_query = None
    for reading in readings:
        part = _any_word(reading, config) if any_word else SearchQuery(reading, config=config, search_type="websearch")
        if part is not None:
            search_query = part if search_query is None else search_query | part
    if search_query is None:
        return Q(pk__in=[]), Value(0.0, output_field=FloatField())
    match = Q(vector=search_query)
    rank: Combinable = SearchRank(F("vector"), search_query, cover_density=True)
    if language in SUBSTRING_LANGUAGES:
        # The `simple` configuration cannot split Chinese into words: match the characters anywhere.
        substrings = readings if not any_word else [piece for reading in readings for piece in _pieces(reading)]
        for substring in dict.fromkeys(substrings):
            match |= Q(text__icontains=substring)
            for column, weight in PIECE_WEIGHTS:
                hit = Q(**{f"{column}__icontains": substring})
                rank = rank + Case(When(hit, then=Value(weight)), default=Value(0.0), output_field=FloatField())
    return match, rank
