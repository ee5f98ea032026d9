"""Not built yet."""

from django.http import Http404


def my_training(request, page, **kwargs):
    raise Http404


def evidence(request, page, **kwargs):
    raise Http404
