"""How a crisis term is written and matched: both the term and the typed text are normalised the same way.

A term is written as people type it, one per line, in a small notation:

    want|wants|wanna [to] die      `a|b` any one of these words; `[a|b]` an optional word (or words)
    (go on|carry on)                `(a b|c)` any one of these, each of one or more words
    suicid*                         `*` the word with any ending (suicide, suicidal, suicidio)
    want .. die                     `..` up to three other words in between (six characters in Chinese)
    emergency $                     `^` / `$` the start / end of what was typed

Words match whole words (a term "die" never matches "diet"); Chinese, written without spaces, matches
anywhere. Arabic words also match with the prefixes written joined to them (و، ف، ب، ل، ك، س، ال).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_GAP_WORDS = 3
MAX_GAP_CHARACTERS = 6  # Chinese: about three words
# Letters of one Arabic sound written several ways (hamza seats, ta marbuta, alef maqsura, Persian forms).
ARABIC_FOLDS = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ء": None, "ک": "ك", "ی": "ي"}
)
# Traditional characters of the Chinese crisis words, read as their simplified forms.
CHINESE_FOLDS = str.maketrans(
    "殺輕結東傷殘樓跳藥過滅斷絕厭尋亂險機話緊急診險們說讓沒會這麼醫壓憂鬱開頭幫個還離劑體應該",
    "杀轻结东伤残楼跳药过灭断绝厌寻乱险机话紧急诊险们说让没会这么医压忧郁开头帮个还离剂体应该",
)
APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ`´"), None)
LATIN_FOLDS = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i"})
ARABIC_PROCLITICS = "(?:[وف]?[بلكس]?(?:ال)?|[وف]?لل)"
NON_WORD = re.compile(r"[\W_]+")
# A term's parts: a bracketed or parenthesised group (its words may be spaced), or a run of other characters.
TOKENS = re.compile(r"\[[^\]]*\]|\([^)]*\)|\S+")


def _is_mark(char: str) -> bool:
    # Combining marks: Latin and Vietnamese accents once decomposed, Arabic harakat; tatweel is a letter
    # extension, not a letter.
    return unicodedata.category(char) == "Mn" or char == "\u0640"


def normalise(text: str) -> str:
    """`text` as matched: case-folded, accents and harakat removed, letter variants folded, words single-spaced."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(APOSTROPHES)
    text = "".join(char for char in unicodedata.normalize("NFD", text) if not _is_mark(char))
    text = text.translate(LATIN_FOLDS).translate(ARABIC_FOLDS).translate(CHINESE_FOLDS)
    text = "".join(str(unicodedata.decimal(char)) if char.isdecimal() else char for char in text)
    return " ".join(NON_WORD.sub(" ", text).split())


def _is_cjk(word: str) -> bool:
    return any("\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" for char in word)


def _word_pattern(word: str) -> tuple[str, bool]:
    """(regex, written without spaces) of one written word, `*` ending allowed."""
    prefix = word.endswith("*")
    words = normalise(word.rstrip("*")).split()
    if not words:
        raise ValueError(f"no letters in {word!r}")
    if any(_is_cjk(w) for w in words):
        return r"\s*".join(re.escape(char) for char in "".join(words)), True
    pattern = r"\s+".join((ARABIC_PROCLITICS if "\u0600" <= w[0] <= "\u06ff" else "") + re.escape(w) for w in words)
    return rf"(?<!\w){pattern}" + (r"\w*" if prefix else r"(?!\w)"), False


