"""Production settings refuse unsafe starts and pass Django's deployment checklist."""

import pytest

from tests.subprocesses import manage_py

GOOD_KEY = "k" * 20 + "-production-test-key-that-is-long-enough-1234567890"


def manage(*args, **env):
    return manage_py(*args, DJANGO_SETTINGS_MODULE="portal.settings.production", **env)


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ALLOWED_HOSTS": "portal.example.org"}, "Set SECRET_KEY"),
        ({"ALLOWED_HOSTS": "portal.example.org", "SECRET_KEY": "short"}, "Set SECRET_KEY"),
        ({"SECRET_KEY": GOOD_KEY}, "Set ALLOWED_HOSTS"),
    ],
)
def test_production_refuses_to_start_without_secret_key_or_hosts(env, message):
    result = manage("check", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_passes_the_deploy_checklist_without_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="a.org")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_cookies_and_hsts_are_strict():
    code = (
        "from django.conf import settings as s;"
        "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY,"
        " s.SESSION_COOKIE_SAMESITE, s.SECURE_HSTS_SECONDS >= 31536000, s.DEBUG)"
    )
    result = manage("shell", "-c", code, SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="a.org")
    assert result.stdout.strip().splitlines()[-1].split() == ["True", "True", "True", "Lax", "True", "False"]
