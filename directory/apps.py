"""The directory of partner services, as it plugs into the platform."""

from django.utils.translation import gettext_lazy as _

# The module, not its classes: Django picks the one AppConfig subclass this module defines.
from portal import features, roles

LISTING_MODELS = ("service", "location", "category", "place", "searchsynonymset")
ACTIONS = ("add", "change", "delete", "view")


class DirectoryConfig(features.FeatureConfig):
    name = "directory"
    verbose_name = _("Directory")

    section = features.Section(
        "directory.DirectoryIndexPage", "services", _("Find services"), 10, urlconf="directory.urls"
    )
    role_permissions = {
        roles.MODERATOR: (
            *(
                f"directory.{action}_{model}"
                for model in LISTING_MODELS
                for action in ("add", "change", "delete", "view")
            ),
            "directory.publish_service",
            "directory.lock_service",
            "directory.unlock_service",
        ),
    }
    # Partner staff edit their organizations' services and locations; publishing waits for a moderator.
    partner_permissions = (
        "directory.add_service",
        "directory.change_service",
        "directory.view_service",
        "directory.add_location",
        "directory.change_location",
        "directory.view_location",
    )
    moderated_models = ("directory.Service",)
    network_provisioner = "directory.categories.seed_categories"
    demo_seeder = "directory.demo.seeding.seed_demo_directory"
    unprefixed_urls = ("api/hsds/", "directory.api.urls")

    def ready(self) -> None:
        # Receivers connect once the app registry is ready; importing them earlier would load the models too soon.
        from directory import signals  # noqa: F401
