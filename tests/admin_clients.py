"""Test clients for the admin: signed in on a network's host, with the MFA that staff need."""

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.test import Client


def mfa_client(user, network) -> Client:
    """A client signed in as `user` on `network`'s host, with MFA set up (staff need it for the admin)."""
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())
    client = Client(HTTP_HOST=network.site.hostname)
    client.force_login(user)
    return client
