"""How django-allauth fits the portal: readers stay in the language they were reading."""

from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import get_language


class PortalAccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        return self._home_in_current_language(request, super().get_login_redirect_url(request))

    def get_logout_redirect_url(self, request):
        return self._home_in_current_language(request, super().get_logout_redirect_url(request))

    @staticmethod
    def _home_in_current_language(request, url: str) -> str:
        # The settings name "/", which would send the reader to their browser's language instead.
        return f"/{get_language()}/" if url == "/" else url
