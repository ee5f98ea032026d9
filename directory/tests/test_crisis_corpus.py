"""Every phrasing in the crisis corpus is recognised and no ordinary query is (written apart from the lists)."""

from pathlib import Path

import pytest

from directory.search.crisis import is_crisis_query

CORPORA = Path(__file__).parent / "corpora"
LANGUAGES = ("en", "es", "zh-hans", "vi", "ar")


def corpus(kind: str, language: str) -> list[str]:
    lines = (CORPORA / kind / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.lstrip().startswith("#")]


def cases(kind: str) -> list:
    return [
        pytest.param(language, line, id=f"{language}:{number}")
        for language in LANGUAGES
        for number, line in enumerate(corpus(kind, language), 1)
    ]


def test_each_language_has_at_least_thirty_lines_of_each_kind():
    for language in LANGUAGES:
        assert len(corpus("crisis", language)) >= 30, language
        assert len(corpus("ordinary", language)) >= 30, language


@pytest.mark.parametrize(("language", "query"), cases("crisis"))
def test_crisis_phrasing_is_recognised(language, query):
    assert is_crisis_query(query), query


@pytest.mark.parametrize(("language", "query"), cases("ordinary"))
def test_ordinary_query_is_not_taken_for_a_crisis(language, query):
    assert not is_crisis_query(query), query
