"""Riverside County's demo directory (Spanish first, all five languages)."""

from directory.demo.records import NetworkDirectory
from directory.demo.riverside import (
    basic_needs,
    counseling,
    crisis,
    housing,
    legal_work_family,
    peer_support,
    treatment,
)
from directory.demo.riverside.organizations import LOCATIONS, ORGANIZATIONS, PLACES

DIRECTORY = NetworkDirectory(
    city="Riverside",
    state="TX",
    organizations=ORGANIZATIONS,
    locations=LOCATIONS,
    services=[
        *crisis.SERVICES,
        *counseling.SERVICES,
        *treatment.SERVICES,
        *peer_support.SERVICES,
        *housing.SERVICES,
        *basic_needs.SERVICES,
        *legal_work_family.SERVICES,
    ],
    places=PLACES,
)
