"""The public directory below the network's services page: search, one page per service, and a saved list.

Each view takes the request and the section page it is served under (see `portal.models.pages.SectionIndexPage`).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language

from directory.models import Service
from directory.search import search_services, with_display_data
from directory.search.forms import ServiceSearchForm, facet_choices
from directory.search.listing import ServiceListing, build_listing
from directory.shared_lists import list_ids, with_ids

FIRST_PAGE = 1


def page_number(request) -> int:
    """The results page asked for; anything that is not a plain positive number means the first page."""
    value = request.GET.get("page", "")
    return int(value) if value.isascii() and value.isdigit() and 0 < len(value) < 7 else FIRST_PAGE


def listings(request, page, services) -> list[ServiceListing]:
    """Result cards for `services`, with links to save each to, or remove it from, the reader's list."""
    base = page.get_url(request)
    chosen = list_ids(request)
    moment = timezone.now()
    interval = request.network.verification_interval_days
    cards = []
    for service in services:
        card = build_listing(service, moment, f"{base}{service.pk}/", interval)
        if service.pk not in chosen:
            card.save_url = "?" + with_ids(request, [*chosen, service.pk])
        card.remove_url = f"{base}list/?" + urlencode({"ids": ",".join(str(pk) for pk in chosen if pk != service.pk)})
        cards.append(card)
    return cards


def list_context(request, page) -> dict:
    chosen = list_ids(request)
    base = page.get_url(request)
    return {
        "list_ids": chosen,
        "list_url": f"{base}list/?" + urlencode({"ids": ",".join(map(str, chosen))}) if chosen else "",
    }


def search(request, page):
    form = ServiceSearchForm(request.GET or None, network=request.network)
    filters = form.filters() if form.is_bound else None
    query = form.query if form.is_bound else ""
    results = search_services(request.network, query, get_language(), filters, page=page_number(request))
    params = request.GET.copy()
    params.pop("page", None)
    return page.render(
        request,
        context_overrides={
            "form": form,
            "query": query,
            "searched": form.is_bound,
            "results": results,
            "choices": facet_choices(form, results.facets),
            "listings": listings(request, page, results.services),
            "page_query": params.urlencode(),
            **list_context(request, page),
        },
    )


def service_detail(request, page, pk: str):
    listed = Service.objects.for_network(request.network).listed()
    service = with_display_data(listed, request.network).filter(pk=pk).first()
    if service is None:
        raise Http404
    [card] = listings(request, page, [service])
    return page.render(
        request,
        template="directory/service_detail.html",
        context_overrides={"listing": card, "service": service, **list_context(request, page)},
    )


def saved_list(request, page):
    chosen = list_ids(request)
    listed = Service.objects.for_network(request.network).listed().filter(pk__in=chosen)
    by_pk = {service.pk: service for service in with_display_data(listed, request.network)}
    ordered = [by_pk[pk] for pk in chosen if pk in by_pk]
    return page.render(
        request,
        template="directory/service_list.html",
        context_overrides={
            "listings": listings(request, page, ordered),
            "share_url": request.build_absolute_uri(),
            **list_context(request, page),
        },
    )
