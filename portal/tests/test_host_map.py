"""The host map: no query to find a warm request's network, and every change seen in this process and others."""

import json
import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from django.db import connection, transaction
from django.http import HttpResponse
from django.test import Client
from wagtail.models import Site

from portal.host_map import RECHECK_SECONDS
from portal.models import NetworkAlias
from portal.tests.factories import make_network
from tests.fixtures import NETWORK_A_HOST
from tests.subprocesses import ROOT

UNKNOWN_HOST_TEXT = "No recovery network is served at this address."


def health(host: str) -> HttpResponse:
    return Client(HTTP_HOST=host).get("/healthz/")


@pytest.mark.django_db
def test_warm_health_check_runs_no_query(network_a, django_assert_num_queries):
    for host in (NETWORK_A_HOST, "alpha-alias.test", "Alpha.Test.:8000"):
        health(host)
        with django_assert_num_queries(0):
            response = health(host)
        assert response.status_code == 200
        assert response.wsgi_request.network == network_a


@pytest.mark.django_db
def test_each_request_gets_its_own_network_with_site_and_root_page_loaded(network_a, django_assert_num_queries):
    home_title = network_a.home_page.title
    languages = list(network_a.enabled_languages)
    first = health(NETWORK_A_HOST).wsgi_request
    # What a careless view might do to the network it was handed.
    first.network.enabled_languages.append("xx")
    first.network.crisis_line_number = "000"
    first.network.site.root_page.title = "Changed in one request"

    with django_assert_num_queries(0):
        response = health(NETWORK_A_HOST)
        second = response.wsgi_request
        network = second.network
        assert response.status_code == 200
        assert network.enabled_languages == languages
        assert network.crisis_line_number == "988"
        assert network.site.root_page.title == home_title
        assert second._wagtail_site is network.site
        assert network.site.network is network
        assert network.site.root_page.pk == network_a.site.root_page_id
    assert network.site is not first.network.site
    assert network.site.root_page is not first.network.site.root_page
    assert network.home_page == network_a.home_page


@pytest.mark.django_db
def test_network_settings_edit_shows_on_the_next_page(network_a, client_for):
    client = client_for(network_a)
    assert "Alpha network [en]" in client.get("/en/").text
    network_a.name_en = "Alpha recovery coalition"
    network_a.crisis_line_text_en = "Call 988 now"
    network_a.save()
    page = client.get("/en/").text
    assert "Alpha recovery coalition" in page
    assert "Call 988 now" in page


@pytest.mark.django_db
def test_home_page_edit_shows_on_the_next_page(network_a, client_for):
    client = client_for(network_a)
    client.get("/en/")
    home = network_a.home_page
    home.intro_en = "Welcome back to the new intro"
    home.save_revision().publish()
    assert "Welcome back to the new intro" in client.get("/en/").text


@pytest.mark.django_db
def test_alias_added_and_deleted_in_this_process_is_seen_at_once(network_a):
    assert health("alpha-second.test").status_code == 404
    alias = NetworkAlias.objects.create(network=network_a, hostname="Alpha-Second.test.")
    response = health("alpha-second.test")
    assert (response.status_code, response.wsgi_request.network) == (200, network_a)
    alias.delete()
    assert health("alpha-second.test").status_code == 404


@pytest.mark.django_db
def test_site_hostname_change_is_seen_at_once(network_a):
    assert health(NETWORK_A_HOST).status_code == 200
    site = network_a.site
    site.hostname = "alpha-moved.test"
    site.save()
    assert health(NETWORK_A_HOST).status_code == 404
    assert health("alpha-moved.test").wsgi_request.network == network_a


@pytest.mark.django_db
def test_newly_provisioned_network_is_served_at_once(network_a):
    assert health("gamma.test").status_code == 404
    gamma = make_network("gamma", "gamma.test")
    response = Client(HTTP_HOST="gamma.test").get("/en/")
    assert response.wsgi_request.network == gamma
    assert "Gamma network [en]" in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("host", ["unknown.test", "alpha.test.evil.test", "default-site.test"])
def test_unknown_host_gets_the_plain_404_without_a_query(network_a, host, django_assert_num_queries):
    # A Wagtail site that is no network's, even the default site, serves nothing either.
    Site.objects.create(hostname="default-site.test", root_page=network_a.home_page, is_default_site=True)
    health(NETWORK_A_HOST)
    with django_assert_num_queries(0):
        response = Client(HTTP_HOST=host).get("/en/")
    assert response.status_code == 404
    assert UNKNOWN_HOST_TEXT in response.text
    assert network_a.name not in response.text


class RolledBack(Exception):
    pass


