"""A web server process builds the crisis phrase lists when it starts, not on a person's first search."""

import importlib
import sys

from directory.search import is_crisis_query
from directory.search.crisis.matching import matcher_of


def test_starting_the_web_application_compiles_the_crisis_lists():
    matcher_of.cache_clear()
    assert matcher_of.cache_info().currsize == 0

    if "portal.wsgi" in sys.modules:
        importlib.reload(sys.modules["portal.wsgi"])
    else:
        importlib.import_module("portal.wsgi")

    assert matcher_of.cache_info().currsize == 1
    misses = matcher_of.cache_info().misses
    assert is_crisis_query("quiero morir")
    # The first search found the lists built.
    assert matcher_of.cache_info().misses == misses
