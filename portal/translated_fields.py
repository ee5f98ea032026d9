"""Reading and writing every language's column of a translated field (django-modeltranslation)."""

from __future__ import annotations

from collections.abc import Mapping

from django.conf import settings
from modeltranslation.utils import build_localized_fieldname

from portal.languages import FALLBACK_OF_LAST_RESORT


def translated_value(obj, field: str, language: str):
    """The text of `field` in `language` exactly, with no fallback."""
    return getattr(obj, build_localized_fieldname(field, language), None)


def translated_values(field: str, values: Mapping[str, str], default_language: str) -> dict[str, str]:
    """Keyword arguments for every translation of a field, plus its untranslated column.

    The untranslated column holds the portal's language (else the network's default). Pass the result to a
    constructor or `create()`: assigned later, the untranslated column would overwrite the translation of
    whatever language happens to be active.
    """
    kwargs = {build_localized_fieldname(field, code): value for code, value in values.items()}
    kwargs[field] = values.get(settings.LANGUAGE_CODE) or values.get(default_language) or ""
    return kwargs


def set_translations(obj, field: str, values: Mapping[str, str]) -> None:
    """Set the translations of `field` on an existing object, leaving other languages as they are."""
    for code, value in values.items():
        setattr(obj, build_localized_fieldname(field, code), value)


def fallback_language(obj, fields, language: str, network_default: str) -> str | None:
    """The language some of `fields` are shown in instead of `language`, or None when nothing falls back."""
    missing = [field for field in fields if not translated_value(obj, field, language)]
    for candidate in (network_default, FALLBACK_OF_LAST_RESORT):
        if candidate != language and any(translated_value(obj, field, candidate) for field in missing):
            return candidate
    return None
