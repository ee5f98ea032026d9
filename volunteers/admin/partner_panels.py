"""What partner staff read about an applicant: who they are and whether they are ready, never check details."""

from __future__ import annotations

import dataclasses

from django.utils.translation import gettext as _
from wagtail.admin.panels import Panel

from portal.languages import language_name
from volunteers.requirements import Readiness, placeable
from volunteers.totals import network_today


def as_partners_see_it(readiness: Readiness) -> Readiness:
    """The engine's readiness with background checks reduced to met or not: no status, date or decision."""
    requirements = [
        dataclasses.replace(
            requirement,
            status=_("Cleared") if requirement.met else _("Not cleared yet: a coordinator is arranging it"),
            expires_on=None,
        )
        if requirement.kind == "check"
        else requirement
        for requirement in readiness.requirements
    ]
    return dataclasses.replace(readiness, requirements=requirements)


class ApplicantPanel(Panel):
    """Read-only: the volunteer's name, languages, availability, motivation, and readiness for this opportunity."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "volunteers/admin/partner/applicant_panel.html"

        def is_shown(self):
            return self.instance.pk is not None

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            application = self.instance
            volunteer = application.volunteer
            opportunity = application.opportunity
            readiness = placeable(volunteer, opportunity, network_today(opportunity.network))
            context.update(
                {
                    "application": application,
                    "volunteer": volunteer,
                    "languages": [language_name(code) for code in volunteer.languages_spoken],
                    "readiness": as_partners_see_it(readiness),
                }
            )
            return context
