"""Which translations of a translated object are missing."""

from modeltranslation.utils import build_localized_fieldname

from portal.languages import FALLBACK_OF_LAST_RESORT


def translated_value(obj, field: str, language: str):
    return getattr(obj, build_localized_fieldname(field, language), None)


def fallback_language(obj, fields, language: str, network_default: str) -> str | None:
    """The language some of `fields` are shown in instead of `language`, or None when nothing falls back."""
    missing = [field for field in fields if not translated_value(obj, field, language)]
    for candidate in (network_default, FALLBACK_OF_LAST_RESORT):
        if candidate != language and any(translated_value(obj, field, candidate) for field in missing):
            return candidate
    return None


def missing_languages(obj, fields, languages) -> list[str]:
    """Languages (of `languages`) in which a field that has text elsewhere is still empty: shown to editors."""
    filled = [field for field in fields if any(translated_value(obj, field, code) for code in languages)]
    return [code for code in languages if not all(translated_value(obj, field, code) for field in filled)]
