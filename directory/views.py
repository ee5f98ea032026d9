"""The public directory below the network's services page: search, one page per service, and a saved list.

Each view takes the request and the section page it is served under (see `portal.models.pages.SectionIndexPage`).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.http import Http404, QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from directory.capacity import may_update_capacity
from directory.models import Service
from directory.search import search_services, with_display_data
from directory.search.forms import MAX_QUERY_LENGTH, ServiceSearchForm, facet_choices
from directory.search.listing import ServiceListing, build_listing
from directory.shared_lists import MAX_ID_DIGITS, list_ids, with_ids
from portal.languages import language_name_in_sentence

FIRST_PAGE = 1


def page_number(request) -> int:
    """The results page asked for; anything that is not a plain positive number means the first page."""
    value = request.GET.get("page", "")
    return int(value) if value.isascii() and value.isdigit() and 0 < len(value) < 7 else FIRST_PAGE


def search_params(form: ServiceSearchForm) -> QueryDict:
    """The search as the form understood it, for links that keep it: the valid filters and the words as searched,
    never what the form ignored (stray keys, invalid values, the end of an overlong search)."""
    params = QueryDict(mutable=True)
    if not form.is_bound:
        return params
    form.is_valid()
    for name, value in form.cleaned_data.items():
        values = value if isinstance(value, list) else [value]
        # Identity, not equality: an age of 0 or a latitude of 0.0 is a real filter.
        kept = [form.fields[name].prepare_value(v) for v in values if not (v is None or v is False or v == "")]
        if kept:
            params.setlist(name, ["on" if v is True else str(v) for v in kept])
    return params


def listings(request, page, services, chosen: list[int], params: QueryDict) -> list[ServiceListing]:
    """Result cards for `services`, with links to save each to (keeping `params`), or remove it from, the list."""
    base = page.get_url(request)
    moment = timezone.now()
    interval = request.network.verification_interval_days
    # A service's page keeps the reader's list, so its links (and the way back) still carry it.
    kept = "?" + urlencode({"ids": ",".join(map(str, chosen))}) if chosen else ""
    cards = []
    for service in services:
        card = build_listing(service, moment, f"{base}{service.pk}/{kept}", interval)
        if service.pk not in chosen:
            card.save_url = "?" + with_ids(params, [*chosen, service.pk])
        card.remove_url = f"{base}list/?" + urlencode({"ids": ",".join(str(pk) for pk in chosen if pk != service.pk)})
        cards.append(card)
    return cards


def list_context(request, page, chosen: list[int]) -> dict:
    """Links every directory page offers: the reader's list, and the way back to all services keeping it.

    `get_url(request)` is relative on the reader's own site, whatever host and port the site is recorded with.
    """
    base = page.get_url(request)
    kept = "?" + urlencode({"ids": ",".join(map(str, chosen))}) if chosen else ""
    return {
        "list_ids": chosen,
        "list_url": f"{base}list/{kept}" if chosen else "",
        "section_url": f"{base}{kept}",
    }


def search(request, page):
    form = ServiceSearchForm(request.GET or None, network=request.network)
    filters = form.filters() if form.is_bound else None
    query = form.query if form.is_bound else ""
    # The whole text goes to the search: it looks for crisis words in all of it and cuts the rest to length.
    typed = form.typed_query if form.is_bound else ""
    results = search_services(request.network, typed, get_language(), filters, page=page_number(request))
    chosen = list_ids(request)
    params = search_params(form)
    if chosen:
        params["ids"] = ",".join(map(str, chosen))
    return page.render(
        request,
        context_overrides={
            "form": form,
            "query": query,
            "query_truncated": form.is_bound and form.query_truncated,
            "max_query_length": MAX_QUERY_LENGTH,
            "searched": form.is_bound,
            "results": results,
            "choices": facet_choices(form, results.facets),
            "listings": listings(request, page, results.services, chosen, params),
            "page_query": params.urlencode(),
            "matched_in": results.matched_language
            and {
                "language": language_name_in_sentence(get_language()),
                "other": language_name_in_sentence(results.matched_language),
            },
            **list_context(request, page, chosen),
        },
    )


def service_detail(request, page, pk: str):
    # The URL pattern's \d matches the digits of every script and int() reads them: only ASCII digits name a service.
    if not (pk.isascii() and len(pk) <= MAX_ID_DIGITS):
        raise Http404
    listed = Service.objects.for_network(request.network).listed()
    service = with_display_data(listed, request.network).filter(pk=pk).first()
    if service is None:
        raise Http404
    chosen = list_ids(request)
    [card] = listings(request, page, [service], chosen, QueryDict())
    capacity_add_url = ""
    if may_update_capacity(request.user, request.network, service):
        for capacity in card.capacities:
            capacity.update_url = reverse("wagtailsnippets_directory_servicecapacity:edit", args=[capacity.pk])
        capacity_add_url = reverse("wagtailsnippets_directory_servicecapacity:add")
    return page.render(
        request,
        template="directory/service_detail.html",
        context_overrides={
            "listing": card,
            "service": service,
            "capacity_add_url": capacity_add_url,
            **list_context(request, page, chosen),
        },
    )


def saved_list(request, page):
    chosen = list_ids(request)
    listed = Service.objects.for_network(request.network).listed().filter(pk__in=chosen)
    by_pk = {service.pk: service for service in with_display_data(listed, request.network)}
    ordered = [by_pk[pk] for pk in chosen if pk in by_pk]
    context = list_context(request, page, chosen)
    return page.render(
        request,
        template="directory/service_list.html",
        context_overrides={
            "listings": listings(request, page, ordered, chosen, QueryDict()),
            # The list itself, whatever else the address carried.
            "share_url": request.build_absolute_uri(context["list_url"]) if chosen else "",
            **context,
        },
    )
