"""Corrects misspelt words against the words a network's listings actually use, in the reader's language.

Trigram similarity against a short list of real words (a few thousand per network and language) is fast and
precise, where trigram matching against whole documents is slow and finds noise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import connection

from directory.models import SearchTerm
from directory.search.document_sql import TERM_LENGTH

if TYPE_CHECKING:
    from portal.models import Network

# pg_trgm's `%` default: below this, a "correction" is a different word.
MINIMUM_SIMILARITY = 0.3


def corrected_words(network: Network, language: str, words: list[str]) -> list[str]:
    """Each of `words`, or the most similar word of the network's `language` listings when it is not one."""
    candidates = [word.lower() for word in words]
    checkable = [word for word in candidates if TERM_LENGTH[0] <= len(word) <= TERM_LENGTH[1]]
    if not checkable:
        return candidates
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT typed.word, best.word
                FROM unnest(%s::text[]) AS typed (word)
                CROSS JOIN LATERAL (
                    SELECT term.word FROM {SearchTerm._meta.db_table} AS term
                    WHERE term.network_id = %s AND term.language = %s AND term.word %% typed.word
                      AND similarity(term.word, typed.word) >= %s
                    ORDER BY similarity(term.word, typed.word) DESC, term.word
                    LIMIT 1
                ) AS best""",  # noqa: S608 - a table name only
            [checkable, network.pk, language, MINIMUM_SIMILARITY],
        )
        corrections = dict(cursor.fetchall())
    return [corrections.get(word, word) for word in candidates]
