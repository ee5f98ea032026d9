"""Registers the platform's admin screens with Wagtail: networks, roles, partner organizations and staff."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from portal.admin.networks import NetworkAdministrationGroup
from portal.admin.page_filters import scope_page_listing_filters
from portal.admin.partners import MembershipViewSet, NetworkModeratorsPolicy, OrganizationViewSet
from portal.models import OrganizationMembership

register_snippet(OrganizationViewSet)
register_permission_policy(OrganizationMembership, NetworkModeratorsPolicy(OrganizationMembership))


@hooks.register("register_admin_viewset")
def register_network_viewsets():
    return NetworkAdministrationGroup()


@hooks.register("register_admin_viewset")
def register_partner_staff_viewset():
    return MembershipViewSet("partner_staff")


scope_page_listing_filters()
