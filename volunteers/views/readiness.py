"""Not built yet."""

from django.http import Http404


def my_applications(request, page, **kwargs):
    raise Http404


def my_readiness(request, page, **kwargs):
    raise Http404
