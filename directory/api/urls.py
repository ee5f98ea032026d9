"""URLs of the HSDS API (mounted at /api/hsds/, outside the language prefixes); each works with or without a slash."""

from django.urls import re_path

from directory.api import views

app_name = "hsds_api"

urlpatterns = [
    re_path(r"^$", views.api_root, name="root"),
    re_path(r"^services/?$", views.services, name="services"),
    re_path(r"^services/(?P<service_id>[^/]+)/?$", views.service_detail, name="service"),
    re_path(r"^organizations/?$", views.organizations, name="organizations"),
    re_path(r"^organizations/(?P<organization_id>[^/]+)/?$", views.organization_detail, name="organization"),
    re_path(r"^service_at_locations/?$", views.service_at_locations, name="service_at_locations"),
    re_path(
        r"^service_at_locations/(?P<link_id>[^/]+)/?$", views.service_at_location_detail, name="service_at_location"
    ),
    re_path(r"^taxonomies/?$", views.taxonomies, name="taxonomies"),
    re_path(r"^taxonomy_terms/?$", views.taxonomy_terms, name="taxonomy_terms"),
    re_path(r"^taxonomy_terms/(?P<term_id>[^/]+)/?$", views.taxonomy_term_detail, name="taxonomy_term"),
    # Any other path, even one holding a newline (which "." would not match), is an unknown endpoint.
    re_path(r"^(?P<path>[\s\S]+)$", views.not_found),
]
