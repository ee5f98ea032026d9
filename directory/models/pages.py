from urllib.parse import urlencode

from django.http import Http404
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from portal.models.pages import SectionIndexPage

MAX_LIST_LENGTH = 50


def list_ids(request) -> list[int]:
    """The services a reader collected, from `?ids=3,8,13` (no cookies, no account)."""
    ids = []
    for part in request.GET.get("ids", "").split(","):
        if part.strip().isdigit() and int(part) not in ids:
            ids.append(int(part))
    return ids[:MAX_LIST_LENGTH]


def with_ids(request, ids: list[int]) -> str:
    """The current query string with the list replaced by `ids`."""
    params = request.GET.copy()
    params.pop("ids", None)
    params.pop("page", None)
    if ids:
        params["ids"] = ",".join(map(str, ids))
    return params.urlencode()


class DirectoryIndexPage(RoutablePageMixin, SectionIndexPage):
    """The network's directory of partner services: search, one page per service, and a printable list."""

    class Meta:
        verbose_name = _("directory section")

    def _listings(self, request, services, moment):
        from directory.search.listing import build_listing

        base = self.get_url(request)
        chosen = list_ids(request)
        listings = []
        for service in services:
            listing = build_listing(service, moment, f"{base}{service.pk}/")
            if service.pk not in chosen:
                listing.save_url = "?" + with_ids(request, [*chosen, service.pk])
            listing.remove_url = f"{base}list/?" + urlencode(
                {"ids": ",".join(str(pk) for pk in chosen if pk != service.pk)}
            )
            listings.append(listing)
        return listings

    def _list_context(self, request) -> dict:
        chosen = list_ids(request)
        base = self.get_url(request)
        return {
            "list_ids": chosen,
            "list_url": f"{base}list/?" + urlencode({"ids": ",".join(map(str, chosen))}) if chosen else "",
        }

    @path("", name="search")
    def search(self, request):
        from directory.search import search_services
        from directory.search.forms import ServiceSearchForm, facet_choices

        form = ServiceSearchForm(request.GET or None, network=request.network)
        filters = form.filters() if form.is_bound else None
        query = form.query if form.is_bound else ""
        moment = timezone.now()
        page = request.GET.get("page", "1")
        results = search_services(
            request.network, query, get_language(), filters, page=int(page) if page.isdigit() else 1
        )
        params = request.GET.copy()
        params.pop("page", None)
        return self.render(
            request,
            context_overrides={
                "form": form,
                "query": query,
                "searched": form.is_bound,
                "results": results,
                "choices": facet_choices(form, results.facets),
                "listings": self._listings(request, results.services, moment),
                "page_query": params.urlencode(),
                **self._list_context(request),
            },
        )

    @re_path(r"^(?P<pk>\d+)/(?:[-\w]+/)?$", name="service")
    def service(self, request, pk: str):
        from directory.models import Service
        from directory.search import with_display_data

        service = with_display_data(Service.objects.for_network(request.network).listed()).filter(pk=pk).first()
        if service is None:
            raise Http404
        [listing] = self._listings(request, [service], timezone.now())
        return self.render(
            request,
            template="directory/service_detail.html",
            context_overrides={"listing": listing, "service": service, **self._list_context(request)},
        )

    @path("list/", name="list")
    def saved_list(self, request):
        from directory.models import Service
        from directory.search import with_display_data

        chosen = list_ids(request)
        services = with_display_data(Service.objects.for_network(request.network).listed().filter(pk__in=chosen))
        by_pk = {service.pk: service for service in services}
        ordered = [by_pk[pk] for pk in chosen if pk in by_pk]
        return self.render(
            request,
            template="directory/service_list.html",
            context_overrides={
                "listings": self._listings(request, ordered, timezone.now()),
                "share_url": request.build_absolute_uri(),
                **self._list_context(request),
            },
        )
