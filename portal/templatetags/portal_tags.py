from django import template
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import get_language

from portal.languages import language_name, network_default_language, text_direction
from portal.translated_fields import fallback_language

register = template.Library()


@register.filter
def shown_language(obj, field_name: str) -> str:
    """The language `obj.field_name` is shown in to the current reader (for the `lang` attribute)."""
    language = get_language()
    return fallback_language(obj, (field_name,), language, network_default_language()) or language


@register.filter
def direction(language_code: str) -> str:
    """The writing direction of a language, for a `dir` attribute."""
    return text_direction(language_code)


@register.simple_tag
def text_language(obj, field_name: str) -> str:
    """`lang` (and `dir`, when it differs from the page's) for the element showing `obj.field_name`."""
    page_language = get_language()
    shown = shown_language(obj, field_name)
    if text_direction(shown) == text_direction(page_language):
        return format_html('lang="{}"', shown)
    return format_html('lang="{}" dir="{}"', shown, text_direction(shown))


@register.inclusion_tag("components/text_language_notice.html")
def text_language_notice(obj, *field_names: str) -> dict:
    """Says, in the reader's language, that some of `field_names` are shown in another language (or nothing)."""
    shown_in = fallback_language(obj, field_names, get_language(), network_default_language())
    return {"shown_in": shown_in, "shown_in_name": language_name(shown_in) if shown_in else ""}


@register.simple_tag(takes_context=True)
def quick_exit_href(context) -> str:
    """Where quick exit goes: the network's own choice, else the portal's default (also on error pages)."""
    request = context.get("request")
    network = getattr(request, "network", None)
    return network.get_quick_exit_url() if network else settings.PORTAL_QUICK_EXIT_URL
