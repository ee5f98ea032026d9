"""The installation's URLs: health check, admin, features' own URLs, then pages under language prefixes."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.conf.urls.static import static
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal.admin import bulk_actions
from portal.features import unprefixed_urls
from portal.views import browse_safely, health

urlpatterns = [
    path("healthz/", health, name="health"),
    # Bulk actions scoped to the host's network first, at the address Wagtail gives them.
    path("admin/", include(bulk_actions)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # What features serve outside the language prefixes, such as the directory's HSDS API.
    *(path(prefix, include(urlconf)) for prefix, urlconf in unprefixed_urls()),
]

if settings.DEBUG:
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("browse-safely/", browse_safely, name="browse_safely"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
