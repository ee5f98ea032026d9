"""`make demo` serves the portal's own error pages: a mistyped address still shows the crisis line."""

import re
import subprocess
from html import unescape

import pytest

from tests.subprocesses import ROOT, serving
from tests.test_demo_embedded import get

# manage.py's own default, used when the demo's runserver line names no settings module.
MANAGE_PY_DEFAULT_SETTINGS = "portal.settings.dev"


def demo_server_settings() -> str:
    """The settings module the `runserver` line of `make demo` serves with (read from `make -n`)."""
    plan = subprocess.run(
        ["make", "-n", "demo", "DATABASE_URL=postgres://plan-only"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    runserver = next(line for line in plan.splitlines() if "manage.py runserver" in line)
    named = re.search(r"DJANGO_SETTINGS_MODULE=(\S+)", runserver)
    return named.group(1) if named else MANAGE_PY_DEFAULT_SETTINGS


def database_url(settings) -> str:
    database = settings.DATABASES["default"]
    return (
        f"postgres://{database['USER']}:{database['PASSWORD']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    )


@pytest.mark.django_db(transaction=True)
def test_a_mistyped_address_in_the_demo_shows_the_networks_crisis_line_in_its_language(settings):
    from portal.tests.factories import make_network

    make_network("riverside", "riverside.localhost", languages=("en", "es", "vi"), default="es")
    with serving(DJANGO_SETTINGS_MODULE=demo_server_settings(), DATABASE_URL=database_url(settings)) as port:
        status, html, _ = get(port, "riverside.localhost", "/es/no-such-page/")
        static_status, stylesheet, _ = get(port, "riverside.localhost", "/static/portal/css/portal.css")
    html = unescape(html)
    assert status == 404
    assert "Página no encontrada" in html
    assert "Riverside crisis help [es]" in html
    assert 'href="tel:988"' in html and 'id="quick-exit"' in html
    assert "technical_404" not in html and "DEBUG = True" not in html
    # The product's pages keep their look without DEBUG: the demo still serves its static files.
    assert static_status == 200 and ".quick-exit" in stylesheet
