"""Moderation emails link to the admin on the host of the object's own network.

Wagtail renders every link of its notification emails from one setting, `WAGTAILADMIN_BASE_URL`, through a
template tag that no context can override; each network's staff sign in on their network's host only, so the
links are rewritten to that host after rendering.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import get_connection
from django.template.loader import render_to_string
from django.utils.translation import override
from wagtail.admin import mail
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from portal.models.moderation import network_of

logger = logging.getLogger(__name__)


def admin_base_url_of(obj) -> str | None:
    """The base URL of the admin on the host of `obj`'s network, or None when it belongs to no network."""
    network = network_of(obj) if obj is not None else None
    return network.site.root_url if network is not None else None


def on_network_host(text: str, base_url: str | None) -> str:
    configured = get_admin_base_url()
    if not base_url or not configured:
        return text
    return text.replace(configured.rstrip("/"), base_url.rstrip("/"))


class NetworkHostEmailMixin:
    """Wagtail's `EmailNotificationMixin.send_emails`, with the links moved to the object's network's host."""

    def send_emails(self, template_set, context, recipients, **kwargs) -> bool:
        base_url = admin_base_url_of(context.get("object"))
        use_html = getattr(settings, "WAGTAILADMIN_NOTIFICATION_USE_HTML", False)
        sent_count = 0
        try:
            with mail.OpenedConnection(get_connection()) as connection:
                for recipient in recipients:
                    context["user"] = recipient
                    with override(recipient.wagtail_userprofile.get_preferred_language()):
                        subject = render_to_string(template_set["subject"], context).strip()
                        text = render_to_string(template_set["text"], context).strip()
                        html = render_to_string(template_set["html"], context) if use_html else None
                    options = {"html_message": on_network_host(html, base_url)} if html else {}
                    try:
                        mail.send_mail(
                            subject,
                            on_network_host(text, base_url),
                            [recipient.email],
                            connection=connection,
                            **options,
                        )
                        sent_count += 1
                    except Exception:
                        logger.exception("Failed to send notification email '%s' to %s", subject, recipient.email)
        except (TimeoutError, ConnectionError):
            logger.exception("Mail connection error, notification sending skipped")
        return sent_count == len(recipients)


class TaskSubmissionNotifier(NetworkHostEmailMixin, mail.GroupApprovalTaskStateSubmissionEmailNotifier):
    pass


class WorkflowSubmissionNotifier(NetworkHostEmailMixin, mail.WorkflowStateSubmissionEmailNotifier):
    pass


class WorkflowApprovalNotifier(NetworkHostEmailMixin, mail.WorkflowStateApprovalEmailNotifier):
    pass


class WorkflowRejectionNotifier(NetworkHostEmailMixin, mail.WorkflowStateRejectionEmailNotifier):
    pass


# (signal, sender, Wagtail's dispatch_uid, notifier): Wagtail's receiver is replaced under the same uid.
NOTIFIERS = (
    (task_submitted, TaskState, "group_approval_task_submitted_email_notification", TaskSubmissionNotifier()),
    (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification", WorkflowSubmissionNotifier()),
    (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification", WorkflowRejectionNotifier()),
    (workflow_approved, WorkflowState, "workflow_state_approved_email_notification", WorkflowApprovalNotifier()),
)


def send_moderation_emails_from_network_hosts() -> None:
    for signal, sender, dispatch_uid, notifier in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid, weak=False)
