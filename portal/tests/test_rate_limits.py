"""Sign-in limits and used authenticator codes live in a cache every process shares; limits count per client address."""

import time
from urllib.parse import quote

import pytest
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.core.cache import cache
from django.db import connection

from portal.tests.factories import PASSWORD, UserFactory
from tests.subprocesses import manage_py, python

REFUSED = "Too many failed login attempts"
WRONG_PASSWORD = "not-the-password-1"
# The limits of ACCOUNT_RATE_LIMITS["login_failed"]: per client address a minute, per email address.
FAILURES_PER_ADDRESS = 10
FAILURES_PER_EMAIL = 5

# A second worker process: it signs in with a wrong password `count` times and says how each attempt was answered.
WORKER = """
import sys

import django

django.setup()

from django.test import Client

host, email, password, count = sys.argv[1:]
client = Client(HTTP_HOST=host)
for _ in range(int(count)):
    response = client.post("/en/accounts/login/", {"login": email, "password": password})
    print("refused" if "Too many failed login attempts" in response.text else "answered")
"""

# A second worker process: it signs in with the password and an authenticator code, and says whether that worked.
CODE_WORKER = """
import sys

import django

django.setup()

from django.test import Client

host, email, password, code = sys.argv[1:]
client = Client(HTTP_HOST=host)
client.post("/en/accounts/login/", {"login": email, "password": password})
client.post("/en/accounts/2fa/authenticate/", {"code": code})
print("signed in" if client.session.get("_auth_user_id") else "refused")
"""
TOTP_PERIOD = 30


def sign_in(client, email, password=WRONG_PASSWORD, forwarded_for=None):
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    return client.post("/en/accounts/login/", {"login": email, "password": password}, headers=headers)


def refused(response) -> bool:
    return REFUSED in response.text


def url_of_the_test_database() -> str:
    """The URL of the database this test runs on, for a worker process to open."""
    db = connection.settings_dict
    credentials = f"{quote(db['USER'])}:{quote(db['PASSWORD'])}"
    return f"postgres://{credentials}@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"


def run_worker(script: str, *args: str) -> list[str]:
    """What a worker process, opening this test's database, printed."""
    env = {"DJANGO_SETTINGS_MODULE": "portal.settings.test", "DATABASE_URL": url_of_the_test_database()}
    result = python("-c", script, *args, timeout=120, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def worker_signs_in(network, email: str, count: int) -> list[str]:
    return run_worker(WORKER, network.site.hostname, email, WRONG_PASSWORD, str(count))


def current_code_with_time_to_spare(secret: str, spare: float = 20) -> str:
    # Both processes must try the code within its period, or the second would refuse it only for being late.
    left = TOTP_PERIOD - time.time() % TOTP_PERIOD
    if left < spare:
        time.sleep(left + 0.5)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


@pytest.fixture
def shared_cache_emptied_afterwards():
    # Rows of the database cache outlive a transactional test (flushing empties model tables only).
    yield
    cache.clear()


@pytest.mark.django_db(transaction=True)
def test_failed_sign_ins_count_across_worker_processes(network_a, client_for, shared_cache_emptied_afterwards):
    user = UserFactory(email="target@example.org")
    first = worker_signs_in(network_a, user.email, 3)
    second = worker_signs_in(network_a, user.email, 3)

    assert first == ["answered"] * 3
    # The second process sees the first one's failures: its third attempt is the sixth on this address.
    assert second == ["answered", "answered", "refused"]
    # And so does this process: even the right password is refused until the limit's window has passed.
    client = client_for(network_a)
    response = sign_in(client, user.email, PASSWORD)
    assert refused(response)
    assert not client.get("/en/").wsgi_request.user.is_authenticated


@pytest.mark.django_db(transaction=True)
def test_an_authenticator_code_used_in_one_process_is_refused_in_another(
    network_a, client_for, shared_cache_emptied_afterwards
):
    user = UserFactory(email="staff@example.org")
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    code = current_code_with_time_to_spare(secret)

    assert run_worker(CODE_WORKER, network_a.site.hostname, user.email, PASSWORD, code) == ["signed in"]
    # Someone who saw the code (over a shoulder, say) and knows the password tries it on another worker.
    client = client_for(network_a)
    sign_in(client, user.email, PASSWORD)
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert "Incorrect code." in response.text
    assert not client.get("/en/").wsgi_request.user.is_authenticated


def test_production_counts_in_the_database_unless_redis_is_configured():
    code = "from django.conf import settings; print(settings.CACHES['default']['BACKEND'])"
    env = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "k" * 60,
        "ALLOWED_HOSTS": "portal.example.org",
    }
    in_database = manage_py("shell", "-c", code, drop=("REDIS_URL",), **env)
    in_redis = manage_py("shell", "-c", code, REDIS_URL="redis://cache.internal:6379/0", **env)
    assert in_database.stdout.split()[-1] == "django.core.cache.backends.db.DatabaseCache", in_database.stderr
    assert in_redis.stdout.split()[-1] == "django.core.cache.backends.redis.RedisCache", in_redis.stderr


