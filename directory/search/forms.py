"""The search page's GET form: one box for words, then filters; it turns a query string into SearchFilters."""

from __future__ import annotations

from django import forms
from django.core.cache import cache
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from directory.models import Category, CostOption, Place, ServiceLanguage
from directory.search.query import MAX_QUERY_LENGTH, SearchFilters
from portal.languages import language_name
from portal.models import Network

DISTANCE_CHOICES = [("", _("Any distance")), ("2", _("2 km")), ("5", _("5 km")), ("10", _("10 km")), ("25", _("25 km"))]
COST_CHOICES = [(value, label) for value, label in CostOption.Option.choices if value != CostOption.Option.FEE]


SPOKEN_LANGUAGES_TIMEOUT = 300


def search_words(text: str) -> str:
    """The reader's words as searched: single spaces, and no NUL bytes (PostgreSQL refuses them in text)."""
    return " ".join(text.replace("\x00", " ").split())


class SearchWordsField(forms.CharField):
    """Free text cut to MAX_QUERY_LENGTH characters: an overlong search still searches (the page says it was cut)."""

    def to_python(self, value) -> str:
        return search_words(super().to_python(value))[:MAX_QUERY_LENGTH].rstrip()


def spoken_languages_key(network_id: int) -> str:
    return f"directory:spoken-languages:{network_id}"


def spoken_languages(network: Network) -> list[str]:
    """Codes of the languages some service of `network` is offered in (cached; edits clear it)."""

    def codes() -> list[str]:
        spoken = ServiceLanguage.objects.filter(service__network=network).values_list("code", flat=True)
        return sorted(set(spoken.distinct()))

    return cache.get_or_set(spoken_languages_key(network.pk), codes, SPOKEN_LANGUAGES_TIMEOUT)


class ServiceSearchForm(forms.Form):
    q = SearchWordsField(label=_("What help are you looking for?"), required=False)
    category = forms.ChoiceField(label=_("Kind of help"), required=False)
    language = forms.MultipleChoiceField(
        label=_("Language spoken"), required=False, widget=forms.CheckboxSelectMultiple
    )
    cost = forms.MultipleChoiceField(
        label=_("Cost"), required=False, choices=COST_CHOICES, widget=forms.CheckboxSelectMultiple
    )
    age = forms.IntegerField(label=_("Age of the person who needs help"), required=False, min_value=0, max_value=120)
    open_now = forms.BooleanField(label=_("Open now"), required=False)
    walk_in = forms.BooleanField(label=_("Walk-in welcome"), required=False)
    online = forms.BooleanField(label=_("Online or telehealth"), required=False)
    wheelchair = forms.BooleanField(label=_("Wheelchair accessible"), required=False)
    place = forms.ModelChoiceField(
        label=_("Near (postcode or neighbourhood)"), required=False, queryset=Place.objects.none()
    )
    within = forms.ChoiceField(label=_("Within"), required=False, choices=DISTANCE_CHOICES)
    lat = forms.FloatField(required=False, min_value=-90, max_value=90, widget=forms.HiddenInput)
    lon = forms.FloatField(required=False, min_value=-180, max_value=180, widget=forms.HiddenInput)

    def __init__(self, *args, network: Network, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = network
        categories = Category.objects.for_network(network).select_related("parent")
        self.categories = list(categories)
        self.fields["category"].choices = [("", _("Any kind of help"))] + [
            (category.code, f"– {category.name}" if category.parent_id else category.name)
            for category in _tree_order(self.categories)
        ]
        codes = spoken_languages(network)
        self.fields["language"].choices = sorted(((code, language_name(code)) for code in codes), key=lambda c: c[1])
        self.fields["place"].queryset = Place.objects.for_network(network)
        self.fields["place"].empty_label = gettext("Anywhere")

    def filters(self) -> SearchFilters:
        """The filters this (valid) form asks for; invalid parts are ignored, not fatal."""
        self.is_valid()
        data = self.cleaned_data  # holds the valid fields even when another one is invalid
        within = data.get("within")
        return SearchFilters(
            category=data.get("category") or "",
            languages=data.get("language") or [],
            costs=data.get("cost") or [],
            age=data.get("age"),
            wheelchair=bool(data.get("wheelchair")),
            open_now=bool(data.get("open_now")),
            walk_in=bool(data.get("walk_in")),
            online=bool(data.get("online")),
            place=data.get("place"),
            latitude=data.get("lat"),
            longitude=data.get("lon"),
            within_km=float(within) if within else None,
        )

    @property
    def query(self) -> str:
        self.is_valid()
        return self.cleaned_data.get("q") or ""

    @property
    def typed_query(self) -> str:
        """All of the reader's words, before the cut to MAX_QUERY_LENGTH: what crisis words are looked for in."""
        return search_words(self.data.get("q") or "")

    @property
    def query_truncated(self) -> bool:
        """Whether the reader's words were longer than the search takes (only the first ones were searched)."""
        return len(self.typed_query) > MAX_QUERY_LENGTH


def _tree_order(categories: list[Category]) -> list[Category]:
    children: dict[int | None, list[Category]] = {}
    for category in categories:
        children.setdefault(category.parent_id, []).append(category)
    ordered: list[Category] = []

    def walk(parent_id: int | None) -> None:
        for category in children.get(parent_id, []):
            ordered.append(category)
            walk(category.pk)

    walk(None)
    return ordered


def facet_choices(form: ServiceSearchForm, facets) -> dict:
    """The choices worth offering, with how many results each would keep: a value matching nothing is left
    out unless the reader chose it (so it can be unchosen). `chosen` counts the filters in force."""
    data = {}
    if form.is_bound:
        form.is_valid()
        data = form.cleaned_data

    def options(name: str, counts: dict) -> list[dict]:
        chosen = data.get(name) or []
        chosen = chosen if isinstance(chosen, list) else [chosen]
        offered = [
            {"value": value, "label": label, "count": counts.get(value, 0), "selected": value in chosen}
            for value, label in form.fields[name].choices
            if value
        ]
        return [option for option in offered if option["count"] or option["selected"]]

    flags = [
        {"name": name, "label": form.fields[name].label, "count": facets.flags.get(name, 0), "checked": data.get(name)}
        for name in ("open_now", "walk_in", "online", "wheelchair")
    ]
    choices = {
        "category": options("category", facets.categories),
        "language": options("language", facets.languages),
        "cost": options("cost", facets.costs),
        "flags": [flag for flag in flags if flag["count"] or flag["checked"]],
    }
    # A closed "Filters" disclosure on a phone must still say that filters narrow the results.
    selected = [option for facet in ("category", "language", "cost") for option in choices[facet] if option["selected"]]
    checked = [flag for flag in choices["flags"] if flag["checked"]]
    near = data.get("place") is not None or data.get("lat") is not None  # a radius counts with its place
    choices["chosen"] = len(selected) + len(checked) + (data.get("age") is not None) + near
    return choices
