"""Not built yet."""

from django.http import Http404


def my_hours(request, page, **kwargs):
    raise Http404
