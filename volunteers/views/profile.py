"""The volunteer's profile in this network (joining, then editing it) and the network's code of conduct."""

from __future__ import annotations

from django.contrib import messages
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from volunteers.forms.profile import AcknowledgementForm, VolunteerProfileForm
from volunteers.models import Acknowledgement, CodeOfConduct
from volunteers.views.common import current_volunteer, login_url, section_context


def next_url(request, page) -> str:
    """Where the volunteer was going before joining: an address on this site only, else their applications."""
    wanted = request.GET.get("next", "")
    if wanted.startswith("/") and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return page.get_url(request) + "me/applications/"


def profile_form(request, page, **kwargs):
    if not request.user.is_authenticated:
        return redirect(login_url(request))
    network = request.network
    volunteer = current_volunteer(request)
    code = CodeOfConduct.current(network)
    # Joining agrees to the code in force; a later version is acknowledged on the code's own page.
    ask_agreement = volunteer is None and code is not None
    initial = {} if volunteer else {"preferred_language": get_language(), "languages_spoken": [get_language()]}
    form = VolunteerProfileForm(
        request.POST if request.method == "POST" else None,
        instance=volunteer,
        initial=initial,
        network=network,
        ask_agreement=ask_agreement,
    )
    if request.method == "POST" and form.is_valid():
        profile = form.save(commit=False)
        profile.network, profile.user = network, request.user
        try:
            with transaction.atomic():
                profile.save()
                if ask_agreement:
                    Acknowledgement.objects.create(volunteer=profile, code_of_conduct=code)
        except IntegrityError:
            # The same form sent twice at once: the first made the profile, this one changes nothing.
            return redirect(page.get_url(request) + "join/")
        saved = _("Your volunteer profile is saved.") if volunteer else _("Welcome! You can now apply.")
        messages.success(request, saved)
        return redirect(next_url(request, page))
    return page.render(
        request,
        template="volunteers/profile/profile_form.html",
        context_overrides={
            "form": form,
            "volunteer": volunteer,
            "code_of_conduct": code if ask_agreement else None,
            "current": "profile",
            **section_context(request, page),
        },
    )


def code_of_conduct(request, page, **kwargs):
    """The version in force, in the reader's language; a volunteer who has not acknowledged it can do so here."""
    code = CodeOfConduct.current(request.network)
    volunteer = current_volunteer(request)
    acknowledgement = None
    if volunteer and code:
        acknowledgement = Acknowledgement.objects.filter(volunteer=volunteer, code_of_conduct=code).first()
    form = None
    if volunteer and code and not acknowledgement:
        form = AcknowledgementForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect(login_url(request))
        if volunteer is None:
            return redirect(page.get_url(request) + "join/")
        if form is not None and form.is_valid():
            Acknowledgement.objects.get_or_create(volunteer=volunteer, code_of_conduct=code)
            messages.success(request, _("Thank you: your acknowledgement is recorded."))
            return redirect(page.get_url(request) + "code-of-conduct/")
        if form is None:
            return redirect(page.get_url(request) + "code-of-conduct/")
    return page.render(
        request,
        template="volunteers/profile/code_of_conduct.html",
        context_overrides={
            "code_of_conduct": code,
            "volunteer": volunteer,
            "acknowledgement": acknowledgement,
            "form": form,
            "current": "code_of_conduct",
            **section_context(request, page),
        },
    )
