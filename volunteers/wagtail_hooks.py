"""Volunteering's admin: the menu and its screens, and the hooks each side registers."""

from volunteers.admin import coordinator_screens, menu, partner_screens, records  # noqa: F401
