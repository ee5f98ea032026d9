"""Listening sessions, as they plug into the platform."""

from django.utils.translation import gettext_lazy as _

# The module, not its classes: Django picks the one AppConfig subclass this module defines.
from portal import features


class FeedbackConfig(features.FeatureConfig):
    name = "feedback"
    verbose_name = _("Listening sessions")

    section = features.Section("feedback.ListeningSessionIndexPage", "listening-sessions", _("Listening sessions"), 40)
