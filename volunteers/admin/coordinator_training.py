"""A coordinator verifies, in one step, a training record a volunteer logged: then it counts for every partner."""

from __future__ import annotations

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from volunteers.admin.coordinator_base import is_coordinator
from volunteers.models import TrainingRecord

VERIFY_TRAINING_ACTION = "volunteers.verify_training"


def verify_training(request, pk: int):
    """GET asks to confirm; POST records who verified the training and when."""
    if not is_coordinator(request.user, request.network):
        raise Http404
    records = TrainingRecord.objects.for_network(request.network).select_related("volunteer", "module")
    record = get_object_or_404(records, pk=pk)
    if request.method == "POST":
        record.verified_at = timezone.now()
        record.verified_by = request.user
        record.save(update_fields=["verified_at", "verified_by"])
        log(record, VERIFY_TRAINING_ACTION, user=request.user)
        messages.success(
            request,
            _("“%(module)s” of %(volunteer)s is verified.")
            % {"module": record.module.name, "volunteer": record.volunteer.display_name},
        )
        return redirect("wagtailsnippets_volunteers_trainingrecord:list")
    return TemplateResponse(
        request,
        "volunteers/admin/coordinator/verify_training.html",
        {
            "record": record,
            "page_title": _("Verify a training record"),
            "header_title": _("Verify a training record"),
            "edit_url": reverse("wagtailsnippets_volunteers_trainingrecord:edit", args=[record.pk]),
        },
    )
