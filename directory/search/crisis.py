"""Recognises a search for urgent help, in each of the portal's languages."""

import re

# Lowercase stems, matched at the start of a word (and anywhere in Chinese, which has no word breaks).
CRISIS_TERMS = {
    "en": ("crisis", "suicid", "overdos", "kill myself", "self-harm", "self harm", "emergency", "988"),
    "es": ("crisis", "suicid", "sobredosis", "quitarme la vida", "autolesi", "emergencia"),
    "zh-hans": ("危机", "自杀", "轻生", "过量", "紧急"),
    "vi": ("khủng hoảng", "tự tử", "tự sát", "quá liều", "khẩn cấp", "tự làm hại"),
    "ar": ("أزمة", "ازمة", "الأزمات", "انتحار", "الانتحار", "جرعة زائدة", "طوارئ", "الطوارئ"),
}
ALL_TERMS = tuple({term for terms in CRISIS_TERMS.values() for term in terms})


def is_crisis_query(query: str) -> bool:
    """Whether `query` asks for crisis help, in any portal language (people search in more than one)."""
    text = " ".join(query.lower().split())
    if not text:
        return False
    for term in ALL_TERMS:
        if term.isascii():
            if re.search(rf"(?<!\w){re.escape(term)}", text):
                return True
        elif term in text:
            return True
    return False
