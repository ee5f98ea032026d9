from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def health(request):
    """For load balancers and uptime checks: the request passed every middleware, the network included."""
    return HttpResponse("ok", content_type="text/plain")
