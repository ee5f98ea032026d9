"""Volunteering, as it plugs into the platform."""

from django.utils.translation import gettext_lazy as _

# The module, not its classes: Django picks the one AppConfig subclass this module defines.
from portal import features, roles

ACTIONS = ("add", "change", "delete", "view")
# Coordinators keep the network's volunteer records: people, training, checks, supervision, applications, hours.
COORDINATOR_MODELS = (
    "volunteerprofile",
    "volunteersettings",
    "codeofconduct",
    "trainingmodule",
    "trainingrecord",
    "backgroundcheck",
    "application",
    "shift",
    "shiftsignup",
    "hoursentry",
    "supervisioncheckin",
)


class VolunteersConfig(features.FeatureConfig):
    name = "volunteers"
    verbose_name = _("Volunteering")

    section = features.Section(
        "volunteers.OpportunityIndexPage", "volunteer", _("Volunteer"), 30, urlconf="volunteers.urls"
    )
    role_permissions = {
        # Moderators review partners' opportunities like directory listings (decision 0005).
        roles.MODERATOR: tuple(
            f"volunteers.{action}_opportunity" for action in (*ACTIONS, "publish", "lock", "unlock")
        ),
        roles.COORDINATOR: (
            *(f"volunteers.{action}_{model}" for model in COORDINATOR_MODELS for action in ACTIONS),
            "volunteers.view_opportunity",
        ),
    }
    # Partner staff post opportunities (moderated), keep their shifts (at once), review applicants to their own
    # opportunities and approve the hours given to them. Never background checks or training records.
    partner_permissions = (
        "volunteers.add_opportunity",
        "volunteers.change_opportunity",
        "volunteers.view_opportunity",
        "volunteers.add_shift",
        "volunteers.change_shift",
        "volunteers.view_shift",
        "volunteers.view_shiftsignup",
        "volunteers.change_application",
        "volunteers.view_application",
        "volunteers.change_hoursentry",
        "volunteers.view_hoursentry",
    )
    moderated_models = ("volunteers.opportunity",)
    demo_seeder = "volunteers.demo.seeding.seed_demo_volunteers"
