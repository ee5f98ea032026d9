"""Expiry of training and background checks: reminders 60 and 14 days before, and taking volunteers off shifts.

`manage.py send_volunteer_reminders` runs it and is safe to run every hour: each threshold of each record is
written once (`ReminderSent`) in the same transaction that decides to send it, so a second run sends nothing.
A run that comes late sends only the most urgent threshold crossed and records the others with it.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
import zoneinfo
from dataclasses import dataclass

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from portal.models import Network
from volunteers import emails
from volunteers.models import BackgroundCheck, ReminderSent, TrainingRecord, VolunteerProfile
from volunteers.placement import remove_from_future_shifts

logger = logging.getLogger(__name__)
Threshold = ReminderSent.Threshold
# Days before expiry, least urgent first.
DAYS_BEFORE = ((Threshold.DAYS_60, 60), (Threshold.DAYS_14, 14))


@dataclass
class ReminderCounts:
    networks: int = 0
    to_volunteers: int = 0
    to_coordinators: int = 0
    removed_from_shifts: int = 0

    def add(self, other: ReminderCounts) -> None:
        self.networks += other.networks
        self.to_volunteers += other.to_volunteers
        self.to_coordinators += other.to_coordinators
        self.removed_from_shifts += other.removed_from_shifts

    def summary(self) -> str:
        return (
            f"{self.networks} network(s): {self.to_volunteers} email(s) to volunteers, "
            f"{self.to_coordinators} to coordinators, {self.removed_from_shifts} shift place(s) removed"
        )


@dataclass(frozen=True)
class Expiring:
    """A record that stops counting on `expires_on`: the latest training of a module, or a check in use."""

    subject: str
    record: TrainingRecord | BackgroundCheck

    @property
    def volunteer(self) -> VolunteerProfile:
        return self.record.volunteer

    @property
    def expires_on(self) -> datetime.date:
        return self.record.expires_on

    @property
    def requirement(self):
        """What opportunities ask for: the training module, or the check (its level)."""
        return self.record.module if self.subject == ReminderSent.Subject.TRAINING else self.record


def latest_training(network: Network) -> list[Expiring]:
    """Each volunteer's latest record of each module, when it expires."""
    latest = (
        TrainingRecord.objects.for_network(network)
        .exclude(volunteer__status=VolunteerProfile.Status.LEFT)
        .select_related("module", "volunteer__user", "volunteer__network__site")
        .order_by("volunteer_id", "module_id", "-completed_on", "-pk")
        .distinct("volunteer_id", "module_id")
    )
    return [Expiring(ReminderSent.Subject.TRAINING, record) for record in latest if record.expires_on]


def checks_in_use(network: Network) -> list[Expiring]:
    """Checks that allow placement and expire, unless a check of the same or a higher level lasts longer."""
    checks = list(
        BackgroundCheck.objects.for_network(network)
        .exclude(volunteer__status=VolunteerProfile.Status.LEFT)
        .filter(status__in=(BackgroundCheck.Status.CLEAR, BackgroundCheck.Status.NEEDS_REVIEW))
        .select_related("volunteer__user", "volunteer__network__site")
        .order_by("volunteer_id", "pk")
    )
    usable = [check for check in checks if check.allows_placement]

    def superseded(check: BackgroundCheck) -> bool:
        return any(
            other.pk != check.pk
            and other.volunteer_id == check.volunteer_id
            and other.level >= check.level
            and (other.expires_on is None or other.expires_on > check.expires_on)
            for other in usable
        )

    return [
        Expiring(ReminderSent.Subject.CHECK, check) for check in usable if check.expires_on and not superseded(check)
    ]


def thresholds_crossed(expires_on: datetime.date, today: datetime.date) -> list[str]:
    """Every threshold reached on `today`, least urgent first; empty while expiry is more than 60 days away."""
    crossed = [threshold for threshold, days in DAYS_BEFORE if (expires_on - today).days <= days]
    if today >= expires_on:
        crossed.append(Threshold.EXPIRED)
    return crossed


def handle(item: Expiring, today: datetime.date, now: datetime.datetime, coordinators: list) -> ReminderCounts:
    """Record every threshold crossed; when the most urgent one is new, tell the volunteer and the coordinators."""
    counts = ReminderCounts()
    crossed = thresholds_crossed(item.expires_on, today)
    if not crossed:
        return counts
    network = item.volunteer.network
    with transaction.atomic():
        created = {
            threshold: ReminderSent.objects.get_or_create(
                subject=item.subject,
                record_id=item.record.pk,
                expires_on=item.expires_on,
                threshold=threshold,
                defaults={"volunteer": item.volunteer},
            )[1]
            for threshold in crossed
        }
        threshold = crossed[-1]
        if not created[threshold]:
            return counts
        removed = []
        if threshold == Threshold.EXPIRED:
            removed = remove_from_future_shifts(item.volunteer, item.requirement, now)
            counts.removed_from_shifts = len(removed)
        context = {
            "volunteer": item.volunteer,
            "subject": item.subject,
            "record": item.record,
            "requirement": item.requirement,
            "expires_on": item.expires_on,
            "days": dict(DAYS_BEFORE).get(threshold),
            "expired": threshold == Threshold.EXPIRED,
            "removed": [signup.shift for signup in removed],
            "admin_link": network.base_url + reverse("wagtailadmin_home"),
        }
        template = "expired" if threshold == Threshold.EXPIRED else "expiry_reminder"
        emails.send(
            network,
            emails.language_of_volunteer(item.volunteer),
            template,
            context,
            item.volunteer.user.email,
            link_below="shifts/" if removed else "me/readiness/",
        )
        counts.to_volunteers = 1
        for coordinator in coordinators:
            language = emails.language_of_staff(coordinator, network)
            emails.send(network, language, f"{template}_coordinator", context, coordinator.email)
            counts.to_coordinators += 1
    return counts


def send_network_reminders(network: Network, now: datetime.datetime | None = None) -> ReminderCounts:
    """Reminders and removals for one network, its "today" in its own time zone."""
    now = now or timezone.now()
    today = timezone.localdate(now, zoneinfo.ZoneInfo(network.time_zone))
    coordinators = list(emails.coordinators_of(network))
    counts = ReminderCounts(networks=1)
    for item in [*latest_training(network), *checks_in_use(network)]:
        try:
            counts.add(handle(item, today, now, coordinators))
        except (smtplib.SMTPException, OSError):
            # Nothing of this record was kept: the next run tries it again.
            logger.exception("Volunteer reminder for %s %s not sent", item.subject, item.record.pk)
    return counts


def send_volunteer_reminders(networks=None, now: datetime.datetime | None = None) -> ReminderCounts:
    """Every network's reminders and removals (or those of `networks`)."""
    now = now or timezone.now()
    counts = ReminderCounts()
    for network in networks if networks is not None else Network.objects.select_related("site"):
        counts.add(send_network_reminders(network, now))
    return counts
