"""Peer circles, as they plug into the platform."""

from django.utils.translation import gettext_lazy as _

# The module, not its classes: Django picks the one AppConfig subclass this module defines.
from portal import features


class PeerGroupsConfig(features.FeatureConfig):
    name = "peer_groups"
    verbose_name = _("Peer circles")

    section = features.Section("peer_groups.CircleIndexPage", "circles", _("Peer circles"), 20)
