from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeerGroupsConfig(AppConfig):
    name = "peer_groups"
    verbose_name = _("Peer circles")
