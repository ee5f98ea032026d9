"""Scopes the Wagtail admin's page listing filters to the network whose host is in use.

Wagtail's page listing offers filters by site, owner and editor that list every site and every page owner in
the installation. Staff of one network must not see another network's name or people, even when they also
hold a role there (the admin follows the host), so those choices come from the host's network only.
"""

from django.contrib.auth import get_user_model
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import PageLogEntry, Site

from portal.admin.network_objects import network_pages


def site_choices(request):
    return Site.objects.filter(network=request.network)


def owner_choices(request):
    owners = network_pages(request.network).order_by().values_list("owner_id", flat=True)
    return get_user_model().objects.filter(pk__in=owners)


def editor_choices(request):
    edits = PageLogEntry.objects.filter(action="wagtail.edit", page__in=network_pages(request.network))
    return get_user_model().objects.filter(pk__in=edits.order_by().values_list("user_id", flat=True))


def scope_page_listing_filters() -> None:
    filters = PageFilterSet.base_filters
    filters["site"].queryset = site_choices
    filters["owner"].queryset = owner_choices
    filters["edited_by"].queryset = editor_choices
