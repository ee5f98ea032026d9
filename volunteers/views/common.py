"""What every volunteer page needs: the signed-in person's profile in this network, and the section's links."""

from __future__ import annotations

import functools
from urllib.parse import urlencode

from django.shortcuts import redirect
from django.urls import reverse

from volunteers.models import VolunteerProfile


def current_volunteer(request) -> VolunteerProfile | None:
    """The signed-in person's volunteer profile in the request's network, if they have one."""
    if not request.user.is_authenticated:
        return None
    return VolunteerProfile.objects.for_network(request.network).filter(user=request.user).first()


def section_context(request, page) -> dict:
    """`section_url` ends with a slash: a page's links are `{{ section_url }}me/hours/` and so on."""
    return {"section_url": page.get_url(request)}


def login_url(request) -> str:
    return reverse("account_login") + "?" + urlencode({"next": request.get_full_path()})


def volunteer_required(view):
    """Signed in, with a volunteer profile in this network: otherwise to sign-in, then to the profile form.

    The view receives the profile as `volunteer`. Nobody ever reaches another person's records through it.
    """

    @functools.wraps(view)
    def wrapper(request, page, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect(login_url(request))
        volunteer = current_volunteer(request)
        if volunteer is None:
            return redirect(page.get_url(request) + "join/?" + urlencode({"next": request.get_full_path()}))
        return view(request, page, *args, volunteer=volunteer, **kwargs)

    return wrapper
