"""The two demo networks, read from networks.json beside this file (demo data only)."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path

from portal import roles
from portal.provisioning import NetworkSpec

DATA_FILE = Path(__file__).with_name("networks.json")
ROLES = (roles.MODERATOR, roles.COORDINATOR, roles.PLANNER)


@dataclass(frozen=True)
class DemoNetwork:
    """A demo network's settings and its home page text, per language (a language left out shows the fallback)."""

    spec: NetworkSpec
    home_intro: dict[str, str]
    home_body: dict[str, str]


def demo_networks() -> list[DemoNetwork]:
    spec_fields = {field.name for field in fields(NetworkSpec)}
    networks = []
    for entry in json.loads(DATA_FILE.read_text(encoding="utf-8"))["networks"]:
        spec = NetworkSpec(**{key: value for key, value in entry.items() if key in spec_fields})
        networks.append(DemoNetwork(spec, entry["home_intro"], entry["home_body"]))
    return networks


def demo_password(network_slug: str, role: str) -> str:
    return f"demo-{network_slug}-{role}"


HARBOR, RIVERSIDE = (network.spec for network in demo_networks())
