"""Volunteering, as it plugs into the platform."""

from django.utils.translation import gettext_lazy as _

# The module, not its classes: Django picks the one AppConfig subclass this module defines.
from portal import features


class VolunteersConfig(features.FeatureConfig):
    name = "volunteers"
    verbose_name = _("Volunteering")

    section = features.Section("volunteers.OpportunityIndexPage", "volunteer", _("Volunteer"), 30)
