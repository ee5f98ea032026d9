"""Seeds a demo network's volunteering from `data/<network slug>.json`: safe to run again, no duplicates.

The file holds the network's code of conduct, training catalogue and opportunities (texts per language), the
staff who supervise and decide, and one demo volunteer per state a coordinator meets: applied, in training,
waiting for a check, placeable, conditionally accepted, expiring soon, expired, needs review (decided). Every
date is written relative to the day of seeding in the network's time zone (`..._days_ago`, `in_days`,
`expires_in_days`; a shift `on` a weekday, `week` weeks after the coming one), so the demo stays true whenever
it is seeded: what expires soon still expires soon, and a Tuesday circle still meets on Tuesdays.

Opportunities are found again by organization and English title, modules by English name, people by email.
Seeding again puts every demo record back as the file says: a demo volunteer's records that the file does not
hold are removed, and so are the demo opportunities' shifts it does not list. Demo people sign in with
`demo_password(network slug, "volunteer")` (staff: "partner" or their network role), like the demo staff.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from dateutil.relativedelta import relativedelta
from django.contrib.auth import get_user_model
from django.db import models, transaction
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from portal.demo.networks import demo_password
from portal.models import Network, Organization, OrganizationMembership
from portal.permissions import grant_role
from portal.translated_fields import set_translations, translated_values
from volunteers.models import (
    Acknowledgement,
    Application,
    BackgroundCheck,
    CodeOfConduct,
    HoursEntry,
    Opportunity,
    Shift,
    ShiftSignup,
    SupervisionCheckIn,
    TrainingModule,
    TrainingRecord,
    VolunteerProfile,
)

DATA = Path(__file__).resolve().parent / "data"
OPPORTUNITY_TEXTS = ("title", "role", "description", "place", "schedule")
# The language demo records are found again by: every demo text is written in it.
KEY_LANGUAGE = "en"
VOLUNTEER_ACCOUNT = "volunteer"
PARTNER_ACCOUNT = "partner"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# When a demo partner approved hours or a coordinator verified training: the next morning, in the network.
REVIEWED_AT = datetime.time(10, 0)


class DemoDataError(Exception):
    """The demo file names something the network does not hold: a mistake in the data file, to be mended there."""


def seed_demo_volunteers(network: Network) -> dict[str, int]:
    """Load `network`'s demo volunteering file; safe to run again. Returns the counts of what the demo holds."""
    data = json.loads((DATA / f"{network.slug}.json").read_text("utf-8"))
    zone = ZoneInfo(network.time_zone)
    now = timezone.now()
    today = timezone.localdate(now, zone)
    with transaction.atomic():
        seeder = _Seeder(network, zone, now, today)
        code = seeder.code_of_conduct(data["code_of_conduct"])
        modules = {key: seeder.module(spec) for key, spec in data["modules"].items()}
        staff = {key: seeder.staff_member(spec) for key, spec in data["staff"].items()}
        opportunities = {key: seeder.opportunity(spec, modules) for key, spec in data["opportunities"].items()}
        volunteers = [
            seeder.volunteer(spec, code=code, modules=modules, staff=staff, opportunities=opportunities)
            for spec in data["volunteers"].values()
        ]
    return {
        "training modules": len(modules),
        "opportunities": len(opportunities),
        "shifts": Shift.objects.filter(opportunity__in=opportunities.values()).count(),
        "volunteers": len(volunteers),
        "applications": Application.objects.filter(volunteer__in=volunteers).count(),
        "training records": TrainingRecord.objects.filter(volunteer__in=volunteers).count(),
        "background checks": BackgroundCheck.objects.filter(volunteer__in=volunteers).count(),
        "hours entries": HoursEntry.objects.filter(volunteer__in=volunteers).count(),
        "supervision check-ins": SupervisionCheckIn.objects.filter(volunteer__in=volunteers).count(),
    }


