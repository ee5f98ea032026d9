"""Not built yet."""

from django.http import Http404


def my_data(request, page, **kwargs):
    raise Http404


def export(request, page, **kwargs):
    raise Http404


def delete(request, page, **kwargs):
    raise Http404
