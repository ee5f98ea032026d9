"""The directory of partner services, as it plugs into the platform."""

from django.utils.translation import gettext_lazy as _

# The module, not its classes: Django picks the one AppConfig subclass this module defines.
from portal import features, roles

LISTING_MODELS = ("service", "servicecapacity", "location", "category", "place")
# Moderators only: what turns a search of their network into a crisis search, and what a word also means.
MODERATOR_MODELS = (*LISTING_MODELS, "networkcrisisterm", "searchsynonymset")
ACTIONS = ("add", "change", "delete", "view")
# Partner edits of these wait for a moderator (decision 0005).
MODERATED_LISTING_MODELS = ("service", "location")


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
                for model in MODERATOR_MODELS
                for action in ("add", "change", "delete", "view")
            ),
            *(
                f"directory.{action}_{model}"
                for model in ("service", "location")
                for action in ("publish", "lock", "unlock")
            ),
        ),
    }
    # Partner staff edit their organizations' services and locations; publishing either waits for a moderator.
    # Their openings are live counts: partner staff update them at once (decision 0013).
    partner_permissions = (
        "directory.add_service",
        "directory.change_service",
        "directory.view_service",
        "directory.add_servicecapacity",
        "directory.change_servicecapacity",
        "directory.view_servicecapacity",
        "directory.add_location",
        "directory.change_location",
        "directory.view_location",
    )
    moderated_models = tuple(f"directory.{model}" for model in MODERATED_LISTING_MODELS)
    network_provisioner = "directory.categories.seed_categories"
    demo_seeder = "directory.demo.seeding.seed_demo_directory"
    unprefixed_urls = ("api/hsds/", "directory.api.urls")
    # The crisis phrase lists compile in about half a second: not on the first search of a person in crisis.
    warm_up = "directory.search.crisis.crisis_matcher"

    def ready(self) -> None:
        # Receivers connect once the app registry is ready; importing them earlier would load the models too soon.
        from directory import signals  # noqa: F401