@pytest.mark.django_db
def test_hosts_read_inside_a_rolled_back_transaction_are_forgotten(network_a):
    with pytest.raises(RolledBack), transaction.atomic():
        make_network("delta", "delta.test")
        assert health("delta.test").status_code == 200
        raise RolledBack
    assert health("delta.test").status_code == 404
    assert health(NETWORK_A_HOST).status_code == 200


CHILD_PROGRAM = """
import json
import sys

import django

django.setup()

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

print("ready", flush=True)
for line in sys.stdin:
    with CaptureQueriesContext(connection) as queries:
        response = Client(HTTP_HOST=line.strip()).get("/healthz/")
    network = getattr(response.wsgi_request, "network", None)
    answer = {
        "status": response.status_code,
        "name": network.name_en if network else None,
        "queries": len(queries),
        # Read after the request, through Wagtail's own cache of every site's root path.
        "home_url": network.site.root_page.full_url if network else None,
    }
    print(json.dumps(answer), flush=True)
"""


def database_url_for_other_processes() -> str:
    """The test database's address, for another process: pytest-django renamed it test_<name>."""
    db = connection.settings_dict
    credentials = f"{quote(db['USER'], safe='')}:{quote(db['PASSWORD'], safe='')}"
    return f"postgres://{credentials}@{quote(db['HOST'], safe='')}:{db['PORT']}/{quote(db['NAME'], safe='')}"


class OtherProcess:
    """A second Python process serving requests through the full middleware, one host name per line."""

    def __init__(self, log_path: Path) -> None:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "portal.settings.test",
            "DATABASE_URL": database_url_for_other_processes(),
        }
        self.log = open(log_path, "w")  # noqa: SIM115 - closed in close(), after the process ends
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD_PROGRAM],
            cwd=ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log,
            text=True,
        )
        assert self.read_line(timeout=120) == "ready"

    def read_line(self, timeout: float) -> str:
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        assert ready, f"the other process did not answer within {timeout} s"
        return self.process.stdout.readline().strip()

    def ask(self, host: str) -> dict:
        self.process.stdin.write(host + "\n")
        self.process.stdin.flush()
        return json.loads(self.read_line(timeout=30))

    def wait_for(self, host: str, expected: dict, within: float) -> None:
        """Ask about `host` until the answer has the `expected` items; fail if that takes over `within` seconds."""
        start = time.monotonic()
        while True:
            answer = self.ask(host)
            elapsed = time.monotonic() - start
            if all(answer[key] == value for key, value in expected.items()):
                return
            assert elapsed < within, f"{host}: still {answer} after {elapsed:.1f} s, expected {expected}"
            time.sleep(0.05)

    def close(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        finally:
            if self.process.poll() is None:
                self.process.kill()
            self.log.close()


@pytest.fixture
def other_process(transactional_db, tmp_path: Path) -> Iterator[OtherProcess]:
    other = OtherProcess(tmp_path / "other-process.log")
    yield other
    other.close()


@pytest.mark.django_db(transaction=True)
def test_another_process_sees_changes_within_the_recheck_interval(other_process: OtherProcess):
    # The stated bound, plus a margin for the round trips on a busy machine.
    within = RECHECK_SECONDS + 2.0
    gamma = make_network("gamma", "gamma.test", languages=("en",))
    assert other_process.ask("gamma.test")["name"] == "Gamma network [en]"
    assert other_process.ask("gamma.test") == {
        "status": 200,
        "name": "Gamma network [en]",
        "queries": 0,
        "home_url": "http://gamma.test/en/",
    }
    assert other_process.ask("gamma-alias.test")["status"] == 404

    gamma.name_en = "Gamma renamed"
    gamma.save()
    other_process.wait_for("gamma.test", {"name": "Gamma renamed"}, within)

    alias = NetworkAlias.objects.create(network=gamma, hostname="gamma-alias.test")
    other_process.wait_for("gamma-alias.test", {"status": 200, "name": "Gamma renamed"}, within)
    alias.delete()
    other_process.wait_for("gamma-alias.test", {"status": 404}, within)

    site = gamma.site
    site.hostname = "gamma-moved.test"
    site.save()
    moved = {"status": 200, "name": "Gamma renamed", "home_url": "http://gamma-moved.test/en/"}
    other_process.wait_for("gamma-moved.test", moved, within)
    assert other_process.ask("gamma.test")["status"] == 404

    make_network("epsilon", "epsilon.test", languages=("en",))
    provisioned = {"status": 200, "name": "Epsilon network [en]", "home_url": "http://epsilon.test/en/"}
    other_process.wait_for("epsilon.test", provisioned, within)
