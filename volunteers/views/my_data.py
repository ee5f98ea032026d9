"""The volunteer's data rights: what is kept and why, a download of all of it, and erasure."""

from __future__ import annotations

import json

from django import forms
from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from volunteers.erasure import erase_volunteer, export_volunteer
from volunteers.views.common import section_context, volunteer_required


class ErasureForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand that my volunteer record in this network will be erased for good."),
        required=False,
    )

    def clean_confirm(self) -> bool:
        # Only a ticked box (which browsers send as "on") erases; no other value a request may carry.
        if self.data.get("confirm") != "on":
            raise forms.ValidationError(_("Tick the box to confirm that you want your record erased."), code="required")
        return True


@volunteer_required
def my_data(request, page, volunteer):
    return page.render(
        request,
        "volunteers/records/my_data.html",
        context_overrides={**section_context(request, page), "current": "data", "volunteer": volunteer},
    )


@volunteer_required
def export(request, page, volunteer):
    body = json.dumps(export_volunteer(volunteer), ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json")
    filename = f"volunteer-data-{request.network.slug}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    add_never_cache_headers(response)
    return response


@volunteer_required
def delete(request, page, volunteer):
    form = ErasureForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        erase_volunteer(volunteer)
        messages.success(request, _("Your volunteer record in this network was erased."))
        return redirect(page.get_url(request))
    return page.render(
        request,
        "volunteers/records/my_data_delete.html",
        context_overrides={**section_context(request, page), "current": "data", "form": form},
    )
