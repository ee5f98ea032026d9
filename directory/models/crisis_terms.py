"""Words a network's moderators add to the built-in crisis lists, for how people there say it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.tenancy import NetworkScopedQuerySet


class NetworkCrisisTerm(models.Model):
    """A word or phrasing that makes a search of this network a crisis search (crisis line and services first)."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    term = models.CharField(
        _("words"),
        max_length=200,
        help_text=_(
            "As people type it, such as “want to disappear”. Whole words match, in any case and with or without "
            "accents. A word ending in * matches any ending (overdos*); “..” stands for up to three other words."
        ),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("added by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    objects = NetworkScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("crisis term")
        verbose_name_plural = _("crisis terms")
        ordering = ["language", "term"]
        constraints = [
            models.UniqueConstraint(fields=["network", "language", "term"], name="unique_network_crisis_term"),
        ]

    def __str__(self) -> str:
        return self.term
