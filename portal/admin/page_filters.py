"""Scopes the Wagtail admin's global lists to the networks of the person looking.

Wagtail's page listing offers filters by site, owner and editor that list every site and every
page owner in the installation. Staff of one network must not see another network's name or people,
so those choices are narrowed to the networks the person holds a role in (superusers see all).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.models import Page, PageLogEntry, Site

from portal.permissions import networks_of


def visible_networks(request):
    if request.user.is_superuser:
        return None
    return networks_of(request.user)


def site_choices(request):
    networks = visible_networks(request)
    return Site.objects.all() if networks is None else Site.objects.filter(network__in=networks)


def pages_of_visible_networks(request):
    networks = visible_networks(request)
    if networks is None:
        return Page.objects.all()
    roots = Q()
    for network in networks.select_related("site__root_page"):
        roots |= Q(path__startswith=network.site.root_page.path)
    return Page.objects.filter(roots) if roots else Page.objects.none()


def owner_choices(request):
    owners = pages_of_visible_networks(request).order_by().values_list("owner_id", flat=True)
    return get_user_model().objects.filter(pk__in=owners)


def editor_choices(request):
    edits = PageLogEntry.objects.filter(action="wagtail.edit", page__in=pages_of_visible_networks(request))
    return get_user_model().objects.filter(pk__in=edits.order_by().values_list("user_id", flat=True))


def scope_page_listing_filters() -> None:
    filters = PageFilterSet.base_filters
    filters["site"].queryset = site_choices
    filters["owner"].queryset = owner_choices
    filters["edited_by"].queryset = editor_choices
