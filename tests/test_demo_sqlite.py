"""The zero-setup demo path: migrate a fresh SQLite file, seed it twice, render the main pages."""

import json
from pathlib import Path

import pytest

from tests.subprocesses import manage_py

RENDER_PAGES = """
import json
from django.test import Client
results = {}
for host in ("localhost", "127.0.0.1", "riverside.localhost"):
    for language in ("en", "es", "zh-hans", "vi", "ar"):
        for path in ("", "services/", "accounts/login/"):
            response = Client(HTTP_HOST=host + ":8000").get(f"/{language}/{path}")
            results[f"{host} /{language}/{path}"] = [response.status_code, response.content.decode()]
print(json.dumps(results))
"""


@pytest.fixture(scope="module")
def demo_env(tmp_path_factory):
    var_dir = tmp_path_factory.mktemp("demo-var")
    return {"DJANGO_SETTINGS_MODULE": "portal.settings.dev", "VAR_DIR": str(var_dir)}


def run(env, *args):
    result = manage_py(*args, drop=("DATABASE_URL",), **env)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.mark.smoke
def test_demo_on_sqlite_migrates_seeds_twice_and_serves_both_networks(demo_env):
    run(demo_env, "migrate", "--noinput")
    first = run(demo_env, "seed_demo")
    second = run(demo_env, "seed_demo")
    assert "moderator@harbor.example.org" in first and "demo-harbor-moderator" in first
    assert first.splitlines()[-7:] == second.splitlines()[-7:]
    assert (Path(demo_env["VAR_DIR"]) / "portal.sqlite3").exists()

    pages = json.loads(run(demo_env, "shell", "-c", RENDER_PAGES).strip().splitlines()[-1])
    for key, (status, html) in pages.items():
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
