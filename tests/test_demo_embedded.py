"""The zero-setup demo path on the embedded PostgreSQL: migrate, seed twice, serve both networks, rank results."""

import re
import shutil
import tempfile
from collections.abc import Iterator
from html import unescape
from http.client import HTTPConnection
from pathlib import Path

import pytest

from portal.embedded_database import data_directory, is_running
from tests.subprocesses import manage_py, python, serving

# The demo runs without DATABASE_URL: that is what makes the dev settings use the embedded server.
DEMO = {"drop": ("DATABASE_URL",), "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}
HOSTS = ("localhost", "127.0.0.1", "riverside.localhost")
LANGUAGES = ("en", "es", "zh-hans", "vi", "ar")


@pytest.fixture(scope="module")
def var_dir() -> Iterator[Path]:
    """A VAR_DIR of the test's own with the embedded server started in it, stopped and removed however it ends."""
    # Not under pytest's temporary root: other pytest runs close that to its owner, and the server is another account.
    var_dir = Path(tempfile.mkdtemp(prefix="portal-demo-var-"))
    try:
        succeeds(python("-m", "portal.embedded_database", "start", VAR_DIR=str(var_dir), **DEMO))
        yield var_dir
    finally:
        stopped = python("-m", "portal.embedded_database", "stop", VAR_DIR=str(var_dir), **DEMO)
    succeeds(stopped)
    assert not is_running(data_directory(var_dir))
    shutil.rmtree(var_dir)


def succeeds(result) -> str:
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


def get(port: int, host: str, path: str) -> tuple[int, str, str]:
    """(status, body, Location) of one request, as a browser on the demo's host names sends it."""
    connection = HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        connection.request("GET", path, headers={"Host": f"{host}:{port}"})
        response = connection.getresponse()
        return response.status, response.read().decode(), response.getheader("Location", "")
    finally:
        connection.close()


def result_cards(html: str) -> list[tuple[str, str]]:
    """(language, name) of each service on a results page, in the order shown."""
    cards = re.findall(r'<h3 ([^>]*id="service-\d+"[^>]*)>\s*<a [^>]*>([^<]+)</a>', html)
    return [(re.search(r'lang="([^"]+)"', attributes).group(1), unescape(name).strip()) for attributes, name in cards]


@pytest.mark.smoke
def test_demo_on_embedded_postgresql_migrates_seeds_twice_and_serves_both_networks(var_dir):
    demo = {"VAR_DIR": str(var_dir), **DEMO}
    succeeds(manage_py("migrate", "--noinput", **demo))
    first = succeeds(manage_py("seed_demo", **demo))
    second = succeeds(manage_py("seed_demo", **demo))
    assert "moderator@harbor.example.org" in first and "demo-harbor-moderator" in first
    assert first.splitlines()[-7:] == second.splitlines()[-7:]
    counts = [line for line in first.splitlines() if " services, " in line]
    assert len(counts) == 2 and counts == [line for line in second.splitlines() if " services, " in line]
    assert (data_directory(var_dir) / "PG_VERSION").read_text().strip() == "18"

    with serving(**demo) as port:
        pages = {
            f"{host} /{language}/{path}": get(port, host, f"/{language}/{path}")
            for host in HOSTS
            for language in LANGUAGES
            for path in ("", "services/", "accounts/login/")
        }
        _, harbor_search, _ = get(port, "localhost", "/en/services/?q=counseling")
        riverside_root = get(port, "riverside.localhost", "/")
        _, riverside_search, _ = get(port, "riverside.localhost", "/es/services/?q=consejer%C3%ADa")

    for key, (status, html, _) in pages.items():
        assert status == 200, key
        assert 'id="quick-exit"' in html, key
    assert "Harbor City Recovery Network" in pages["localhost /en/"][1]
    assert "Harbor City Recovery Network" in pages["127.0.0.1 /en/"][1]
    assert "Red de Recuperación de Harbor City" in pages["localhost /es/"][1]
    assert "港城康复网络" in pages["localhost /zh-hans/"][1]
    assert '<html lang="ar" dir="rtl">' in pages["riverside.localhost /ar/"][1]
    assert "تحالف التعافي في مقاطعة ريفرسايد" in pages["riverside.localhost /ar/"][1]
    assert "Harbor" not in pages["riverside.localhost /en/"][1]
    # Riverside has no Vietnamese home text: it shows its Spanish text and says so in Vietnamese.
    assert "Trang này chưa có bằng" in pages["riverside.localhost /vi/"][1]
    assert "Servicios, círculos de apoyo" in pages["riverside.localhost /vi/"][1]

    # By name "Childcare During Appointments" sorts before every "Counseling ..." service: only the full-text
    # ranking puts the services named for the reader's word first.
    names = [name for _, name in result_cards(harbor_search)]
    childcare = names.index("Childcare During Appointments")
    assert any("Counseling" in name for name in names[:childcare]), names

    assert riverside_root[0] == 302 and riverside_root[2].endswith("/es/")
    language, name = result_cards(riverside_search)[0]
    assert language == "es" and "Consejería" in name, result_cards(riverside_search)
