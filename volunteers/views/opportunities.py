"""Not built yet."""

from django.http import Http404


def opportunity_list(request, page, **kwargs):
    return page.render(request)


def opportunity_detail(request, page, **kwargs):
    raise Http404


def apply(request, page, **kwargs):
    raise Http404
