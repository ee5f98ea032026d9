"""The languages the portal speaks, and which one a network falls back to.

Imported by settings, so it must not import Django models or read settings at import time.
"""

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from django.conf.locale import LANG_INFO
from django.utils.translation import get_language, gettext

# The one list of the portal's languages, in the order readers see them; settings derive from it.
LANGUAGES = (
    ("en", "English"),
    ("es", "Español"),
    ("zh-hans", "简体中文"),
    ("vi", "Tiếng Việt"),
    ("ar", "العربية"),
)
SUPPORTED_LANGUAGE_CODES = tuple(code for code, _name in LANGUAGES)
RIGHT_TO_LEFT = frozenset({"ar"})
FALLBACK_OF_LAST_RESORT = "en"

_network_default_language: ContextVar[str] = ContextVar("network_default_language", default=FALLBACK_OF_LAST_RESORT)


def text_direction(language_code: str) -> str:
    return "rtl" if language_code in RIGHT_TO_LEFT else "ltr"


def field_suffix(language_code: str) -> str:
    """The suffix modeltranslation gives a field's column in `language_code` (zh-hans -> zh_hans)."""
    return language_code.replace("-", "_")


def gettext_noop(message: str) -> str:
    """Marks a name for translation (makemessages finds it by this name) without reading settings.

    Django's own gettext_noop reads settings, and settings import this module: the settings module would be
    configured half-loaded, before its own checks ran.
    """
    return message


# Languages services offer that Django's LANG_INFO does not name (HSDS files use ISO 639 codes, two or three
# letters); without these a reader would see a bare code such as "asl" among the filters.
EXTRA_LANGUAGE_NAMES = {
    # The directory's data writes American Sign Language as "asl"; ISO 639-3 spells it "ase".
    "asl": gettext_noop("American Sign Language"),
    "ase": gettext_noop("American Sign Language"),
    "sgn": gettext_noop("Sign language"),
    "tl": gettext_noop("Tagalog"),
    "fil": gettext_noop("Filipino"),
    "hmn": gettext_noop("Hmong"),
    "ht": gettext_noop("Haitian Creole"),
    "so": gettext_noop("Somali"),
    "am": gettext_noop("Amharic"),
    "yue": gettext_noop("Cantonese"),
    "ps": gettext_noop("Pashto"),
    "prs": gettext_noop("Dari"),
    # Named here, not only in Django's catalogue, so the portal's own translations are used (Django's
    # Vietnamese calls Chinese "Tiếng Tàu", a dated, colloquial name).
    "zh-hans": gettext_noop("Simplified Chinese"),
    "zh-hant": gettext_noop("Traditional Chinese"),
}


def language_name(code: str) -> str:
    """A language's name in the reader's language (imported codes may be upper case or regional); else the code."""
    key = code.strip().lower()
    if key not in LANG_INFO and key not in EXTRA_LANGUAGE_NAMES:
        key = key.split("-")[0]
    if key in EXTRA_LANGUAGE_NAMES:
        return gettext(EXTRA_LANGUAGE_NAMES[key])
    info = LANG_INFO.get(key)
    if info is None:
        return code
    if "fallback" in info:
        info = LANG_INFO[info["fallback"][0]]
    return gettext(info["name"]) if info.get("name") else code


# Languages whose names are written in lower case inside a sentence ("resultados en inglés", "bằng tiếng Anh").
LOWER_CASE_LANGUAGE_NAMES = frozenset({"es", "vi"})


def language_name_in_sentence(code: str) -> str:
    """`language_name`, as written inside a sentence of the reader's language."""
    name = language_name(code)
    if get_language() in LOWER_CASE_LANGUAGE_NAMES and name:
        return name[0].lower() + name[1:]
    return name


def network_default_language() -> str:
    return _network_default_language.get()


def set_network_default_language(language_code: str) -> None:
    _network_default_language.set(language_code)


@contextmanager
def network_default(language_code: str) -> Iterator[None]:
    """Make translated fields fall back to `language_code` inside the block."""
    token = _network_default_language.set(language_code)
    try:
        yield
    finally:
        _network_default_language.reset(token)


class NetworkFallbackLanguages(Mapping):
    """modeltranslation's fallback table, resolved per request.

    A missing translation falls back first to the current network's default language, then to English,
    so a Spanish-first network shows Spanish, not English, where a Vietnamese text is missing.
    """

    def __getitem__(self, key: str) -> tuple[str, ...]:
        if key != "default":
            raise KeyError(key)
        default = _network_default_language.get()
        if default == FALLBACK_OF_LAST_RESORT:
            return (default,)
        return (default, FALLBACK_OF_LAST_RESORT)

    def __iter__(self) -> Iterator[str]:
        return iter(("default",))

    def __len__(self) -> int:
        return 1
