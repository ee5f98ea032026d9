"""Audit-log actions of the volunteer's own records: a coordinator opening a training's evidence file, an erasure."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from volunteers.erasure import ERASE_RECORD_ACTION

OPEN_EVIDENCE_ACTION = "volunteers.open_evidence"


@hooks.register("register_log_actions")
def register_records_log_actions(actions):
    actions.register_action(OPEN_EVIDENCE_ACTION, _("Open evidence"), _("Opened the evidence file of a training"))
    actions.register_action(
        ERASE_RECORD_ACTION, _("Erase volunteer record"), _("A volunteer erased their record in this network")
    )
