"""A volunteer's data rights in one network: everything stored about them, exported whole, or erased.

What is exported, kept and erased is set out in docs/volunteer-data-retention.md; keep the two in step.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models.functions import Cast
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, PageLogEntry

from volunteers.models import BackgroundCheck, CheckLevel, VolunteerProfile

EXPORT_FORMAT_VERSION = 1
# Stored in place of the name in audit-log labels and data; the log itself is language-neutral data.
ERASED_NAME = "[erased volunteer]"
ERASED_LABEL = "[erased volunteer record]"
ERASE_RECORD_ACTION = "volunteers.erase_record"


def _day(value):
    return value.isoformat() if value else None


def _moment(value):
    return value.isoformat() if value else None


def _check_row(check: BackgroundCheck) -> dict:
    # Not the provider's reference (a key to the provider's own file) nor the coordinator's reasons: see the docs.
    return {
        "provider": check.provider,
        "level": str(CheckLevel(check.level).label),
        "status": check.status,
        "requested_on": _day(check.requested_on),
        "completed_on": _day(check.completed_on),
        "expires_on": _day(check.expires_on),
        "decision": check.decision or None,
        "decided_at": _moment(check.decided_at),
    }


def export_volunteer(volunteer: VolunteerProfile) -> dict:
    """Everything stored about `volunteer` in their network, as JSON-ready data (file names, not file bytes)."""
    return {
        "format_version": EXPORT_FORMAT_VERSION,
        "network": volunteer.network.name,
        "profile": {
            "name": volunteer.display_name,
            "phone": volunteer.phone,
            "preferred_language": volunteer.preferred_language,
            "languages_spoken": volunteer.languages_spoken,
            "availability": volunteer.availability,
            "areas": volunteer.areas,
            "skills": volunteer.skills,
            "emergency_contact_name": volunteer.emergency_contact_name,
            "emergency_contact_phone": volunteer.emergency_contact_phone,
            "status": volunteer.status,
            "has_supervisor": volunteer.supervisor_id is not None,
            "signed_up_at": _moment(volunteer.created_at),
        },
        "acknowledgements": [
            {
                "code_of_conduct_version": ack.code_of_conduct.version,
                "code_of_conduct_title": ack.code_of_conduct.title,
                "acknowledged_at": _moment(ack.acknowledged_at),
            }
            for ack in volunteer.acknowledgements.select_related("code_of_conduct").order_by("acknowledged_at")
        ],
        "applications": [
            {
                "opportunity": application.opportunity.title,
                "organization": application.opportunity.organization.name,
                "status": application.status,
                "conditional": application.conditional,
                "motivation": application.motivation,
                "note": application.note,
                "applied_at": _moment(application.created_at),
                "last_changed_at": _moment(application.updated_at),
            }
            for application in volunteer.applications.select_related("opportunity__organization").order_by("pk")
        ],
        "training_records": [
            {
                "module": record.module.name,
                "completed_on": _day(record.completed_on),
                "hours": str(record.hours),
                "expires_on": _day(record.expires_on),
                "verified_at": _moment(record.verified_at),
                "evidence_file": PurePath(record.evidence.name).name if record.evidence else None,
            }
            for record in volunteer.training_records.select_related("module").order_by("completed_on", "pk")
        ],
        "hours": [
            {
                "date": _day(entry.worked_on),
                "opportunity": entry.opportunity.title,
                "hours": str(entry.hours),
                "note": entry.note,
                "approved_at": _moment(entry.approved_at),
            }
            for entry in volunteer.hours_entries.select_related("opportunity").order_by("worked_on", "pk")
        ],
        "supervision_check_ins": [
            {"met_on": _day(check_in.met_on), "note": check_in.note}
            for check_in in volunteer.supervision_check_ins.order_by("met_on", "pk")
        ],
        "shift_signups": [
            {
                "opportunity": signup.shift.opportunity.title,
                "starts_at": _moment(signup.shift.starts_at),
                "ends_at": _moment(signup.shift.ends_at),
                "status": signup.status,
                "reason": signup.reason,
            }
            for signup in volunteer.shift_signups.select_related("shift__opportunity").order_by("shift__starts_at")
        ],
        "background_checks": [_check_row(check) for check in volunteer.background_checks.order_by("pk")],
        "reminders_sent": [
            {
                "about": reminder.subject,
                "expires_on": _day(reminder.expires_on),
                "threshold": reminder.threshold,
                "sent_at": _moment(reminder.sent_at),
            }
            for reminder in volunteer.reminders_sent.order_by("sent_at", "pk")
        ],
    }


def _records_of(volunteer: VolunteerProfile) -> dict[type[models.Model], list[str]]:
    """The profile and every row of a volunteers model that points at it, by model: what the audit log may name."""
    found: dict[type[models.Model], list[str]] = {VolunteerProfile: [str(volunteer.pk)]}
    for related in VolunteerProfile._meta.related_objects:
        model = related.related_model
        if model._meta.app_label != "volunteers" or not related.many_to_one:
            continue
        ids = model._default_manager.filter(**{related.field.name: volunteer}).values_list("pk", flat=True)
        found.setdefault(model, []).extend(str(pk) for pk in ids)
    return found


def _scrub(value, pattern: re.Pattern):
    """`value` (JSON data) with every occurrence of the name replaced."""
    if isinstance(value, str):
        return pattern.sub(ERASED_NAME, value)
    if isinstance(value, list):
        return [_scrub(item, pattern) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, pattern) for key, item in value.items()}
    return value


def _scrub_audit_log(volunteer: VolunteerProfile) -> int:
    """Neutral labels for log entries of the volunteer's records; the name taken out of every other entry.

    The entries stay (who did what, when); only the volunteer's name goes. Returns how many entries changed.
    """
    name = volunteer.display_name.strip()
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)") if name else None
    own_keys: set[tuple[int, str]] = set()
    own = models.Q(pk__in=[])
    for model, ids in _records_of(volunteer).items():
        content_type_id = ContentType.objects.get_for_model(model).pk
        own_keys.update((content_type_id, pk) for pk in ids)
        own |= models.Q(content_type_id=content_type_id, object_id__in=ids)
    changed = 0
    for log_model in (ModelLogEntry, PageLogEntry):
        wanted = own if log_model is ModelLogEntry else models.Q(pk__in=[])
        if pattern:
            database_pattern = rf"(^|\W){re.escape(name)}($|\W)"
            wanted |= models.Q(label__regex=database_pattern) | models.Q(data_text__regex=database_pattern)
        entries = log_model.objects.annotate(data_text=Cast("data", models.TextField())).filter(wanted)
        for entry in entries:
            if log_model is ModelLogEntry and (entry.content_type_id, entry.object_id) in own_keys:
                entry.label = ERASED_LABEL
            elif pattern:
                entry.label = pattern.sub(ERASED_NAME, entry.label)
            if pattern:
                entry.data = _scrub(entry.data, pattern)
            entry.save(update_fields=["label", "data"])
            changed += 1
    return changed


def erase_volunteer(volunteer: VolunteerProfile) -> None:
    """Erase `volunteer`'s profile in their network and everything hanging off it, their evidence files and their
    name in the audit log. Files go once the database change is committed, so a failure leaves nothing half-done.
    """
    files = [
        (record.evidence.storage, record.evidence.name)
        for record in volunteer.training_records.exclude(evidence="")
        if record.evidence
    ]
    network = volunteer.network
    with transaction.atomic():
        _scrub_audit_log(volunteer)
        # Every record of the volunteer hangs off the profile with on_delete=CASCADE.
        _total, deleted = volunteer.delete()
        # That an erasure happened, and how much it removed, stays on record; who it was does not.
        counts = {label.rsplit(".", 1)[-1].lower(): count for label, count in deleted.items()}
        log(network, ERASE_RECORD_ACTION, user=None, data={"records": counts, "evidence_files": len(files)})
        transaction.on_commit(lambda: _delete_files(files))


def _delete_files(files) -> None:
    for storage, name in files:
        storage.delete(name)
