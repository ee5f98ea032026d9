"""Security headers on every kind of response: public pages, redirects, 404s, account pages and the admin."""

import pytest
from django.db import connection
from django.test import Client

from tests.subprocesses import manage_py

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/en/", "/ar/services/", "/", "/en/no-such-page/", "/es/accounts/login/", "/en/accounts/signup/"]


def directives(header: str) -> dict[str, list[str]]:
    parsed = {}
    for part in header.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_common_headers(response, path):
    assert response["X-Content-Type-Options"] == "nosniff", path
    assert response["Referrer-Policy"] in ("same-origin", "no-referrer", "strict-origin"), path
    assert "camera=()" in response["Permissions-Policy"] and "microphone=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == "DENY", path
    policy = directives(response["Content-Security-Policy"])
    assert policy["frame-ancestors"] == ["'none'"], path
    assert policy["object-src"] == ["'none'"], path
    return policy


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_responses_carry_a_strict_policy(network_a, client_for, path):
    response = client_for(network_a).get(path)
    policy = assert_common_headers(response, path)
    assert policy["script-src"] == ["'self'"], path
    assert policy["style-src"] == ["'self'"], path
    assert all("unsafe" not in value for values in policy.values() for value in values), path


def test_unknown_host_404_carries_the_headers(network_a):

    response = Client(HTTP_HOST="nowhere.test").get("/en/")
    assert response.status_code == 404
    assert assert_common_headers(response, "unknown host")["script-src"] == ["'self'"]


def test_admin_keeps_frame_and_host_limits_while_allowing_its_inline_scripts(network_a, client_for):
    response = client_for(network_a).get("/admin/login/")
    policy = assert_common_headers(response, "/admin/login/")
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["connect-src"] == ["'self'"]


def database_url_of_the_test_database() -> str:

    db = connection.settings_dict
    return f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def test_production_sends_hsts_and_secure_cookies(tmp_path):
    code = """
from django.test import Client
client = Client(HTTP_HOST="nowhere.example.org")
response = client.get("/en/", secure=True)
print(response.get("Strict-Transport-Security"))
print(client.get("/en/").status_code, client.get("/en/")["Location"])
from django.conf import settings
print(settings.SESSION_COOKIE_SECURE, settings.CSRF_COOKIE_SECURE, settings.LANGUAGE_COOKIE_SECURE)
"""
    env = dict(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="p" * 60,
        ALLOWED_HOSTS="nowhere.example.org",
        DATABASE_URL=database_url_of_the_test_database(),
        STATIC_ROOT=str(tmp_path / "static"),
    )
    # Production serves hashed static files, so this is also the deploy path's collectstatic.
    collected = manage_py("collectstatic", "--noinput", "-v0", **env)
    assert collected.returncode == 0, collected.stderr[-2000:]
    result = manage_py("shell", "-c", code, **env)
    lines = result.stdout.strip().splitlines()[-3:]
    assert lines[0] == "max-age=31536000; includeSubDomains; preload", result.stderr[-2000:]
    assert lines[1] == "301 https://nowhere.example.org/en/"
    assert lines[2] == "True True True"
