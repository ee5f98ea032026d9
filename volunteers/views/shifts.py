"""Not built yet."""

from django.http import Http404


def shift_list(request, page, **kwargs):
    raise Http404


def sign_up(request, page, **kwargs):
    raise Http404


def withdraw(request, page, **kwargs):
    raise Http404