def term_pattern(term: str) -> str:
    """The regular expression of one term in the notation above; ValueError when it matches nothing sensible."""
    pattern = ""
    previous_cjk = None  # None before the first word
    gap = False
    parts = TOKENS.findall(term)
    for index, part in enumerate(parts):
        if part == "..":
            if previous_cjk is None or gap:
                raise ValueError("'..' must stand between two words")
            gap = True
            continue
        if part == "^":
            if index:
                raise ValueError("'^' must come first")
            pattern = r"^"
            continue
        if part == "$":
            if index != len(parts) - 1 or previous_cjk is None:
                raise ValueError("'$' must come last, after a word")
            pattern += r"$"
            continue
        optional = part.startswith("[") and part.endswith("]")
        grouped = optional or (part.startswith("(") and part.endswith(")"))
        alternatives = [alt for alt in (part[1:-1] if grouped else part).split("|") if alt.strip("* ")]
        if not alternatives:
            raise ValueError(f"no word in {part!r}")
        compiled = [_word_pattern(alt) for alt in alternatives]
        cjk = any(is_cjk for _pattern, is_cjk in compiled)
        choice = "(?:" + "|".join(p for p, _cjk in compiled) + ")"
        if previous_cjk is None:
            if optional:
                raise ValueError("a term cannot start with an optional word")
            separator = r"\s*" if pattern == "^" else ""
        elif cjk or previous_cjk:
            separator = rf"\s*(?:\S\s*){{0,{MAX_GAP_CHARACTERS}}}" if gap else r"\s*"
        else:
            separator = rf"(?:\s+\S+){{0,{MAX_GAP_WORDS}}}\s+" if gap else r"\s+"
        pattern += f"(?:{separator}{choice})?" if optional else separator + choice
        gap = False
        if not optional or previous_cjk is None:
            previous_cjk = cjk
    if previous_cjk is None or gap:
        raise ValueError("a term needs a word, and '..' between two words")
    return pattern


def term_lines(text: str) -> tuple[str, ...]:
    """The terms of a list written one per line; `#` starts a comment."""
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


def within_one_edit(word: str, target: str) -> bool:
    """Whether `word` is `target` with at most one letter added, dropped, changed or two swapped."""
    if word == target:
        return True
    if abs(len(word) - len(target)) > 1:
        return False
    start = 0
    while start < min(len(word), len(target)) and word[start] == target[start]:
        start += 1
    a, b = word[start:], target[start:]
    return (
        a[1:] == b[1:]
        or a[1:] == b
        or a == b[1:]
        or (len(a) >= 2 and len(a) == len(b) and a[0] == b[1] and a[1] == b[0] and a[2:] == b[2:])
    )


def term_starts(term: str) -> tuple[frozenset[str], bool]:
    """The letters a match of `term` can begin with, and whether it may begin inside a word (Chinese)."""
    parts = [part for part in TOKENS.findall(term) if part != "^"]
    first = parts[0]
    if first[:1] in "[(" and first[-1:] in "])":
        first = first[1:-1]
    starts: set[str] = set()
    inside_words = False
    for alternative in first.split("|"):
        words = normalise(alternative.rstrip("*")).split()
        if not words:
            continue
        if _is_cjk(words[0]):
            inside_words = True
        elif "\u0600" <= words[0][0] <= "\u06ff":
            starts.update("وفبلكسا")
        starts.add(words[0][0])
    return frozenset(starts), inside_words


class CrisisMatcher:
    """Terms compiled once, grouped by the letter a match begins with, so that a long text is read quickly;
    plus words recognised even when misspelt by one letter."""

    def __init__(self, terms: tuple[str, ...], misspellable: tuple[str, ...] = ()) -> None:
        at_word_start: dict[str, list[str]] = {}
        anywhere: dict[str, list[str]] = {}
        for term in terms:
            try:
                pattern = term_pattern(term)
                starts, inside_words = term_starts(term)
            except ValueError:
                continue  # a moderator's unreadable term is refused by the form; never fail a search over one
            for letter in starts:
                (anywhere if inside_words else at_word_start).setdefault(letter, []).append(f"(?:{pattern})")
        self.at_word_start = {letter: re.compile("|".join(p)) for letter, p in at_word_start.items()}
        self.anywhere = {letter: re.compile("|".join(p)) for letter, p in anywhere.items()}
        self.misspellable = tuple(normalise(word) for word in misspellable)

    def matches(self, text: str) -> bool:
        normalised = normalise(text)
        previous = " "
        for index, letter in enumerate(normalised):
            expression = self.at_word_start.get(letter) if previous == " " else None
            if expression is not None and expression.match(normalised, index):
                return True
            expression = self.anywhere.get(letter)
            if expression is not None and expression.match(normalised, index):
                return True
            previous = letter
        return any(
            within_one_edit(word, target)
            for word in set(normalised.split())
            if len(word) >= 6
            for target in self.misspellable
        )


@lru_cache(maxsize=256)
def matcher_of(terms: tuple[str, ...], misspellable: tuple[str, ...] = ()) -> CrisisMatcher:
    return CrisisMatcher(terms, misspellable)
