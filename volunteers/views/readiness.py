"""What a volunteer sees of their own applications (and withdraws), and their readiness for each role applied to."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from volunteers.models import Application
from volunteers.placement import withdraw_from_opportunity
from volunteers.requirements import readiness_for
from volunteers.totals import network_today
from volunteers.views.common import section_context, volunteer_required

# A decision already taken, or a withdrawal already made, is not undone by withdrawing.
WITHDRAWABLE = (Application.Status.PENDING, Application.Status.INTERVIEW, Application.Status.ACCEPTED)
# Applications whose readiness still matters.
UNDER_WAY = WITHDRAWABLE


def own_application(volunteer, value: str) -> Application:
    """One of the volunteer's own applications by its number, else Http404 (never another person's)."""
    if not (value.isascii() and value.isdigit() and len(value) <= 12):
        raise Http404
    application = volunteer.applications.filter(pk=int(value)).first()
    if application is None:
        raise Http404
    return application


@require_http_methods(["GET", "POST"])
@volunteer_required
def my_applications(request, page, volunteer, **kwargs):
    if request.method == "POST":
        application = own_application(volunteer, request.POST.get("withdraw", ""))
        if application.status in WITHDRAWABLE:
            with transaction.atomic():
                application.status = Application.Status.WITHDRAWN
                application.save(update_fields=["status", "updated_at"])
                withdraw_from_opportunity(volunteer, application.opportunity, timezone.now())
            messages.success(request, _("Your application is withdrawn."))
        else:
            messages.info(request, _("This application can no longer be withdrawn."))
        return redirect(page.get_url(request) + "me/applications/")
    applications = volunteer.applications.select_related("opportunity").order_by("-created_at")
    return page.render(
        request,
        template="volunteers/readiness/my_applications.html",
        context_overrides={
            "applications": applications,
            "withdrawable": WITHDRAWABLE,
            "volunteer": volunteer,
            "current": "applications",
            **section_context(request, page),
        },
    )


@volunteer_required
def my_readiness(request, page, volunteer, **kwargs):
    """The requirements engine's answer for each application under way, on today's date in the network."""
    applications = list(
        volunteer.applications.filter(status__in=UNDER_WAY)
        .select_related("opportunity__organization")
        .prefetch_related("opportunity__required_modules")
        .order_by("-created_at")
    )
    today = network_today(request.network)
    readinesses = readiness_for(volunteer, [application.opportunity for application in applications], today)
    return page.render(
        request,
        template="volunteers/readiness/my_readiness.html",
        context_overrides={
            "rows": [
                (application, readiness, {requirement.kind for requirement in readiness.missing})
                for application, readiness in zip(applications, readinesses, strict=True)
            ],
            "today": today,
            "volunteer": volunteer,
            "current": "readiness",
            **section_context(request, page),
        },
    )
