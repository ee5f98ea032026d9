"""Setting up a network: its Site, translated home page, every feature's section, role groups and moderation."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from portal import features
from portal.languages import SUPPORTED_LANGUAGE_CODES, field_suffix
from portal.models import HomePage, Network, NetworkAlias
from portal.moderation import ensure_moderation_workflow
from portal.permissions import provision_partner_group, provision_role_groups
from portal.translated_fields import set_translations, translated_values


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
    enabled_languages: list[str] = field(default_factory=lambda: list(SUPPORTED_LANGUAGE_CODES))
    port: int = 80
    aliases: list[str] = field(default_factory=list)


def hostname_taken(hostname: str, except_network: Network | None = None) -> bool:
    networks = Network.objects.for_hostname(hostname)
    sites = Site.objects.filter(hostname__iexact=hostname, network__isnull=True)
    if except_network is not None:
        networks = networks.exclude(pk=except_network.pk)
    return networks.exists() or sites.exists()


def validate(spec: NetworkSpec, network: Network | None = None) -> None:
    errors = {}
    if network is None and Network.objects.filter(slug=spec.slug).exists():
        errors["slug"] = gettext("A network with this slug already exists.")
    for hostname in [spec.hostname, *spec.aliases]:
        if hostname_taken(hostname, network):
            errors["hostname"] = gettext("The host name %(host)s already serves another site.") % {"host": hostname}
    default_field = field_suffix(spec.default_language)
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
    home = HomePage(slug=spec.slug, live=True, **translated_values("title", spec.names, spec.default_language))
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
        **translated_values("name", spec.names, spec.default_language),
        **translated_values("crisis_line_text", spec.crisis_line_texts, spec.default_language),
    )
    network.full_clean(exclude=["site"])
    network.save()
    for alias in spec.aliases:
        NetworkAlias.objects.create(network=network, hostname=alias)
    add_sections(home)
    provision_role_groups(network)
    provision_partner_group(network)
    for provision_feature in features.network_provisioners():
        provision_feature(network)
    ensure_moderation_workflow()
    return network


def section_titles(section: features.Section) -> dict[str, str]:
    """A section's title in every portal language, from the translation catalogues."""
    titles = {}
    for code in SUPPORTED_LANGUAGE_CODES:
        with translation.override(code):
            titles[code] = str(section.title)
    return titles


def add_sections(home: HomePage, refresh_titles: bool = False) -> None:
    """Add the section page of every feature to a network's home page, titled in every language.

    With `refresh_titles`, existing sections get their titles from the current translations again.
    """
    existing = {type(page): page for page in home.get_children().specific()}
    for page_class, section in features.sections():
        titles = section_titles(section)
        page = existing.get(page_class)
        if page is None:
            page = page_class(
                slug=section.slug,
                live=True,
                show_in_menus=True,
                **translated_values("title", titles, settings.LANGUAGE_CODE),
            )
            home.add_child(instance=page)
        elif refresh_titles:
            set_translations(page, "title", titles)
            page.save_revision().publish()
