"""What every public template needs: the network, its languages and sections."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from portal.languages import text_direction

# Longer query strings are not repeated in every language link: a huge address would make every page huge.
MAX_ECHOED_QUERY = 2000


def language_links(request, languages: list[str], default_language: str) -> list[dict]:
    """One link per enabled language, each to the page the reader is on now (with its query, unless huge).

    The network's default language comes first (a Spanish-first network lists Spanish at the top), then the
    others in the portal's order.
    """
    current = get_language()
    query = request.META.get("QUERY_STRING", "")
    path = request.get_full_path() if len(query) <= MAX_ECHOED_QUERY else request.path
    links = []
    for code in sorted(languages, key=lambda code: code != default_language):
        info = get_language_info(code)
        links.append(
            {
                "code": code,
                "name": info["name_local"],
                "url": translate_url(path, code),
                "is_current": code == current,
            }
        )
    return links


def navigation_pages(network):
    home = network.site.root_page
    return home.get_children().live().in_menu().specific()


def network(request):
    """What every public template needs: the network, its crisis line, languages and sections."""
    current_network = getattr(request, "network", None)
    language = get_language() or settings.LANGUAGE_CODE
    context = {
        "network": current_network,
        "text_direction": text_direction(language),
    }
    if current_network is not None:
        context.update(
            {
                "language_links": language_links(request, current_network.languages, current_network.default_language),
                "navigation_pages": navigation_pages(current_network),
            }
        )
    return context
