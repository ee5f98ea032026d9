"""Builds a large synthetic directory for the search benchmark, with bulk inserts."""

from __future__ import annotations

import random
from datetime import time

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.search.models import IndexEntry

from directory.benchmark.vocabulary import PLACES, TOPICS
from directory.models import (
    Category,
    CostOption,
    OpeningHours,
    SearchTerm,
    Service,
    ServiceLanguage,
    ServiceSearchDocument,
)
from portal.languages import SUPPORTED_LANGUAGE_CODES
from portal.models import Network, Organization
from portal.provisioning import NetworkSpec, provision_network
from portal.translated_fields import translated_values

LANGUAGES = SUPPORTED_LANGUAGE_CODES
SLUG_PREFIX = "bench-"


# Rows of the generated services, deleted in SQL: the ORM's cascade would load 50,000 services one by one.
SERVICE_CHILD_TABLES = (ServiceSearchDocument, ServiceLanguage, CostOption, OpeningHours, Service.categories.through)


@transaction.atomic
def remove_bench_networks() -> None:
    networks = list(Network.objects.filter(slug__startswith=SLUG_PREFIX).values_list("pk", flat=True))
    service_ids = "SELECT id FROM directory_service WHERE network_id = ANY(%s)"
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {IndexEntry._meta.db_table} WHERE content_type_id = %s AND object_id IN "  # noqa: S608
            f"(SELECT id::text FROM directory_service WHERE network_id = ANY(%s))",
            [ContentType.objects.get_for_model(Service).pk, networks],
        )
        for model in SERVICE_CHILD_TABLES:
            cursor.execute(f"DELETE FROM {model._meta.db_table} WHERE service_id IN ({service_ids})", [networks])  # noqa: S608
        for model in (SearchTerm, Service, Organization, Category):
            cursor.execute(f"DELETE FROM {model._meta.db_table} WHERE network_id = ANY(%s)", [networks])  # noqa: S608
    for network in Network.objects.filter(pk__in=networks):
        home = network.site.root_page
        site = network.site
        network.delete()
        site.delete()
        home.delete()


def make_network(number: int) -> Network:
    names = {code: f"Bench network {number}" for code in LANGUAGES}
    return provision_network(
        NetworkSpec(
            slug=f"{SLUG_PREFIX}{number}",
            hostname=f"bench-{number}.test",
            names=names,
            crisis_line_number="988",
            crisis_line_texts={code: "Call or text 988" for code in LANGUAGES},
            contact_email=f"bench{number}@example.org",
        )
    )


def service_texts(rng: random.Random, topic: str, number: int) -> dict[str, dict[str, str]]:
    place = rng.choice(PLACES)
    phrases = TOPICS[topic]
    pick = rng.randrange(3)
    names = {code: f"{place} {phrases[code][0][pick]} {number}" for code in LANGUAGES}
    descriptions = {code: f"{phrases[code][1]} {place}." for code in LANGUAGES}
    return {"name": names, "description": descriptions}


@transaction.atomic
def fill_network(network: Network, services: int, seed: int) -> None:
    rng = random.Random(seed)  # noqa: S311 - synthetic data, repeatable on purpose
    categories = {category.code: category for category in Category.objects.for_network(network)}
    organizations = Organization.objects.bulk_create(
        Organization(
            network=network,
            **translated_values("name", {c: f"Partner {n}" for c in LANGUAGES}, "en"),
            **translated_values("description", {c: f"Partner organization {n}." for c in LANGUAGES}, "en"),
        )
        for n in range(max(1, services // 250))
    )
    topics = list(TOPICS)
    rows = []
    for number in range(services):
        topic = topics[number % len(topics)]
        texts = service_texts(rng, topic, number)
        rows.append(
            Service(
                network=network,
                organization=organizations[number % len(organizations)],
                live=True,
                walk_in=rng.random() < 0.3,
                online=rng.random() < 0.2,
                last_verified_at=timezone.now(),
                **translated_values("name", texts["name"], "en"),
                **translated_values("description", texts["description"], "en"),
            )
        )
    created = Service.objects.bulk_create(rows, batch_size=2000)
    links = Service.categories.through
    links.objects.bulk_create(
        [links(service=s, category=categories[topics[i % len(topics)]]) for i, s in enumerate(created)],
        batch_size=5000,
    )
    ServiceLanguage.objects.bulk_create(
        [ServiceLanguage(service=s, code=rng.choice(LANGUAGES)) for s in created], batch_size=5000
    )
    CostOption.objects.bulk_create(
        [CostOption(service=s, option=rng.choice(CostOption.Option.values)) for s in created], batch_size=5000
    )
    OpeningHours.objects.bulk_create(
        [
            OpeningHours(service=s, weekday=day, opens_at=time(9), closes_at=time(17))
            for s in created[::3]
            for day in range(5)
        ],
        batch_size=5000,
    )
