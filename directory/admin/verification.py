"""Partner staff and moderators confirm, in one step, that a listing is still accurate."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from directory.models import Service
from directory.verification import verify
from portal.permissions import editable_organization_ids


def verify_service(request, pk: int):
    """One step for partner staff or moderators: confirm a listing is still accurate."""
    service = get_object_or_404(Service.objects.for_network(request.network).select_related("organization"), pk=pk)
    organization_ids = editable_organization_ids(request.user, request.network)
    if organization_ids is not None and service.organization_id not in organization_ids:
        raise Http404
    if request.method == "POST":
        verify(service, request.user)
        messages.success(request, _("Thank you: “%(name)s” is marked as verified today.") % {"name": service.name})
        return redirect("wagtailsnippets_directory_service:list")
    return TemplateResponse(
        request,
        "directory/admin/verify_service.html",
        {
            "service": service,
            "page_title": _("Verify a listing"),
            "header_title": _("Verify a listing"),
            "edit_url": reverse("wagtailsnippets_directory_service:edit", args=[service.pk]),
        },
    )
