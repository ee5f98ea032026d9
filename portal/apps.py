from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Connecting receivers needs the app registry, so these modules load once the apps are ready.
        from portal import host_map, signals  # noqa: F401
