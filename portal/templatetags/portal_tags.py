from django import template
from django.conf import settings
from django.utils.translation import get_language

from portal.languages import network_default_language
from portal.translated_fields import fallback_language

register = template.Library()


@register.filter
def shown_language(obj, field_name: str) -> str:
    """The language `obj.field_name` is shown in to the current reader (for the `lang` attribute)."""
    language = get_language()
    return fallback_language(obj, (field_name,), language, network_default_language()) or language


@register.simple_tag(takes_context=True)
def quick_exit_href(context) -> str:
    """Where quick exit goes: the network's own choice, else the portal's default (also on error pages)."""
    request = context.get("request")
    network = getattr(request, "network", None)
    return network.get_quick_exit_url() if network else settings.PORTAL_QUICK_EXIT_URL
