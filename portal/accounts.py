"""How django-allauth fits the portal: readers stay in their language, limits count per real client address."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import SignupForm
from django.contrib.auth.hashers import make_password
from django.core.exceptions import PermissionDenied
from django.utils.translation import get_language

from portal.client_address import client_address


class PortalAccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return self._home_in_current_language(request, super().get_login_redirect_url(request))

    def get_logout_redirect_url(self, request):
        return self._home_in_current_language(request, super().get_logout_redirect_url(request))

    def get_client_ip(self, request) -> str:
        # Every allauth rate limit keys on this: behind a load balancer, the client's address, not the balancer's.
        address = client_address(request)
        if not address:
            raise PermissionDenied("Unable to determine the client's address")
        return address

    @staticmethod
    def _home_in_current_language(request, url: str) -> str:
        # The settings name "/", which would send the reader to their browser's language instead.
        return f"/{get_language()}/" if url == "/" else url


class PortalSignupForm(SignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            # allauth creates no account for a taken address and skips hashing the password, which made the answer
            # several times faster than a real sign-up: hash it anyway, so the time taken tells nothing.
            make_password(self.cleaned_data.get("password1"))
        return super().try_save(request)
