"""Keeping listings true: when a listing is stale, reminding its partners, and verifying it."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, timedelta

from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.log_actions import log

from directory.models import Service
from portal.models import OrganizationMembership
from portal.permissions import moderators_of

# The history entry a person's verification leaves on the listing (its wording is registered in wagtail_hooks).
VERIFY_ACTION = "directory.verify"
# The entry an HSDS import leaves when it sets, or only claims, a listing's verification date.
IMPORT_VERIFICATION_ACTION = "directory.import_verification"


def is_stale(last_verified_at: datetime | None, interval_days: int, now: datetime) -> bool:
    """The one staleness rule, for reminders and public pages alike: not confirmed within the interval."""
    return last_verified_at is None or last_verified_at < now - timedelta(days=interval_days)


def service_is_stale(service: Service, network_interval_days: int, now: datetime) -> bool:
    """Whether a listing is due for verification (its organization's interval, else its network's)."""
    interval = service.organization.verification_interval_days_or(network_interval_days)
    return is_stale(service.last_verified_at, interval, now)


def stale_services(network, now: datetime | None = None):
    """Published services of `network` that are due for verification."""
    now = now or timezone.now()
    candidates = (
        Service.objects.for_network(network)
        .filter(live=True)
        .filter(Q(last_verified_at__isnull=True) | Q(last_verified_at__lt=now - timedelta(days=1)))
        .select_related("organization", "network")
    )
    return [service for service in candidates if service_is_stale(service, network.verification_interval_days, now)]


def verify(service: Service, user) -> None:
    """Record that a person confirmed the listing is still accurate (this changes no listed content).

    The listing's history keeps who verified and when; the service itself keeps only the latest.
    """
    service.last_verified_at = timezone.now()
    service.last_verified_by = user
    service.save(update_fields=["last_verified_at", "last_verified_by"])
    log(service, VERIFY_ACTION, user=user)


def send_reminders(network, now: datetime | None = None) -> int:
    """Email each partner staff member the stale listings of their organizations; returns emails sent.

    Listings of an organization without staff go to the network's moderators, so none is left unchecked.
    """
    by_organization = defaultdict(list)
    for service in stale_services(network, now):
        by_organization[service.organization_id].append(service)
    recipients = defaultdict(list)
    memberships = OrganizationMembership.objects.filter(organization_id__in=by_organization).select_related("user")
    staffed = set()
    for membership in memberships:
        recipients[membership.user].extend(by_organization[membership.organization_id])
        staffed.add(membership.organization_id)
    unstaffed = [service for pk, services in by_organization.items() if pk not in staffed for service in services]
    if unstaffed:
        for moderator in moderators_of(network):
            recipients[moderator].extend(unstaffed)
    base_url = network.base_url
    sent = 0
    with translation.override(network.default_language):
        for user, services in recipients.items():
            links = [
                (service, base_url + reverse("directory_verify_service", args=[service.pk])) for service in services
            ]
            context = {"network": network, "links": links, "user": user}
            send_mail(
                subject=render_to_string("directory/email/verification_reminder_subject.txt", context).strip(),
                message=render_to_string("directory/email/verification_reminder.txt", context),
                from_email=None,
                recipient_list=[user.email],
            )
            sent += 1
    return sent
