"""The requirements engine: what an opportunity asks of a volunteer, and whether they meet it on a given day.

The one place placement rules live. An opportunity requires training modules and a background-check level;
every opportunity requires the network's code of conduct in force to be acknowledged. A volunteer is
placeable on a day only while every requirement is met and unexpired that day. Records count once per
network: a verified training or a check serves every partner's opportunities there.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from volunteers.models import (
    BackgroundCheck,
    CheckLevel,
    CodeOfConduct,
    Opportunity,
    TrainingRecord,
    VolunteerProfile,
)


@dataclass(frozen=True)
class Requirement:
    """One thing an opportunity asks for, and where the volunteer stands with it."""

    kind: str  # "code of conduct", "training" or "check"
    label: str
    met: bool
    status: str  # what a volunteer reads: done, missing, waiting for verification, expired...
    expires_on: datetime.date | None = None


@dataclass
class Readiness:
    opportunity: Opportunity
    on: datetime.date
    requirements: list[Requirement] = field(default_factory=list)

    @property
    def placeable(self) -> bool:
        return all(requirement.met for requirement in self.requirements)

    @property
    def missing(self) -> list[Requirement]:
        return [requirement for requirement in self.requirements if not requirement.met]

    @property
    def next_expiry(self) -> datetime.date | None:
        dates = [r.expires_on for r in self.requirements if r.met and r.expires_on]
        return min(dates, default=None)

    def refusal(self) -> str:
        """Why a placement or shift signup is refused, in the reader's language; empty when placeable."""
        if self.placeable:
            return ""
        missing = "; ".join(f"{r.label}: {r.status}" for r in self.missing)
        return _("Not yet possible: first %(missing)s.") % {"missing": missing}


@dataclass
class VolunteerRecords:
    """What a volunteer has done, read in three queries, to judge any number of opportunities."""

    volunteer: VolunteerProfile
    training: list[TrainingRecord]
    checks: list[BackgroundCheck]
    code_of_conduct: CodeOfConduct | None
    acknowledged: bool

    @classmethod
    def load(cls, volunteer: VolunteerProfile) -> VolunteerRecords:
        code = CodeOfConduct.current(volunteer.network)
        return cls(
            volunteer=volunteer,
            training=list(volunteer.training_records.select_related("module").order_by("-completed_on")),
            checks=list(volunteer.background_checks.order_by("-pk")),
            code_of_conduct=code,
            acknowledged=code is not None and volunteer.acknowledgements.filter(code_of_conduct=code).exists(),
        )


def _expiry_text(expires_on: datetime.date | None) -> str:
    return date_format(expires_on, "DATE_FORMAT") if expires_on else ""


def code_of_conduct_requirement(records: VolunteerRecords) -> Requirement | None:
    code = records.code_of_conduct
    if code is None:
        return None
    label = _("Code of conduct and confidentiality agreement (version %(version)s)") % {"version": code.version}
    if records.acknowledged:
        return Requirement("code of conduct", label, True, _("Acknowledged"))
    return Requirement("code of conduct", label, False, _("Read and acknowledge it"))


def training_requirement(records: VolunteerRecords, module, on: datetime.date) -> Requirement:
    done = [r for r in records.training if r.module_id == module.pk and r.completed_on <= on]
    valid = [r for r in done if r.expires_on is None or on < r.expires_on]
    verified = [r for r in valid if r.is_verified]
    if verified:
        best = max(verified, key=lambda r: r.expires_on or datetime.date.max)
        return Requirement("training", module.name, True, _("Done"), best.expires_on)
    if valid:
        return Requirement("training", module.name, False, _("Logged, waiting for a coordinator to verify it"))
    if done:
        expired_on = max(r.expires_on for r in done)
        return Requirement(
            "training",
            module.name,
            False,
            _("Expired on %(date)s: take it again") % {"date": _expiry_text(expired_on)},
            expired_on,
        )
    return Requirement("training", module.name, False, _("Not done yet"))


def check_requirement(records: VolunteerRecords, level: int, on: datetime.date) -> Requirement:
    label = _("Background check: %(level)s") % {"level": CheckLevel(level).label}
    checks = [c for c in records.checks if c.level >= level]
    for check in checks:
        if check.allows_placement and (check.expires_on is None or on < check.expires_on):
            return Requirement("check", label, True, _("Clear"), check.expires_on)
    if not checks:
        return Requirement("check", label, False, _("Not started: a coordinator will arrange it"))
    latest = checks[0]
    if latest.allows_placement or latest.status == BackgroundCheck.Status.EXPIRED:
        return Requirement("check", label, False, _("Expired: a coordinator will arrange a new one"), latest.expires_on)
    if latest.status == BackgroundCheck.Status.NEEDS_REVIEW and not latest.decision:
        return Requirement("check", label, False, _("Being reviewed by a coordinator"))
    if latest.decision == BackgroundCheck.Decision.DO_NOT_PROCEED:
        return Requirement("check", label, False, _("A coordinator will talk with you about this role"))
    return Requirement("check", label, False, _("Requested, waiting for the result"))


def readiness(records: VolunteerRecords, opportunity: Opportunity, on: datetime.date) -> Readiness:
    """Where the volunteer stands with every requirement of the opportunity on the day `on`.

    The opportunity's `required_modules` should be prefetched when judging many.
    """
    result = Readiness(opportunity, on)
    code = code_of_conduct_requirement(records)
    if code:
        result.requirements.append(code)
    for module in opportunity.required_modules.all():
        result.requirements.append(training_requirement(records, module, on))
    if opportunity.required_check_level:
        result.requirements.append(check_requirement(records, opportunity.required_check_level, on))
    return result


def readiness_for(
    volunteer: VolunteerProfile, opportunities: Iterable[Opportunity], on: datetime.date
) -> list[Readiness]:
    records = VolunteerRecords.load(volunteer)
    return [readiness(records, opportunity, on) for opportunity in opportunities]


def placeable(volunteer: VolunteerProfile, opportunity: Opportunity, on: datetime.date) -> Readiness:
    return readiness(VolunteerRecords.load(volunteer), opportunity, on)
