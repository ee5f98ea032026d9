"""Coordinators' admin screens: volunteers, training, background checks, supervision, dashboard."""

from wagtail.snippets.models import register_snippet

from volunteers.admin.coordinator_viewsets import VolunteeringViewSetGroup

register_snippet(VolunteeringViewSetGroup)
