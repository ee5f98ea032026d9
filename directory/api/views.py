"""Read-only HSDS 3.0 API views: every query starts from the request's network; only published services."""

from __future__ import annotations

import datetime
import math
import zoneinfo
from functools import wraps

from django.db.models import Q, QuerySet
from django.http import Http404, JsonResponse
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from modeltranslation.utils import build_localized_fieldname

from directory.hsds.exporter import exported_services, taxonomy_row
from directory.hsds.ids import lookup
from directory.hsds.objects import organization_json, service_at_location_json, service_full, taxonomy_term_json
from directory.models import Category, ServiceAtLocation
from portal.models import Organization

MAX_PER_PAGE = 100
DEFAULT_PER_PAGE = 25


def json_not_found(view):
    """A missing record (or one of another network, or unpublished) answers 404 in JSON, as an API should."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except Http404 as error:
            return JsonResponse({"error": "not found", "detail": str(error) or _("Not found.")}, status=404)

    return wrapped


@json_not_found
def not_found(request, path: str = ""):
    raise Http404(_("No such API endpoint."))


def _positive_int(value: str | None, default: int) -> int:
    try:
        return max(int(value), 1) if value else default
    except ValueError:
        return default


def page(request, queryset: QuerySet | list, to_json) -> JsonResponse:
    """The HSDS page envelope around one page of `queryset`; per_page is capped so a page stays cheap."""
    per_page = min(_positive_int(request.GET.get("per_page"), DEFAULT_PER_PAGE), MAX_PER_PAGE)
    number = _positive_int(request.GET.get("page"), 1)
    total = queryset.count() if isinstance(queryset, QuerySet) else len(queryset)
    total_pages = max(math.ceil(total / per_page), 1)
    items = list(queryset[(number - 1) * per_page : number * per_page])
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
        moment = parse_datetime(params["modified_after"])
        day = None if moment else parse_date(params["modified_after"])
        if day is not None:
            moment = datetime.datetime.combine(day, datetime.time(), zoneinfo.ZoneInfo(network.time_zone))
        elif moment is not None and timezone.is_naive(moment):
            moment = timezone.make_aware(moment, zoneinfo.ZoneInfo(network.time_zone))
        if moment is not None:
            services = services.filter(updated_at__gte=moment)
    if params.get("postcode"):
        # Confidential locations are never matched: a postcode hit would reveal where they are.
        services = services.filter(
            service_at_locations__location__postal_code__iexact=params["postcode"].strip(),
            service_at_locations__location__is_confidential=False,
        )
    if params.get("proximity"):
        services = services.filter(_near(params["proximity"]))
    return services.distinct()


def _near(proximity: str) -> Q:
    """`lat,lng[,km]`: services at a public location inside a box of that radius (25 km by default)."""
    try:
        parts = [float(part) for part in proximity.split(",")]
        latitude, longitude = parts[0], parts[1]
        radius = parts[2] if len(parts) > 2 else 25.0
    except (ValueError, IndexError):
        return Q()
    # A bounding box is exact enough for "near" and needs no spatial extension.
    degrees_lat = radius / 111.0
    degrees_lng = radius / max(111.0 * math.cos(math.radians(latitude)), 1.0)
    prefix = "service_at_locations__location__"
    return Q(
        **{
            f"{prefix}is_confidential": False,
            f"{prefix}latitude__range": (latitude - degrees_lat, latitude + degrees_lat),
            f"{prefix}longitude__range": (longitude - degrees_lng, longitude + degrees_lng),
        }
    )


@json_not_found
@require_GET
def api_root(request):
    return JsonResponse({"version": "3.0", "profile": "https://docs.openreferral.org/en/v3.0/"})


@json_not_found
@require_GET
def services(request):
    return page(request, filtered_services(request).order_by("pk"), lambda s: service_full(s, request.network))


@json_not_found
@require_GET
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


@json_not_found
@require_GET
def organizations(request):
    return page(request, _organizations(request), organization_json)


@json_not_found
@require_GET
def organization_detail(request, organization_id: str):
    organization = _organizations(request).filter(lookup("organization", organization_id)).first()
    if organization is None:
        raise Http404(_("No such organization."))
    published = exported_services(request.network).filter(organization=organization)
    return JsonResponse(organization_json(organization, list(published), request.network))


def _service_at_locations(request):
    published = exported_services(request.network).values("pk")
    links = (
        ServiceAtLocation.objects.filter(service__in=published)
        .select_related("service", "location__organization")
        .order_by("pk")
    )
    if request.GET.get("postcode"):
        links = links.filter(
            location__postal_code__iexact=request.GET["postcode"].strip(), location__is_confidential=False
        )
    return links


@json_not_found
@require_GET
def service_at_locations(request):
    return page(request, _service_at_locations(request), service_at_location_json)


@json_not_found
@require_GET
def service_at_location_detail(request, link_id: str):
    link = _service_at_locations(request).filter(lookup("serviceatlocation", link_id)).first()
    if link is None:
        raise Http404(_("No such service at location."))
    return JsonResponse(service_at_location_json(link))


@json_not_found
@require_GET
def taxonomies(request):
    return page(request, [taxonomy_row(request.network)], lambda row: row)


def _categories(request):
    categories = Category.objects.for_network(request.network).select_related("parent").order_by("sort_order", "code")
    if request.GET.get("parent_id"):
        categories = categories.filter(parent=_category(request.network, request.GET["parent_id"]))
    if request.GET.get("top_only") in ("true", "1"):
        categories = categories.filter(parent__isnull=True)
    return categories


@json_not_found
@require_GET
def taxonomy_terms(request):
    return page(request, _categories(request), lambda c: taxonomy_term_json(c, request.network))


@json_not_found
@require_GET
def taxonomy_term_detail(request, term_id: str):
    return JsonResponse(taxonomy_term_json(_category(request.network, term_id), request.network))
