"""Fixtures shared by every app's tests (loaded with `-p tests.fixtures`).

pytest loads this plugin before pytest-django sets Django up, so Django and project modules are imported inside
the fixtures, once the settings are ready.
"""

import pytest

from tests import hypothesis_profiles  # noqa: F401 (registers and loads the suite's Hypothesis profiles)

NETWORK_A_HOST = "alpha.test"
NETWORK_B_HOST = "beta.test"


@pytest.fixture(autouse=True)
def _portal_language():
    """Each test starts in the portal's default language; a request in one test never leaks into the next."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def network_a(db):
    from portal.tests.factories import make_network

    return make_network("alpha", NETWORK_A_HOST, aliases=["alpha-alias.test"])


@pytest.fixture
def network_b(db):
    from portal.tests.factories import make_network

    return make_network("beta", NETWORK_B_HOST, languages=("en", "es", "vi"), default="es")


@pytest.fixture
def two_networks(network_a, network_b):
    return network_a, network_b


@pytest.fixture
def client_for():
    """A test client whose requests go to `network`'s host name."""
    from django.test import Client

    def build(network, **kwargs):
        return Client(HTTP_HOST=network.site.hostname, **kwargs)

    return build
