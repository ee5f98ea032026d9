"""The languages the portal speaks, and which one a network falls back to.

Imported by settings, so it must not import Django models or read settings at import time.
"""

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

SUPPORTED_LANGUAGE_CODES = ("en", "es", "zh-hans", "vi", "ar")
RIGHT_TO_LEFT = frozenset({"ar"})
FALLBACK_OF_LAST_RESORT = "en"

_network_default_language: ContextVar[str] = ContextVar("network_default_language", default=FALLBACK_OF_LAST_RESORT)


def text_direction(language_code: str) -> str:
    return "rtl" if language_code in RIGHT_TO_LEFT else "ltr"


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
