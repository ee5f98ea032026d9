"""Read-only HSDS 3.0 API views: every query starts from the request's network; only published services."""

from __future__ import annotations

import datetime
import math
import sys
import zoneinfo
from functools import wraps

from django.conf import settings
from django.core import signals
from django.db.models import Q, QuerySet
from django.http import Http404, JsonResponse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.log import log_response
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from modeltranslation.utils import build_localized_fieldname

from directory.hsds.exporter import exported_services, taxonomy_row
from directory.hsds.ids import lookup
from directory.hsds.objects import organization_json, service_at_location_json, service_full, taxonomy_term_json
from directory.models import Category, ServiceAtLocation
from portal.models import Organization

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 25
# PostgreSQL's integer range: a page number beyond it is a mistake, not a page.
MAX_PAGE = 2**31 - 1
DEFAULT_RADIUS_KM = 25.0
MAX_RADIUS_KM = 20_000.0  # half the Earth's circumference: every place is this near
SAFE_METHODS = ("GET", "HEAD")


class BadParameter(Exception):
    """A query parameter the API cannot use; the message tells the client what it takes instead."""


def error_response(status: int, code: str, detail: str) -> JsonResponse:
    """Every API error has the same shape: a short code a program reads and a sentence a person reads."""
    return JsonResponse({"error": code, "detail": detail}, status=status, json_dumps_params={"ensure_ascii": False})


def _has_nul(request) -> bool:
    # PostgreSQL refuses NUL bytes in text, and no HSDS value or id holds one: such a request is malformed.
    parameters = (text for key, values in request.GET.lists() for text in (key, *values))
    return "\x00" in request.path or any("\x00" in text for text in parameters)


def api_view(view=None, *, methods: tuple[str, ...] | None = SAFE_METHODS):
    """An API view that answers every error in JSON: 400 for a bad parameter (or a NUL byte anywhere), 404, 405
    for a method other than `methods` (None: any), and 500 (logged as Django logs it) when the view fails."""

    def decorate(view):
        @csrf_exempt  # read-only: a POST changes nothing and deserves a 405, not the CSRF failure page
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if methods is not None and request.method not in methods:
                response = error_response(405, "method not allowed", _("This API only answers GET requests."))
                response["Allow"] = ", ".join(methods)
                return response
            try:
                if _has_nul(request):
                    raise BadParameter(_("The request contains a NUL character."))
                return view(request, *args, **kwargs)
            except BadParameter as error:
                return error_response(400, "bad parameter", str(error))
            except Http404 as error:
                return error_response(404, "not found", str(error) or _("Not found."))
            except Exception:
                if settings.DEBUG or settings.DEBUG_PROPAGATE_EXCEPTIONS:
                    raise
                # As Django's own handler does, so error reporting and the test client still see the failure.
                signals.got_request_exception.send(sender=None, request=request)
                response = error_response(
                    500, "server error", _("Something went wrong on our side. Please try again later.")
                )
                log_response(
                    "%s: %s",
                    response.reason_phrase,
                    request.path,
                    response=response,
                    request=request,
                    exc_info=sys.exc_info(),
                )
                return response

        return wrapped

    return decorate(view) if view is not None else decorate


@api_view(methods=None)
def not_found(request, path: str = ""):
    raise Http404(_("No such API endpoint."))


def _whole_number(request, name: str, default: int) -> int:
    value = request.GET.get(name, "")
    if value == "":
        return default
    # The length test comes first so that int() never reads thousands of digits.
    if not (value.isascii() and value.isdigit() and len(value) <= len(str(MAX_PAGE)) and 1 <= int(value) <= MAX_PAGE):
        raise BadParameter(
            _("%(name)s must be a whole number from 1 to %(maximum)s.") % {"name": name, "maximum": MAX_PAGE}
        )
    return int(value)


