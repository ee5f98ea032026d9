"""Volunteer opportunities: the public list (suggestions first for a volunteer), one opportunity, and applying."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from portal.languages import language_name
from volunteers.forms.applications import ApplicationForm
from volunteers.models import Application, CheckLevel, Opportunity, ShiftSignup
from volunteers.requirements import placeable
from volunteers.totals import network_today
from volunteers.views.common import current_volunteer, section_context, volunteer_required


@dataclass
class OpportunityCard:
    """What a list or a page shows of an opportunity, its language names and requirements already in words."""

    opportunity: Opportunity
    url: str
    languages: list[str] = field(default_factory=list)
    requirements: list[str] = field(default_factory=list)
    application: Application | None = None


def card(opportunity: Opportunity, url: str, application: Application | None = None) -> OpportunityCard:
    """Reads `organization` and `required_modules`: select and prefetch them when showing many."""
    requirements = [module.name for module in opportunity.required_modules.all()]
    if opportunity.required_check_level:
        level = CheckLevel(opportunity.required_check_level).label
        requirements.append(_("Background check: %(level)s") % {"level": level})
    languages = [language_name(code) for code in opportunity.languages_wanted]
    return OpportunityCard(opportunity, url, languages, requirements, application)


def with_display_data(opportunities):
    return opportunities.select_related("organization").prefetch_related("required_modules")


def speaks_a_wanted_language(opportunity: Opportunity, languages: set[str]) -> bool:
    return bool(languages.intersection(opportunity.languages_wanted))


def opportunity_list(request, page, **kwargs):
    base = page.get_url(request)
    volunteer = current_volunteer(request)
    applications = {}
    spoken: set[str] = set()
    if volunteer:
        applications = {a.opportunity_id: a for a in volunteer.applications.all()}
        spoken = {*volunteer.languages_spoken, volunteer.preferred_language}
    listed = with_display_data(Opportunity.objects.for_network(request.network).listed())
    cards = [card(o, f"{base}{o.pk}/", applications.get(o.pk)) for o in listed]
    suggested, others = [], []
    for each in cards:
        (suggested if speaks_a_wanted_language(each.opportunity, spoken) else others).append(each)
    return page.render(
        request,
        template="volunteers/opportunities/list.html",
        context_overrides={
            "suggested": suggested,
            "others": others,
            "volunteer": volunteer,
            "current": "opportunities",
            **section_context(request, page),
        },
    )


def published_opportunity(request, pk: int) -> Opportunity:
    """One of the network's published opportunities (open or closed), else Http404."""
    opportunity = with_display_data(Opportunity.objects.for_network(request.network).filter(live=True, pk=pk)).first()
    if opportunity is None:
        raise Http404
    return opportunity


def upcoming_shifts(opportunity: Opportunity) -> list:
    """Coming shifts that are not cancelled, each with `places_left`."""
    # The places taken are counted by the signups' own rule of what holds a place.
    taken = (
        ShiftSignup.objects.holding_a_place()
        .filter(shift=OuterRef("pk"))
        .values("shift")
        .annotate(count=Count("pk"))
        .values("count")
    )
    shifts = opportunity.shifts.upcoming(timezone.now()).annotate(taken=Coalesce(Subquery(taken), 0))
    for shift in shifts:
        shift.places_left = max(shift.capacity - shift.taken, 0)
    return list(shifts)


def opportunity_detail(request, page, pk: int, **kwargs):
    opportunity = published_opportunity(request, pk)
    volunteer = current_volunteer(request)
    application = volunteer.applications.filter(opportunity=opportunity).first() if volunteer else None
    return page.render(
        request,
        template="volunteers/opportunities/detail.html",
        context_overrides={
            "card": card(opportunity, request.path, application),
            "opportunity": opportunity,
            "shifts": upcoming_shifts(opportunity),
            "volunteer": volunteer,
            "current": "opportunities",
            **section_context(request, page),
        },
    )


@require_http_methods(["GET", "POST"])
@volunteer_required
def apply(request, page, pk: int, volunteer, **kwargs):
    """One application per volunteer and opportunity, while the opportunity is listed; after withdrawing, again."""
    opportunity = with_display_data(Opportunity.objects.for_network(request.network).filter(pk=pk)).first()
    if opportunity is None:
        raise Http404
    listed = Opportunity.objects.listed().filter(pk=opportunity.pk).exists()
    application = volunteer.applications.filter(opportunity=opportunity).first()
    may_apply = listed and (application is None or application.status == Application.Status.WITHDRAWN)
    form = ApplicationForm(request.POST if request.method == "POST" else None) if may_apply else None
    if request.method == "POST":
        if form is not None and form.is_valid():
            if record_application(volunteer, opportunity, form.cleaned_data["motivation"]):
                messages.success(request, _("Thank you for applying. The organization will be in touch."))
                return redirect(page.get_url(request) + "me/applications/")
            application = volunteer.applications.get(opportunity=opportunity)
            form = None
        if application and form is None:
            messages.info(request, _("You have already applied for this role."))
    return page.render(
        request,
        template="volunteers/opportunities/apply.html",
        context_overrides={
            "card": card(opportunity, f"{page.get_url(request)}{opportunity.pk}/", application),
            "opportunity": opportunity,
            "published": opportunity.live,
            "listed": listed,
            "form": form,
            "readiness": placeable(volunteer, opportunity, network_today(request.network)) if listed else None,
            "volunteer": volunteer,
            "current": "opportunities",
            **section_context(request, page),
        },
    )


def record_application(volunteer, opportunity: Opportunity, motivation: str) -> bool:
    """A new pending application, or a withdrawn one made pending again; False when one is already under way."""
    try:
        with transaction.atomic():
            application, created = Application.objects.select_for_update().get_or_create(
                volunteer=volunteer, opportunity=opportunity, defaults={"motivation": motivation}
            )
            if created:
                return True
            if application.status != Application.Status.WITHDRAWN:
                return False
            application.status, application.motivation = Application.Status.PENDING, motivation
            application.conditional = False
            application.save(update_fields=["status", "motivation", "conditional", "updated_at"])
            return True
    except IntegrityError:
        # The same form sent twice at once: the other request made the application.
        return False
