"""Words a network's readers use for the same thing, per language, kept by its moderators for the search."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from portal.languages import LANGUAGES
from portal.tenancy import NetworkScopedQuerySet

MAX_TERMS = 20
MAX_TERM_LENGTH = 60


def split_terms(text: str) -> list[str]:
    """The distinct words or phrases of `text` (whatever their case), one per line or between commas."""
    terms = (" ".join(part.split()) for line in text.splitlines() for part in line.split(","))
    distinct: dict[str, str] = {}
    for term in terms:
        if term:
            distinct.setdefault(term.casefold(), term)
    return list(distinct.values())


class SearchSynonymSet(models.Model):
    """Equivalent words or phrases in one language: a search for any of them also finds the others."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10, choices=LANGUAGES)
    terms = models.TextField(
        _("words and phrases"),
        help_text=_("One word or phrase per line, for example: detox, withdrawal management."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = NetworkScopedQuerySet.as_manager()

    panels = [FieldPanel("language"), FieldPanel("terms")]

    class Meta:
        verbose_name = _("search synonyms")
        verbose_name_plural = _("search synonyms")
        ordering = ["language", "terms"]

    def __str__(self) -> str:
        return ", ".join(self.term_list())

    def term_list(self) -> list[str]:
        return split_terms(self.terms)

    def clean(self) -> None:
        terms = split_terms(self.terms or "")
        if any(not term.isprintable() for term in terms):
            raise ValidationError({"terms": _("Use letters, numbers and spaces only.")})
        if len({term.casefold() for term in terms}) < 2:
            raise ValidationError({"terms": _("Give at least two words or phrases that mean the same.")})
        if len(terms) > MAX_TERMS:
            raise ValidationError({"terms": _("Give at most %(count)d words or phrases.") % {"count": MAX_TERMS}})
        if any(len(term) > MAX_TERM_LENGTH for term in terms):
            raise ValidationError(
                {"terms": _("Each word or phrase can be at most %(count)d characters.") % {"count": MAX_TERM_LENGTH}}
            )
        self.terms = "\n".join(terms)
