"""The moderators' screen for their network's own crisis terms: before a term is saved, it shows what it catches."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from directory.models import NetworkCrisisTerm
from directory.search.crisis import normalise
from directory.search.crisis.network import MAX_SHOWN, searches_caught
from portal.admin.forms import NetworkScopedAdminForm
from portal.admin.viewsets import NetworkScopedSnippetViewSet


def _quoted(texts: list[str]) -> str:
    shown = ", ".join(f"“{text}”" for text in texts[:MAX_SHOWN])
    if len(texts) > MAX_SHOWN:
        shown += " " + gettext("and %(count)s more") % {"count": len(texts) - MAX_SHOWN}
    return shown


class NetworkCrisisTermForm(NetworkScopedAdminForm):
    save_anyway = forms.BooleanField(
        label=_("Save anyway"),
        required=False,
        help_text=_("Tick this once you have read which searches the term would turn into crisis searches."),
    )

    def clean_term(self) -> str:
        term = " ".join((self.cleaned_data.get("term") or "").split())
        if not normalise(term.replace("*", " ").replace("..", " ")):
            raise ValidationError(gettext("Write a word or a phrase."))
        return term

    def clean(self):
        cleaned = super().clean()
        term, language = cleaned.get("term"), cleaned.get("language")
        if not term or not language or self.network is None:
            return cleaned
        try:
            caught = searches_caught(self.network, language, term)
        except ValueError:
            self.add_error("term", gettext("This term cannot be read: check its brackets, “..”, “^” and “$”."))
            return cleaned
        self.caught = caught
        if any(caught.values()) and not cleaned.get("save_anyway"):
            labels = {
                "words": gettext("words in your listings"),
                "services": gettext("service names"),
                "everyday": gettext("everyday searches"),
            }
            lines = [f"{labels[source]}: {_quoted(texts)}" for source, texts in caught.items() if texts]
            self.add_error(
                "term",
                gettext(
                    "This term would also turn these searches into crisis searches (crisis line and crisis "
                    "services first). Change the term, or tick “Save anyway” to keep it. %(caught)s"
                )
                % {"caught": " · ".join(lines)},
            )
        return cleaned

    def save(self, commit=True):
        if self.instance._state.adding and self.for_user is not None and self.for_user.is_authenticated:
            self.instance.added_by = self.for_user
        return super().save(commit=commit)


class NetworkCrisisTermViewSet(NetworkScopedSnippetViewSet):
    model = NetworkCrisisTerm
    icon = "warning"
    menu_label = _("Crisis terms")
    organization_lookup = None
    base_form_class = NetworkCrisisTermForm
    panels = [FieldPanel("language"), FieldPanel("term"), FieldPanel("save_anyway")]
    list_display = ["term", "language", "added_by", "added_at"]
    list_filter = ["language"]
