"""Volunteering's admin screens register their own hooks in these modules."""

from volunteers.admin import coordinator_screens, partner_screens, records  # noqa: F401
