"""The moderation task partner edits wait in: approval by the moderators of the record's own network."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Task, TaskState

from portal.models.networks import Network
from portal.models.roles import NetworkRole
from portal.permissions import is_moderator, networks_where


def network_of(obj) -> Network | None:
    """The network a moderated object belongs to: its `network` field, or for a page its site's network."""
    network = getattr(obj, "network", None)
    if network is not None:
        return network
    if isinstance(obj, Page):
        for candidate in Network.objects.select_related("site__root_page"):
            if obj.path.startswith(candidate.site.root_page.path):
                return candidate
    return None


class NetworkModerationTask(Task):
    """Approval by the moderators of the object's own network, and of no other network."""

    def _is_moderator(self, obj, user) -> bool:
        return is_moderator(user, network_of(obj))

    def user_can_access_editor(self, obj, user):
        return self._is_moderator(obj, user)

    def locked_for_user(self, obj, user):
        return not self._is_moderator(obj, user)

    def user_can_lock(self, obj, user):
        return self._is_moderator(obj, user)

    def user_can_unlock(self, obj, user):
        return False

    def get_actions(self, obj, user):
        if not self._is_moderator(obj, user):
            return []
        return [
            ("reject", _("Request changes"), True),
            ("approve", _("Approve"), False),
            ("approve", _("Approve with comment"), True),
        ]

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        networks = list(networks_where(user, NetworkRole.Role.MODERATOR))
        if not networks:
            return TaskState.objects.none()
        visible = [
            state.pk
            for state in states.select_related("workflow_state")
            if network_of(state.workflow_state.content_object) in networks
        ]
        return states.filter(pk__in=visible)

    @classmethod
    def get_description(cls):
        return _("Moderators of the network the item belongs to approve it")

    class Meta:
        verbose_name = _("network moderation task")
        verbose_name_plural = _("network moderation tasks")
