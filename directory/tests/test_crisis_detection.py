"""How crisis terms are written and matched: whole words, normalised text, the notation, and any input at all."""

import contextlib
import time

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from directory.search.crisis import BUILT_IN_TERMS, EVERYDAY_SEARCHES, is_crisis_query, normalise, term_pattern


@pytest.mark.parametrize("language", sorted(BUILT_IN_TERMS))
def test_every_built_in_term_is_readable_and_no_everyday_search_is_caught(language):
    for term in BUILT_IN_TERMS[language]:
        term_pattern(term)  # raises on a mistyped term
    caught = [search for search in EVERYDAY_SEARCHES[language] if is_crisis_query(search)]
    assert not caught
    assert len(EVERYDAY_SEARCHES[language]) >= 20


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("  Quiero   MORIR ", "quiero morir"),
        ("muốn chết", "muon chet"),
        ("Đi chết", "di chet"),
        ("أُرِيدُ أَنْ أَمُوتَ", "اريد ان اموت"),
        ("انتحـــار", "انتحار"),
        ("جرعة زائدة", "جرعه زايده"),
        ("إلى", "الي"),
        ("自殺", "自杀"),
        ("don't", "dont"),
        ("self-harm", "self harm"),
        ("٩٨٨", "988"),
        ("ＳＵＩＣＩＤＥ", "suicide"),
    ],
)
def test_text_is_normalised_before_matching(typed, normalised):
    assert normalise(typed) == normalised


@pytest.mark.parametrize(
    "query",
    [
        "I WANT TO DIE",
        "i want to just die",
        "quiero morir",
        "QUIERO MORÍR",
        "muon chet",
        "tôi muốn chết",
        "想死",
        "我好想死",
        "أريد أن أموت",
        "اريد ان اموت",
        "بدي موت",
        "sucide",
        "overdosis",
        "suicidio",
        "tự tử",
    ],
)
def test_natural_phrasings_are_crisis_searches(query):
    assert is_crisis_query(query)


@pytest.mark.parametrize(
    "query",
    [
        "diet",
        "died",
        "help with a diet",
        "dieting class",
        "kill lice",
        "emergency food",
        "harm reduction",
        "no quiero vivir en la calle",
        "sala de espera",
        "tu van",
        "không muốn sống ở đây",
        "قائمة انتظار",
        "紧急住房",
    ],
)
def test_words_that_only_look_like_crisis_words_are_not(query):
    assert not is_crisis_query(query)


def test_a_network_term_matches_whole_words_only_and_in_any_spelling():
    assert is_crisis_query("i feel like dying", ("dying",))
    assert not is_crisis_query("dyingly boring", ("dying",))
    assert is_crisis_query("ME SIENTO FATAL", ("me siento fatal",))
    assert is_crisis_query("me siento fatál hoy", ("me siento fatal",))
    assert not is_crisis_query("i feel like dying")


@pytest.mark.parametrize("term", ["", "   ", "..", "[only optional]", "word ..", "$", "a ^ b", "!!!", "()"])
def test_unreadable_terms_are_refused(term):
    with pytest.raises(ValueError):
        term_pattern(term)


def test_a_long_text_is_read_quickly():
    text = "looking for a place to stay near the station with my two children " * 300 + "i want to die"

    started = time.monotonic()
    assert is_crisis_query(text)
    assert not is_crisis_query(text[: -len("i want to die")])
    assert time.monotonic() - started < 1


@given(st.text(max_size=300), st.lists(st.text(max_size=40), max_size=3))
@example("(((", ("[[[", "|||", "*", ".. ..", "(a|", "\\", ")"))
@example("\x00\u0640\u064b", ("\u0640",))
def test_detection_never_fails_whatever_is_typed(text, extra_terms):
    assert is_crisis_query(text, tuple(extra_terms)) in (True, False)


@given(st.text(max_size=60))
def test_a_term_either_compiles_or_is_refused_with_a_value_error(term):
    with contextlib.suppress(ValueError):
        term_pattern(term)
