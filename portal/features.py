"""How a feature app declares itself to the platform, and how the platform reads what was declared.

A feature's AppConfig subclasses `FeatureConfig` and fills in what it brings: its section of every network's
site, the model permissions each role and partner staff hold, what is moderated, what runs when a network is
created and when the demo is seeded, and the URLs it serves outside the pages. The platform iterates these
declarations and imports no feature itself. Admin menus come from each feature's own `wagtail_hooks.py`, which
Wagtail discovers by itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from django.apps import AppConfig, apps
from django.db import models
from django.utils.functional import Promise
from django.utils.module_loading import import_string


@dataclass(frozen=True)
class Section:
    """A section page every network gets, titled in every language, that the feature hangs its pages off."""

    page_model: str
    slug: str
    title: Promise
    menu_order: int
    # Module of URL patterns served below the section page (views take the request and the page).
    urlconf: str | None = None


class FeatureConfig(AppConfig):
    """An app that plugs into the platform. Callables are dotted paths: apps.py loads before any model."""

    section: Section | None = None
    # NetworkRole role value -> model permissions ("app_label.codename") its network group holds.
    role_permissions: Mapping[str, tuple[str, ...]] = {}
    # Model permissions partner staff hold; rows are limited to their own organizations by the scoped admin.
    partner_permissions: tuple[str, ...] = ()
    # Models ("app_label.Model") whose partner edits wait for the network's moderators.
    moderated_models: tuple[str, ...] = ()
    # callable(network): run inside the transaction that creates a network.
    network_provisioner: str | None = None
    # callable(network) -> dict of counts: loads the feature's demo data into a demo network.
    demo_seeder: str | None = None
    # (path prefix, urlconf module) served outside the language prefixes, such as an API.
    unprefixed_urls: tuple[str, str] | None = None
    # callable(): prepared when a web server process starts, so that no visitor's first request waits for it.
    warm_up: str | None = None


def features() -> list[FeatureConfig]:
    """Every installed feature, in INSTALLED_APPS order."""
    return [config for config in apps.get_app_configs() if isinstance(config, FeatureConfig)]


def sections() -> list[tuple[type[models.Model], Section]]:
    """(page class, section) of every feature that has a section, in menu order."""
    declared = [feature.section for feature in features() if feature.section is not None]
    return [(apps.get_model(section.page_model), section) for section in sorted(declared, key=lambda s: s.menu_order)]


def section_of(page_class: type[models.Model]) -> Section | None:
    """The section a page class is declared as, if any."""
    label = page_class._meta.label
    return next((section for section in _declared_sections() if section.page_model == label), None)


def _declared_sections() -> list[Section]:
    return [feature.section for feature in features() if feature.section is not None]


def role_permissions(role: str) -> list[str]:
    return [label for feature in features() for label in feature.role_permissions.get(role, ())]


def partner_permissions() -> list[str]:
    return [label for feature in features() for label in feature.partner_permissions]


def moderated_models() -> list[type[models.Model]]:
    return [apps.get_model(label) for feature in features() for label in feature.moderated_models]


def network_provisioners() -> list[Callable]:
    return [import_string(feature.network_provisioner) for feature in features() if feature.network_provisioner]


def demo_seeders() -> list[tuple[str, Callable]]:
    """(app label, seeder) of every feature that has demo data."""
    return [(feature.label, import_string(feature.demo_seeder)) for feature in features() if feature.demo_seeder]


def warm_up() -> None:
    """Run every feature's start-up preparation (the web server calls this once a process)."""
    for feature in features():
        if feature.warm_up:
            import_string(feature.warm_up)()


def unprefixed_urls() -> list[tuple[str, str]]:
    return [feature.unprefixed_urls for feature in features() if feature.unprefixed_urls]
