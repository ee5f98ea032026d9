"""Volunteering's emails: each in its recipient's language, with links to the network's own host."""

from __future__ import annotations

import datetime
import zoneinfo

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation

from portal import roles
from portal.languages import SUPPORTED_LANGUAGE_CODES, network_default
from portal.models import Network, User
from portal.permissions import people_with_role
from volunteers.models import OpportunityIndexPage, VolunteerProfile


def coordinators_of(network: Network):
    """The active people who hold the volunteer coordinator role in `network`, with their admin profile."""
    return people_with_role(network, roles.COORDINATOR).select_related("wagtail_userprofile").order_by("pk")


def language_of_staff(user: User, network: Network) -> str:
    """The language a staff member chose for the admin, else the network's default language."""
    profile = getattr(user, "wagtail_userprofile", None)
    chosen = profile.preferred_language if profile is not None else ""
    return chosen if chosen in SUPPORTED_LANGUAGE_CODES else network.default_language


def language_of_volunteer(volunteer: VolunteerProfile) -> str:
    chosen = volunteer.preferred_language
    return chosen if chosen in SUPPORTED_LANGUAGE_CODES else volunteer.network.default_language


def local_date(moment: datetime.datetime, network: Network) -> datetime.date:
    """The calendar day `moment` falls on in the network's time zone."""
    return timezone.localdate(moment, zoneinfo.ZoneInfo(network.time_zone))


def section_link(network: Network, below: str = "") -> str:
    """The absolute address of a path below the network's volunteering page, in the active language."""
    page = OpportunityIndexPage.objects.live().descendant_of(network.site.root_page).first()
    path = page.get_url_parts()[2] if page is not None else "/"
    return f"{network.base_url}{path}{below}"


def send(network: Network, language: str, template: str, context: dict, recipient: str, link_below: str = "") -> None:
    """Render templates/volunteers/email/<template>(_subject).txt in `language` and send it to one address.

    Dates and times read in the network's time zone; `link` is the volunteering page's `link_below` in `language`.
    """
    zone = zoneinfo.ZoneInfo(network.time_zone)
    with translation.override(language), network_default(network.default_language), timezone.override(zone):
        context = {"network": network, "link": section_link(network, link_below), **context}
        subject = render_to_string(f"volunteers/email/{template}_subject.txt", context).strip()
        body = render_to_string(f"volunteers/email/{template}.txt", context)
    send_mail(subject=" ".join(subject.split()), message=body, from_email=None, recipient_list=[recipient])
