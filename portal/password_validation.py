"""Password rules whose messages every portal language can read."""

from django.contrib.auth import password_validation
from django.utils.translation import gettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    """Django's length rule with the portal's own wording.

    Django 5.2 reworded its message ("%d" for "%(min_length)d") and the Vietnamese, Chinese and Arabic catalogs
    it ships still translate only the old wording, so those readers saw the rule in English.
    """

    def get_error_message(self) -> str:
        return gettext("This password is too short: it must have at least %(min_length)d characters.") % {
            "min_length": self.min_length
        }

    def get_help_text(self) -> str:
        return gettext("Your password must have at least %(min_length)d characters.") % {"min_length": self.min_length}
