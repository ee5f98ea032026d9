"""The volunteer's training log, and the one door to a training's evidence file."""

from __future__ import annotations

from pathlib import PurePath

from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from portal import roles
from portal.permissions import has_role
from volunteers.admin.records import OPEN_EVIDENCE_ACTION
from volunteers.forms.records import TrainingRecordForm
from volunteers.models import TrainingRecord
from volunteers.totals import network_today
from volunteers.views.common import login_url, section_context, volunteer_required


@volunteer_required
def my_training(request, page, volunteer):
    today = network_today(request.network)
    posted = request.method == "POST"
    form = TrainingRecordForm(
        request.POST if posted else None, request.FILES if posted else None, network=request.network, today=today
    )
    if request.method == "POST" and form.is_valid():
        form.instance.volunteer = volunteer
        with transaction.atomic():
            form.save()
        messages.success(request, _("Your training was logged. A coordinator will verify it."))
        return redirect(request.path)
    records = volunteer.training_records.select_related("module").order_by("-completed_on", "-pk")
    return page.render(
        request,
        "volunteers/records/my_training.html",
        context_overrides={
            **section_context(request, page),
            "current": "training",
            "form": form,
            "records": records,
            "today": today,
        },
    )


def evidence(request, page, pk: int):
    """The file, to the record's own volunteer or a coordinator of its network; to everyone else it does not exist."""
    if not request.user.is_authenticated:
        return redirect(login_url(request))
    record = TrainingRecord.objects.for_network(request.network).select_related("volunteer").filter(pk=pk).first()
    if record is None or not record.evidence:
        raise Http404
    own = record.volunteer.user_id == request.user.pk
    if not own and not has_role(request.user, request.network, roles.COORDINATOR):
        raise Http404
    try:
        file = record.evidence.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    if not own:
        # Who opened whose evidence, and when: the record's label carries no name.
        log(record, OPEN_EVIDENCE_ACTION, user=request.user, data={"file": PurePath(record.evidence.name).name})
    response = FileResponse(file, as_attachment=True, filename=PurePath(record.evidence.name).name)
    response["X-Content-Type-Options"] = "nosniff"
    add_never_cache_headers(response)
    return response
