"""Request plumbing: which network a host serves, which language a reader gets, who may use its admin, staff MFA."""

from allauth.mfa.models import Authenticator
from django.conf import settings
from django.http import Http404, HttpResponseNotFound, HttpResponseRedirect
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import urlencode
from wagtail.models import Page

from portal.admin.network_objects import network_pages
from portal.admin.reports import NETWORK_REPORT_VIEWS
from portal.host_map import network_for_host
from portal.languages import set_network_default_language
from portal.permissions import has_admin_access, is_network_staff
from portal.tenancy import set_current_network


class NetworkMiddleware:
    """Sets `request.network` from the host name; an unknown host gets a 404 and nothing else."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname, _port = split_domain_port(request.get_host())
        # From the process's host map: no query on a warm request (docs/decisions/0008-host-map-in-process.md).
        network = network_for_host(hostname)
        if network is None:
            set_current_network(None)
            return HttpResponseNotFound(render_to_string("portal/unknown_host.html", request=None))
        request.network = network
        # Wagtail's routing reads the cached site, so it can never fall back to the default site.
        request._wagtail_site = network.site
        set_network_default_language(network.default_language)
        set_current_network(network)
        return self.get_response(request)


def preferred_language(request, languages: list[str], default: str) -> str:
    """The first of the reader's browser languages the network offers, else the network's default."""
    accept = request.META.get("HTTP_ACCEPT_LANGUAGE", "")
    for accepted, _quality in translation.trans_real.parse_accept_lang_header(accept):
        if accepted == "*":
            break
        try:
            variant = translation.get_supported_language_variant(accepted)
        except LookupError:
            continue
        if variant in languages:
            return variant
    return default


class NetworkLocaleMiddleware(LocaleMiddleware):
    """Django's locale middleware, limited to the languages the request's network has enabled."""

    # Served outside the language prefixes: a 404 there stays a 404 rather than a redirect to /en/...,
    # which Wagtail's catch-all page route would otherwise accept.
    unprefixed_paths = ("/admin/", "/documents/", "/api/", "/static/", "/media/", "/healthz/")

    def process_response(self, request, response):
        if request.path_info.startswith(self.unprefixed_paths):
            return response
        return super().process_response(request, response)

    def process_request(self, request):
        network = getattr(request, "network", None)
        languages = network.languages if network else [settings.LANGUAGE_CODE]
        default = network.default_language if network else settings.LANGUAGE_CODE
        from_path = translation.get_language_from_path(request.path_info)
        if from_path and from_path not in languages:
            # A link in a language this network does not offer: the same page in its default language.
            translation.activate(default)
            request.LANGUAGE_CODE = default
            path = request.get_full_path()
            return HttpResponseRedirect(f"/{default}{path[len(from_path) + 1 :]}")
        language = from_path or preferred_language(request, languages, default)
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        return None


class PermissionsPolicyMiddleware:
    """Adds the Permissions-Policy header, which Django does not set by itself."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class AdminContentSecurityPolicyMiddleware:
    """Relaxes the Content-Security-Policy for Wagtail's admin only, which needs inline scripts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(reverse("wagtailadmin_home")):
            response._csp_update = settings.ADMIN_CSP_RELAXATIONS
        return response


class AdminNetworkAccessMiddleware:
    """The admin on a network's host opens only to that network's role holders, partner staff and superusers.

    Everyone else who is signed in gets one page saying so: Wagtail would send them to its sign-in page,
    which sends a signed-in person back to the admin, forever. Roles and groups of other networks count for
    nothing here (see also `portal.auth_backends`). A page of another network named in an admin URL is not
    found, whoever asks (Wagtail's page chooser would show it to anyone), and Wagtail's reports are served
    scoped to the network.
    """

    # Keyword arguments of Wagtail's admin URLs that name a page.
    page_arguments = ("page_id", "parent_page_id", "page_to_move_id", "destination_id")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if (
            path.startswith(reverse("wagtailadmin_home"))
            and path != reverse("wagtailadmin_logout")
            and request.user.is_authenticated
            and not has_admin_access(request.user, request.network)
        ):
            response = TemplateResponse(request, "portal/admin/no_role.html", {"network": request.network}, status=403)
            return response.render()
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        page_ids = {view_kwargs[name] for name in self.page_arguments if name in view_kwargs}
        if page_ids and request.path_info.startswith(reverse("wagtailadmin_home")):
            # The installation's root page holds no content: choosers and the explorer walk up to it.
            own = network_pages(request.network).filter(pk__in=page_ids).count()
            roots = Page.objects.filter(pk__in=page_ids, depth=1).count()
            if own + roots != len(page_ids):
                raise Http404
        match = request.resolver_match
        network_view = NETWORK_REPORT_VIEWS.get(match.view_name) if match else None
        if network_view is None:
            return None
        return network_view(request, *view_args, **view_kwargs)


class StaffMFAMiddleware:
    """Staff (anyone with a network role, and superusers) set up TOTP before they may use the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith(reverse("wagtailadmin_home")) and self.needs_mfa_setup(request.user):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('mfa_activate_totp')}?{query}")
        return self.get_response(request)

    @staticmethod
    def needs_mfa_setup(user) -> bool:
        if not is_network_staff(user):
            return False
        return not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
