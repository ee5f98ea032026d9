"""Not built yet."""

from django.http import Http404


def profile_form(request, page, **kwargs):
    raise Http404


def code_of_conduct(request, page, **kwargs):
    raise Http404