@pytest.mark.django_db
def test_without_a_trusted_proxy_a_forged_forwarded_for_does_not_escape_the_limit(network_a, client_for):
    client = client_for(network_a)
    for attempt in range(FAILURES_PER_ADDRESS):
        assert not refused(sign_in(client, f"guess{attempt}@example.org", forwarded_for=f"192.0.2.{attempt}"))
    assert refused(sign_in(client, "guess-next@example.org", forwarded_for="192.0.2.200"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("proxies", "route"),
    [
        # The load balancer appends the address it received the request from.
        (1, lambda forged, client: f"{forged}, {client}"),
        # A CDN in front of the load balancer: the load balancer appends the CDN's address after the client's.
        (2, lambda forged, client: f"{forged}, {client}, 10.0.0.2"),
    ],
)
def test_behind_trusted_proxies_each_client_counts_for_itself(network_a, client_for, settings, proxies, route):
    settings.TRUSTED_PROXY_COUNT = proxies
    proxy = client_for(network_a, REMOTE_ADDR="10.0.0.1")
    guesser, neighbour = "203.0.113.7", "198.51.100.4"
    for attempt in range(FAILURES_PER_ADDRESS):
        # Whatever the guesser writes into the header itself comes before the proxies' entries.
        response = sign_in(proxy, f"guess{attempt}@example.org", forwarded_for=route(f"192.0.2.{attempt}", guesser))
        assert not refused(response)

    assert refused(sign_in(proxy, "guess-next@example.org", forwarded_for=route("192.0.2.200", guesser)))
    # Someone else behind the same proxy is still answered.
    response = sign_in(proxy, "neighbour@example.org", forwarded_for=route("192.0.2.1", neighbour))
    assert not refused(response)
    assert "The email address and/or password you specified are not correct." in response.text


@pytest.mark.django_db
def test_a_request_that_reaches_the_portal_without_the_proxy_counts_by_its_own_address(network_a, client_for, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    direct = client_for(network_a, REMOTE_ADDR="203.0.113.9")
    for attempt in range(FAILURES_PER_ADDRESS):
        assert not refused(sign_in(direct, f"guess{attempt}@example.org"))
    assert refused(sign_in(direct, "guess-next@example.org"))


@pytest.mark.django_db
def test_failed_sign_ins_on_one_email_address_are_limited_whatever_the_client_address(network_a, client_for, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    user = UserFactory(email="target@example.org")
    proxy = client_for(network_a, REMOTE_ADDR="10.0.0.1")
    for attempt in range(FAILURES_PER_EMAIL):
        assert not refused(sign_in(proxy, user.email, forwarded_for=f"203.0.113.{attempt}"))
    assert refused(sign_in(proxy, user.email, PASSWORD, forwarded_for="203.0.113.100"))
