"""Registers the platform's admin screens with Wagtail, and keeps the whole admin to the host's network."""

from wagtail import hooks
from wagtail.models import Page
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from portal.admin.dashboard import scope_homepage_panels
from portal.admin.network_objects import network_pages
from portal.admin.networks import NetworkAdministrationGroup
from portal.admin.notifications import send_moderation_emails_from_network_hosts
from portal.admin.page_filters import scope_page_listing_filters
from portal.admin.page_permissions import NetworkPagePermissionPolicy
from portal.admin.partners import MembershipViewSet, NetworkModeratorsPolicy, OrganizationViewSet
from portal.models import OrganizationMembership

register_snippet(OrganizationViewSet)
register_permission_policy(OrganizationMembership, NetworkModeratorsPolicy(OrganizationMembership))
register_permission_policy(Page, NetworkPagePermissionPolicy(Page))
send_moderation_emails_from_network_hosts()


@hooks.register("register_admin_viewset")
def register_network_viewsets():
    return NetworkAdministrationGroup()


@hooks.register("register_admin_viewset")
def register_partner_staff_viewset():
    return MembershipViewSet("partner_staff")


scope_page_listing_filters()


@hooks.register("construct_homepage_panels")
def scope_dashboard_to_the_network(request, panels):
    scope_homepage_panels(request, panels)


@hooks.register("construct_explorer_page_queryset")
def scope_explorer_to_the_network(parent_page, pages, request):
    return network_pages(request.network, pages)


@hooks.register("construct_page_chooser_queryset")
def scope_page_chooser_to_the_network(pages, request):
    # Wagtail's chooser lists every page a link could point to, whoever owns it.
    return network_pages(request.network, pages)
