"""The moderation workflow partner edits go through before the public sees them."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Workflow, WorkflowContentType, WorkflowTask

from portal import features
from portal.models import NetworkModerationTask

WORKFLOW_NAME = "Network moderation"


@transaction.atomic
def ensure_moderation_workflow() -> Workflow:
    """One workflow, one task: the moderators of the record's own network approve or reject it.

    Every model a feature declares as moderated is assigned to it.
    """
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = NetworkModerationTask.objects.filter(name=WORKFLOW_NAME).first()
    if task is None:
        task = NetworkModerationTask.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task.task_ptr, defaults={"sort_order": 0})
    for model in features.moderated_models():
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return workflow
