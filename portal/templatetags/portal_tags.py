from django import template
from django.utils.translation import get_language

from portal.languages import network_default_language
from portal.translation_status import fallback_language

register = template.Library()


@register.filter
def shown_language(obj, field_name: str) -> str:
    """The language `obj.field_name` is shown in to the current reader (for the `lang` attribute)."""
    language = get_language()
    return fallback_language(obj, (field_name,), language, network_default_language()) or language
