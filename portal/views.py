"""The platform's own views: the health check and the page on browsing more safely."""

from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache


@never_cache
def health(request):
    """For load balancers and uptime checks: the request passed every middleware, the network included."""
    return HttpResponse("ok", content_type="text/plain")


def browse_safely(request):
    """What quick exit cannot erase and how to browse privately, in the reader's language (no JavaScript needed)."""
    return TemplateResponse(request, "portal/browse_safely.html")
