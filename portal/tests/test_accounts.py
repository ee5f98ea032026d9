import re
import time

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import SECRET_SESSION_KEY, TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail

from portal.models import NetworkRole
from portal.tests.factories import PASSWORD, UserFactory, make_staff

pytestmark = pytest.mark.django_db


def login(client, email, password=PASSWORD, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": email, "password": password})


def totp_code(secret: str, steps: int = 0) -> str:
    """The code an authenticator app shows now, or `steps` 30-second steps from now."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + steps))


class CountingHasher(MD5PasswordHasher):
    """The test settings' fast hasher, counting the passwords it hashes."""

    hashed = 0

    def encode(self, password, salt):
        CountingHasher.hashed += 1
        return super().encode(password, salt)


def sign_up(client, email):
    password = "una-clave-larga-9"
    return client.post("/en/accounts/signup/", {"email": email, "password1": password, "password2": password})


def test_signup_then_verify_then_login(network_a, client_for):
    client = client_for(network_a)
    response = client.post(
        "/es/accounts/signup/",
        {"email": "nueva@example.org", "password1": "una-clave-larga-9", "password2": "una-clave-larga-9"},
    )
    assert response.status_code == 302
    # Until the address is confirmed, logging in sends the reader back to verification.
    assert "/es/accounts/confirm-email/" in response["Location"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nueva@example.org"]
    link = re.search(r"http://alpha\.test(/es/accounts/confirm-email/[^\s]+)", message.body).group(1)

    client.post(link)
    response = login(client, "nueva@example.org", "una-clave-larga-9", language="es")
    assert response.status_code == 302
    assert response.wsgi_request.user.is_authenticated
    assert response.wsgi_request.user.email == "nueva@example.org"


def test_signing_up_with_a_taken_address_answers_and_works_as_with_a_new_one(network_a, client_for, settings):
    UserFactory(email="taken@example.org")
    settings.PASSWORD_HASHERS = [f"{__name__}.CountingHasher"]
    seen = {}
    for email in ("taken@example.org", "new@example.org"):
        mail.outbox.clear()
        CountingHasher.hashed = 0
        client = client_for(network_a)
        response = sign_up(client, email)
        page = client.get(response["Location"])
        seen[email] = {
            "status": response.status_code,
            "next page": response["Location"],
            "cookies": sorted(response.cookies),
            "page": page.text.replace(email, "<address>"),
            "emails to": [message.to for message in mail.outbox],
            "passwords hashed": CountingHasher.hashed,
        }
        seen[email]["email"] = mail.outbox[0] if mail.outbox else None

    taken, new = seen["taken@example.org"], seen["new@example.org"]
    assert taken["status"] == new["status"] == 302
    assert taken["next page"] == new["next page"] == "/en/accounts/confirm-email/"
    assert taken["cookies"] == new["cookies"]
    assert taken["page"] == new["page"]
    assert taken["emails to"] == [["taken@example.org"]]
    assert new["emails to"] == [["new@example.org"]]
    # The owner of the taken address learns that someone tried to sign up with it; nobody else does.
    assert "tried to signup" in taken["email"].body
    assert "confirm-email" in new["email"].body
    # The expensive part of a sign-up, hashing the password, happens for the taken address too.
    assert taken["passwords hashed"] == new["passwords hashed"] == 1


def test_unverified_address_cannot_log_in(network_a, client_for):
    UserFactory(email="pending@example.org", verified=False)
    client = client_for(network_a)
    response = login(client, "pending@example.org")
    assert "confirm-email" in response["Location"]
    assert not client.get("/en/").wsgi_request.user.is_authenticated


def test_password_reset_mail_links_to_the_readers_host_and_language(network_b, client_for):
    UserFactory(email="olvido@example.org")
    response = client_for(network_b).post("/es/accounts/password/reset/", {"email": "olvido@example.org"})
    assert response.status_code == 302
    assert "http://beta.test/es/accounts/password/reset/key/" in mail.outbox[0].body


def test_account_pages_use_the_portal_layout(network_a, client_for):
    response = client_for(network_a).get("/ar/accounts/login/")
    assert '<html lang="ar" dir="rtl">' in response.text
    assert 'id="quick-exit"' in response.text
    assert "Alpha crisis help [ar]" in response.text
    assert "تسجيل الدخول" in response.text  # "Sign in" in Arabic


@pytest.mark.parametrize("role", NetworkRole.Role.values)
def test_staff_with_a_role_must_set_up_mfa_before_using_the_admin(network_a, client_for, role):
    user = make_staff(network_a, role)
    client = client_for(network_a)
    login(client, user.email)

    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/2fa/totp/activate/")

    # Changing sign-in methods asks for the password once more, then shows the QR code and secret.
    response = client.get(response["Location"])
    assert response["Location"].startswith("/en/accounts/reauthenticate/")
    response = client.post(response["Location"], {"password": PASSWORD})
    response = client.get(response["Location"])
    assert response.status_code == 200
    secret = client.session[SECRET_SESSION_KEY]
    assert secret in response.text
    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.RECOVERY_CODES).exists()

    response = client.get("/admin/")
    assert response.status_code == 200
    assert "wagtail" in response.text.lower()


def test_superuser_must_set_up_mfa_too(network_a, client_for):
    user = UserFactory(is_superuser=True, is_staff=True)
    client = client_for(network_a)
    login(client, user.email)
    assert client.get("/admin/pages/")["Location"].startswith("/en/accounts/2fa/totp/activate/")


def test_staff_with_mfa_are_asked_for_a_code_at_login(network_a, client_for):

    user = make_staff(network_a, NetworkRole.Role.MODERATOR)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    client = client_for(network_a)
    response = login(client, user.email)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert not client.get("/admin/").wsgi_request.user.is_authenticated

    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200


@pytest.mark.parametrize(("steps", "accepted"), [(-1, True), (1, True), (-2, False), (2, False)])
def test_a_code_from_the_step_before_or_after_is_accepted_and_no_further(network_a, client_for, steps, accepted):
    """A code typed as the app rolls over, or from a phone clock a few seconds out, still signs in."""
    user = make_staff(network_a, NetworkRole.Role.MODERATOR)
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    client = client_for(network_a)
    login(client, user.email)

    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret, steps)})
    assert (client.get("/admin/").status_code == 200) is accepted


def test_member_without_a_role_is_not_forced_into_mfa_and_cannot_use_the_admin(network_a, client_for):
    user = UserFactory()
    client = client_for(network_a)
    login(client, user.email)
    response = client.get("/admin/")
    assert "2fa" not in response.get("Location", "")
    # A clear refusal, not a redirect back to the sign-in page (which sent people round in a loop).
    assert response.status_code == 403
    assert "You have no role in this network" in response.text
