"""Setting up a network: its Site, translated home page, section pages and role groups."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext, gettext_lazy
from modeltranslation.utils import build_localized_fieldname
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from directory.categories import seed_categories
from directory.models import DirectoryIndexPage
from directory.moderation import ensure_moderation_workflow
from feedback.models import ListeningSessionIndexPage
from peer_groups.models import CircleIndexPage
from portal.models import HomePage, Network, NetworkAlias
from portal.permissions import provision_partner_group, provision_role_groups
from volunteers.models import OpportunityIndexPage

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# (page class, slug, title): the sections every network has, in menu order.
SECTIONS = [
    (DirectoryIndexPage, "services", gettext_lazy("Find services")),
    (CircleIndexPage, "circles", gettext_lazy("Peer circles")),
    (OpportunityIndexPage, "volunteer", gettext_lazy("Volunteer")),
    (ListeningSessionIndexPage, "listening-sessions", gettext_lazy("Listening sessions")),
]


@dataclass
class NetworkSpec:
    """What it takes to provision a network. `names` maps language codes to the network's name."""

    slug: str
    hostname: str
    names: dict[str, str]
    crisis_line_number: str
    crisis_line_texts: dict[str, str]
    contact_email: str
    time_zone: str = "America/New_York"
    default_language: str = "en"
    enabled_languages: list[str] = field(default_factory=lambda: list(LANGUAGE_CODES))
    port: int = 80
    aliases: list[str] = field(default_factory=list)


def hostname_taken(hostname: str, except_network: Network | None = None) -> bool:
    networks = Network.objects.for_hostname(hostname)
    sites = Site.objects.filter(hostname__iexact=hostname, network__isnull=True)
    if except_network is not None:
        networks = networks.exclude(pk=except_network.pk)
    return networks.exists() or sites.exists()


def set_translations(obj, field_name: str, values: dict[str, str]) -> None:
    for code, value in values.items():
        setattr(obj, build_localized_fieldname(field_name, code), value)


def translated_kwargs(field_name: str, values: dict[str, str], default_language: str) -> dict[str, str]:
    """Constructor arguments for every translation of a field, plus its untranslated column.

    Passed to the constructor, the untranslated column is set as is; assigned later it would
    overwrite the translation of whatever language happens to be active.
    """
    kwargs = {build_localized_fieldname(field_name, code): value for code, value in values.items()}
    kwargs[field_name] = values.get(settings.LANGUAGE_CODE) or values[default_language]
    return kwargs


def validate(spec: NetworkSpec, network: Network | None = None) -> None:
    errors = {}
    if network is None and Network.objects.filter(slug=spec.slug).exists():
        errors["slug"] = gettext("A network with this slug already exists.")
    for hostname in [spec.hostname, *spec.aliases]:
        if hostname_taken(hostname, network):
            errors["hostname"] = gettext("The host name %(host)s already serves another site.") % {"host": hostname}
    default_field = spec.default_language.replace("-", "_")
    if not spec.names.get(spec.default_language):
        errors[f"name_{default_field}"] = gettext("Give the network's name in its default language.")
    if not spec.crisis_line_texts.get(spec.default_language):
        errors[f"crisis_line_text_{default_field}"] = gettext("Give the crisis line text in the default language.")
    if spec.default_language not in spec.enabled_languages:
        errors["default_language"] = gettext("The default language must be one of the enabled languages.")
    if errors:
        raise ValidationError(errors)


def page_tree_root() -> Page:
    """Wagtail's tree root, recreated (with the default locale) if the database was flushed."""
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    return root


def provision_network(spec: NetworkSpec) -> Network:
    """Create a network with its site and pages; raise ValidationError and create nothing on bad input."""
    # The untranslated columns belong to the portal's default language, whatever the caller has active.
    with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
        return _provision(spec)


def _provision(spec: NetworkSpec) -> Network:
    validate(spec)
    home = HomePage(slug=spec.slug, live=True, **translated_kwargs("title", spec.names, spec.default_language))
    page_tree_root().add_child(instance=home)
    site = Site.objects.create(hostname=spec.hostname, port=spec.port, root_page=home, site_name=home.title)
    network = Network(
        site=site,
        slug=spec.slug,
        time_zone=spec.time_zone,
        default_language=spec.default_language,
        enabled_languages=spec.enabled_languages,
        crisis_line_number=spec.crisis_line_number,
        contact_email=spec.contact_email,
        **translated_kwargs("name", spec.names, spec.default_language),
        **translated_kwargs("crisis_line_text", spec.crisis_line_texts, spec.default_language),
    )
    network.full_clean(exclude=["site"])
    network.save()
    for alias in spec.aliases:
        NetworkAlias.objects.create(network=network, hostname=alias)
    add_sections(home)
    provision_role_groups(network)
    provision_partner_group(network)
    seed_categories(network)
    ensure_moderation_workflow()
    return network


def add_sections(home: HomePage, refresh_titles: bool = False) -> None:
    """Add the section pages a network's feature apps hang off, titled in every language.

    With `refresh_titles`, existing sections get their titles from the current translations again.
    """
    existing = {type(page): page for page in home.get_children().specific()}
    for page_class, slug, title in SECTIONS:
        titles = {}
        for code in LANGUAGE_CODES:
            with translation.override(code):
                titles[code] = str(title)
        section = existing.get(page_class)
        if section is None:
            section = page_class(slug=slug, live=True, show_in_menus=True, **translated_kwargs("title", titles, "en"))
            home.add_child(instance=section)
        elif refresh_titles:
            set_translations(section, "title", titles)
            section.save_revision().publish()
