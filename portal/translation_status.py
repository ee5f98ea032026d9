"""Which translations of a translated object are missing."""

from modeltranslation.utils import build_localized_fieldname

from portal.languages import FALLBACK_OF_LAST_RESORT


def has_translation(obj, fields, language: str) -> bool:
    """True when every one of `fields` has text in `language`."""
    return all(getattr(obj, build_localized_fieldname(field, language), None) for field in fields)


def fallback_language(obj, fields, language: str, network_default: str) -> str | None:
    """The language a reader of `language` is shown instead, or None when the text exists in theirs."""
    if has_translation(obj, fields, language):
        return None
    for candidate in (network_default, FALLBACK_OF_LAST_RESORT):
        if candidate != language and has_translation(obj, fields[:1], candidate):
            return candidate
    return network_default


def missing_languages(obj, fields, languages) -> list[str]:
    """Languages (of `languages`) in which at least one of `fields` is still empty: shown to editors."""
    return [language for language in languages if not has_translation(obj, fields, language)]