def _keep_exactly(model: type[models.Model], owner: dict, rows: Iterable[tuple[dict, dict]]) -> list[models.Model]:
    """Make `owner`'s rows of `model` one per (lookup, values) and nothing else: found by lookup, else created."""
    queryset = model.objects.filter(**owner)
    kept = []
    for lookup, values in rows:
        row = queryset.filter(**lookup).order_by("pk").first() or model(**owner, **lookup)
        for name, value in values.items():
            setattr(row, name, value)
        row.full_clean()
        row.save()
        kept.append(row)
    stale = queryset.exclude(pk__in=[row.pk for row in kept])
    files = [field.name for field in model._meta.concrete_fields if isinstance(field, models.FileField)]
    for row in stale if files else ():
        # A row goes with its files: a training's evidence is personal data, erased rather than left behind.
        for name in files:
            getattr(row, name).delete(save=False)
    stale.delete()
    return kept


class _Seeder:
    """One network's demo, read in the network's time zone on one day."""

    def __init__(self, network: Network, zone: ZoneInfo, now: datetime.datetime, today: datetime.date):
        self.network, self.zone, self.now, self.today = network, zone, now, today
        # Each demo opportunity's shifts, in the file's order: signups name a shift by its place there.
        self.shifts: dict[int, list[Shift]] = {}

    def shift_day(self, shift: dict) -> datetime.date:
        """`in_days` from today, or the coming weekday `on` (after today) `week` weeks later."""
        if "in_days" in shift:
            return self.today + datetime.timedelta(days=shift["in_days"])
        weekday = WEEKDAYS.index(shift["on"])
        days_ahead = (weekday - self.today.weekday()) % 7 or 7
        return self.today + datetime.timedelta(days=days_ahead, weeks=shift["week"])

    def days_ago(self, days: int) -> datetime.date:
        return self.today - datetime.timedelta(days=days)

    def reviewed_at(self, day: datetime.date) -> datetime.datetime:
        """The morning after `day`, or now if that morning has not come yet."""
        return min(datetime.datetime.combine(day + datetime.timedelta(days=1), REVIEWED_AT, self.zone), self.now)

    def translated(self, model: type[models.Model], lookup: dict, texts: Mapping[str, Mapping[str, str]]):
        """The row of `model` found by `lookup` and its first text in English, else a new one; texts set, unsaved."""
        first = next(iter(texts))
        key = {build_localized_fieldname(first, KEY_LANGUAGE): texts[first][KEY_LANGUAGE]}
        row = model.objects.filter(**lookup, **key).order_by("pk").first()
        if row is None:
            kwargs = {}
            for name, values in texts.items():
                kwargs.update(translated_values(name, values, self.network.default_language))
            return model(**lookup, **kwargs)
        for name, values in texts.items():
            set_translations(row, name, values)
        return row

    def code_of_conduct(self, spec: dict) -> CodeOfConduct:
        code = CodeOfConduct.objects.for_network(self.network).filter(version=spec["version"]).first()
        if code is None:
            code = CodeOfConduct(
                network=self.network,
                version=spec["version"],
                **translated_values("title", spec["title"], self.network.default_language),
                **translated_values("text", spec["text"], self.network.default_language),
            )
        else:
            set_translations(code, "title", spec["title"])
            set_translations(code, "text", spec["text"])
        code.in_force_from = self.days_ago(spec["in_force_days_ago"])
        code.full_clean()
        code.save()
        return code

    def module(self, spec: dict) -> TrainingModule:
        texts = {"name": spec["name"], "description": spec["description"]}
        module = self.translated(TrainingModule, {"network": self.network}, texts)
        module.valid_for_months = spec["valid_for_months"]
        module.typical_hours = Decimal(str(spec["typical_hours"]))
        module.full_clean()
        module.save()
        return module

    def user(self, email: str, password_role: str, first_name: str = "", last_name: str = ""):
        user, created = get_user_model().objects.get_or_create(email=email, defaults={"username": email})
        if created:
            user.set_password(demo_password(self.network.slug, password_role))
        user.first_name, user.last_name = first_name, last_name
        user.save()
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        return user

    def staff_member(self, spec: dict):
        role = spec.get("network_role", PARTNER_ACCOUNT)
        user = self.user(spec["email"], role, spec["first_name"], spec["last_name"])
        if "network_role" in spec:
            grant_role(user, self.network, spec["network_role"])
        else:
            OrganizationMembership.objects.get_or_create(
                user=user, organization=self.organization(spec["organization"])
            )
        return user

    def organization(self, hsds_id: str) -> Organization:
        organization = Organization.objects.for_network(self.network).filter(hsds_id=hsds_id).first()
        if organization is None:
            raise DemoDataError(f"{self.network.slug}: no demo organization {hsds_id}; seed the directory first")
        return organization

    def opportunity(self, spec: dict, modules: dict[str, TrainingModule]) -> Opportunity:
        organization = self.organization(spec["organization"])
        texts = {name: spec[name] for name in OPPORTUNITY_TEXTS}
        opportunity = self.translated(Opportunity, {"network": self.network, "organization": organization}, texts)
        before = _published_state(Opportunity.objects.get(pk=opportunity.pk)) if opportunity.pk else None
        opportunity.languages_wanted = spec["languages_wanted"]
        opportunity.required_check_level = spec["required_check_level"]
        opportunity.status = Opportunity.Status.OPEN
        opportunity.required_modules.set([modules[key] for key in spec["required_modules"]])
        opportunity.full_clean()
        # Posted by a partner and approved by a moderator long ago: published, with one revision per change.
        if before is None or not opportunity.live or _published_state(opportunity) != before:
            opportunity.save()
            opportunity.save_revision().publish()
        shifts = []
        for shift in spec["shifts"]:
            day = self.shift_day(shift)
            starts_at = datetime.datetime.combine(day, datetime.time.fromisoformat(shift["starts"]), self.zone)
            ends_at = starts_at + datetime.timedelta(hours=shift["hours"])
            shifts.append(({"starts_at": starts_at}, {"ends_at": ends_at, "capacity": shift["capacity"]}))
        self.shifts[opportunity.pk] = _keep_exactly(Shift, {"opportunity": opportunity}, shifts)
        return opportunity

    def volunteer(self, spec: dict, *, code, modules, staff, opportunities) -> VolunteerProfile:
        user = self.user(spec["email"], VOLUNTEER_ACCOUNT, *spec["display_name"].split(" ", 1))
        profile = VolunteerProfile.objects.for_network(self.network).filter(user=user).first()
        profile = profile or VolunteerProfile(network=self.network, user=user)
        for name in ("display_name", "preferred_language", "languages_spoken", "availability", "areas", "skills"):
            setattr(profile, name, spec[name])
        profile.phone = "555-0100"
        profile.emergency_contact_name, profile.emergency_contact_phone = "A. Friend", "555-0199"
        profile.status = VolunteerProfile.Status.ACTIVE
        profile.supervisor = staff[spec["supervisor"]] if "supervisor" in spec else None
        profile.full_clean()
        profile.save()
        if "signed_up_days_ago" in spec:
            # The date of signing up is set once by the database; the demo's long-serving volunteer has a year.
            signed_up = datetime.datetime.combine(self.days_ago(spec["signed_up_days_ago"]), REVIEWED_AT, self.zone)
            VolunteerProfile.objects.filter(pk=profile.pk).update(created_at=signed_up)
        coordinator = staff["coordinator"]
        owner = {"volunteer": profile}
        Acknowledgement.objects.get_or_create(volunteer=profile, code_of_conduct=code)
        _keep_exactly(
            Application,
            owner,
            (
                (
                    {"opportunity": opportunities[row["opportunity"]]},
                    {
                        "status": row["status"],
                        "conditional": row.get("conditional", False),
                        "note": row.get("note", ""),
                        "motivation": row.get("motivation", ""),
                    },
                )
                for row in spec["applications"]
            ),
        )
        _keep_exactly(
            TrainingRecord,
            owner,
            (self.training_record(row, modules[row["module"]], coordinator) for row in spec.get("training", ())),
        )
        checks = [spec["check"]] if "check" in spec else []
        _keep_exactly(BackgroundCheck, owner, (self.check(row, coordinator) for row in checks))
        _keep_exactly(
            ShiftSignup,
            owner,
            (
                (
                    {"shift": self.shifts[opportunities[row["opportunity"]].pk][row["shift"]]},
                    {"status": ShiftSignup.Status.CONFIRMED, "reason": ""},
                )
                for row in spec.get("signups", ())
            ),
        )
        _keep_exactly(
            HoursEntry,
            owner,
            (self.hours(row, opportunities[row["opportunity"]]) for row in spec.get("hours", ())),
        )
        supervisor = profile.supervisor or coordinator
        _keep_exactly(
            SupervisionCheckIn,
            owner,
            (
                ({"met_on": self.days_ago(row["days_ago"])}, {"supervisor": supervisor, "note": row["note"]})
                for row in spec.get("check_ins", ())
            ),
        )
        return profile

    def training_record(self, row: dict, module: TrainingModule, coordinator) -> tuple[dict, dict]:
        if "expires_in_days" in row:
            expires_on = self.today + datetime.timedelta(days=row["expires_in_days"])
            completed_on = expires_on - relativedelta(months=module.valid_for_months)
        else:
            completed_on = self.days_ago(row["completed_days_ago"])
        verified = row["verified"]
        return (
            {"module": module},
            {
                "completed_on": completed_on,
                "hours": module.typical_hours,
                "verified_at": self.reviewed_at(completed_on) if verified else None,
                "verified_by": coordinator if verified else None,
            },
        )

    def check(self, row: dict, coordinator) -> tuple[dict, dict]:
        def day(name: str) -> datetime.date | None:
            return self.days_ago(row[name]) if name in row else None

        expires_on = self.today + datetime.timedelta(days=row["expires_in_days"]) if "expires_in_days" in row else None
        decided = bool(row.get("decision"))
        return (
            {},
            {
                "provider": "Sterling Volunteers",
                "level": row["level"],
                "status": row["status"],
                "requested_on": day("requested_days_ago"),
                "completed_on": day("completed_days_ago"),
                "expires_on": expires_on,
                "provider_reference": "",
                "decision": row.get("decision", ""),
                "decision_note": row.get("decision_note", ""),
                "decided_by": coordinator if decided else None,
                "decided_at": self.reviewed_at(day("completed_days_ago")) if decided else None,
            },
        )

    def hours(self, row: dict, opportunity: Opportunity) -> tuple[dict, dict]:
        worked_on = self.days_ago(row["days_ago"])
        approved = row["approved"]
        partner = OrganizationMembership.objects.filter(organization=opportunity.organization).first()
        return (
            {"opportunity": opportunity, "worked_on": worked_on},
            {
                "hours": Decimal(str(row["hours"])),
                "note": row.get("note", ""),
                "approved_at": self.reviewed_at(worked_on) if approved else None,
                "approved_by": partner.user if approved and partner else None,
            },
        )


def _published_state(opportunity: Opportunity) -> dict:
    """What a reader of the opportunity sees, to publish a new revision only when the file changed it."""
    fields = [field.attname for field in opportunity._meta.concrete_fields if field.name not in _NOT_CONTENT]
    state = {name: getattr(opportunity, name) for name in fields}
    state["required_modules"] = sorted(module.pk for module in opportunity.required_modules.all())
    return state


_NOT_CONTENT = frozenset(
    {
        "updated_at",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "locked",
        "locked_at",
        "locked_by",
        "go_live_at",
        "expire_at",
        "expired",
    }
)
