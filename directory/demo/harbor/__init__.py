"""Harbor City's demo directory (English first, all five languages)."""

from directory.demo.harbor import (
    basic_needs,
    counseling,
    crisis,
    housing,
    legal_work_family,
    peer_support,
    treatment,
)
from directory.demo.harbor.organizations import LOCATIONS, ORGANIZATIONS, PLACES
from directory.demo.records import NetworkDirectory

DIRECTORY = NetworkDirectory(
    city="Harbor City",
    state="CA",
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
