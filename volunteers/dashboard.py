"""The coordinator's counts and lists: applicants, readiness, expiries, hours, supervision. Days follow the network."""

from __future__ import annotations

import datetime
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.translation import gettext as _

from portal.models import Network
from volunteers.models import BackgroundCheck


def network_today(network: Network) -> datetime.date:
    """Today in the network's time zone."""
    return timezone.localdate(timezone=ZoneInfo(network.time_zone))


def check_is_expired(check: BackgroundCheck, today: datetime.date) -> bool:
    """Expired from its expiry date on (the requirements engine's rule), whatever status was last recorded."""
    return check.status == BackgroundCheck.Status.EXPIRED or (
        check.expires_on is not None and check.expires_on <= today
    )


def check_status_shown(check: BackgroundCheck, today: datetime.date) -> str:
    """The status a coordinator reads: a check past its expiry date reads "Expired"."""
    if check_is_expired(check, today):
        return str(BackgroundCheck.Status.EXPIRED.label)
    return check.get_status_display() or _("Unknown")