def page(request, queryset: QuerySet | list, to_json) -> JsonResponse:
    """The HSDS page envelope around one page of `queryset`; per_page is capped so a page stays cheap."""
    per_page = min(_whole_number(request, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
    number = _whole_number(request, "page", 1)
    total = queryset.count() if isinstance(queryset, QuerySet) else len(queryset)
    total_pages = max(math.ceil(total / per_page), 1)
    start = (number - 1) * per_page
    items = list(queryset[start : start + per_page]) if start < total else []
    return JsonResponse(
        {
            "total_items": total,
            "total_pages": total_pages,
            "page_number": number,
            "size": len(items),
            "first_page": number == 1,
            "last_page": number >= total_pages,
            "empty": not items,
            "contents": [to_json(item) for item in items],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def _text_search(network, fields: tuple[str, ...], text: str) -> Q:
    """Matches `text` in any enabled language of the network, in any of `fields`."""
    query = Q()
    for field in fields:
        for code in network.languages:
            query |= Q(**{f"{build_localized_fieldname(field, code)}__icontains": text})
    return query


def _category(network, term_id: str) -> Category:
    category = Category.objects.for_network(network).filter(lookup("category", term_id)).first()
    if category is None:
        raise Http404(_("No such taxonomy term."))
    return category


def filtered_services(request):
    """The network's published services, narrowed by the HSDS query parameters."""
    network, params = request.network, request.GET
    services = exported_services(network)
    if params.get("search"):
        services = services.filter(_text_search(network, ("name", "description"), params["search"]))
    if params.get("taxonomy_term_id"):
        category = _category(network, params["taxonomy_term_id"])
        services = services.filter(categories__in=Category.objects.for_network(network).with_descendants(category))
    if params.get("organization_id"):
        organization = Organization.objects.for_network(network).filter(
            lookup("organization", params["organization_id"])
        )
        services = services.filter(organization__in=organization)
    if params.get("modified_after"):
        services = services.filter(updated_at__gte=_moment(params["modified_after"], network.time_zone))
    if params.get("postcode"):
        # Confidential locations are never matched: a postcode hit would reveal where they are.
        services = services.filter(
            service_at_locations__location__postal_code__iexact=params["postcode"].strip(),
            service_at_locations__location__is_confidential=False,
            service_at_locations__location__live=True,
        )
    if params.get("proximity"):
        services = services.filter(_near(params["proximity"]))
    return services.distinct()


def _moment(value: str, time_zone: str) -> datetime.datetime:
    """`modified_after`: a date (midnight in the network's time zone) or a date and time (the network's zone when
    it names none)."""
    try:
        moment = parse_datetime(value)
        day = None if moment else parse_date(value)
    except ValueError:  # well formed but impossible, such as 2024-02-30 or an offset of a day or more
        moment = day = None
    if day is not None:
        return datetime.datetime.combine(day, datetime.time(), zoneinfo.ZoneInfo(time_zone))
    if moment is None:
        raise BadParameter(_("modified_after must be a date (YYYY-MM-DD) or a date and time (ISO 8601)."))
    return timezone.make_aware(moment, zoneinfo.ZoneInfo(time_zone)) if timezone.is_naive(moment) else moment


def _near(proximity: str) -> Q:
    """`lat,lng[,km]`: services at a public location inside a box of that radius (25 km by default)."""
    try:
        parts = [float(part) for part in proximity.split(",")]
    except ValueError:
        parts = []
    if len(parts) == 2:
        parts.append(DEFAULT_RADIUS_KM)
    if len(parts) != 3 or not all(math.isfinite(part) for part in parts):
        parts = [math.nan] * 3  # fails the range test below
    latitude, longitude, radius = parts
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180 and 0 < radius <= MAX_RADIUS_KM):
        raise BadParameter(
            _(
                "proximity must be latitude,longitude or latitude,longitude,kilometres: a latitude from -90 to 90,"
                " a longitude from -180 to 180 and a distance above 0 and up to %(maximum)s km."
            )
            % {"maximum": int(MAX_RADIUS_KM)}
        )
    # A bounding box is exact enough for "near" and needs no spatial extension.
    degrees_lat = radius / 111.0
    degrees_lng = radius / max(111.0 * math.cos(math.radians(latitude)), 1.0)
    prefix = "service_at_locations__location__"
    return Q(
        **{
            f"{prefix}is_confidential": False,
            f"{prefix}live": True,
            f"{prefix}latitude__range": (latitude - degrees_lat, latitude + degrees_lat),
            f"{prefix}longitude__range": (longitude - degrees_lng, longitude + degrees_lng),
        }
    )


@api_view
def api_root(request):
    return JsonResponse({"version": "3.0", "profile": "https://docs.openreferral.org/en/v3.0/"})


@api_view
def services(request):
    return page(request, filtered_services(request).order_by("pk"), lambda s: service_full(s, request.network))


@api_view
def service_detail(request, service_id: str):
    service = exported_services(request.network).filter(lookup("service", service_id)).first()
    if service is None:
        raise Http404(_("No such service."))
    return JsonResponse(service_full(service, request.network), json_dumps_params={"ensure_ascii": False})


def _organizations(request):
    organizations = Organization.objects.for_network(request.network).order_by("pk")
    if request.GET.get("search"):
        organizations = organizations.filter(
            _text_search(request.network, ("name", "description"), request.GET["search"])
        )
    return organizations


@api_view
def organizations(request):
    return page(request, _organizations(request), organization_json)


@api_view
def organization_detail(request, organization_id: str):
    organization = _organizations(request).filter(lookup("organization", organization_id)).first()
    if organization is None:
        raise Http404(_("No such organization."))
    published = exported_services(request.network).filter(organization=organization)
    return JsonResponse(organization_json(organization, list(published), request.network))


def _service_at_locations(request):
    published = exported_services(request.network).values("pk")
    links = (
        ServiceAtLocation.objects.published()
        .filter(service__in=published)
        .select_related("service", "location__organization")
        .order_by("pk")
    )
    if request.GET.get("postcode"):
        links = links.filter(
            location__postal_code__iexact=request.GET["postcode"].strip(), location__is_confidential=False
        )
    return links


@api_view
def service_at_locations(request):
    return page(request, _service_at_locations(request), service_at_location_json)


@api_view
def service_at_location_detail(request, link_id: str):
    link = _service_at_locations(request).filter(lookup("serviceatlocation", link_id)).first()
    if link is None:
        raise Http404(_("No such service at location."))
    return JsonResponse(service_at_location_json(link))


@api_view
def taxonomies(request):
    return page(request, [taxonomy_row(request.network)], lambda row: row)


def _categories(request):
    categories = Category.objects.for_network(request.network).select_related("parent").order_by("sort_order", "code")
    if request.GET.get("parent_id"):
        categories = categories.filter(parent=_category(request.network, request.GET["parent_id"]))
    if request.GET.get("top_only") in ("true", "1"):
        categories = categories.filter(parent__isnull=True)
    return categories


@api_view
def taxonomy_terms(request):
    return page(request, _categories(request), lambda c: taxonomy_term_json(c, request.network))


@api_view
def taxonomy_term_detail(request, term_id: str):
    return JsonResponse(taxonomy_term_json(_category(request.network, term_id), request.network))
