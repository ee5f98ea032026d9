"""Coordinators' forms: supervisors chosen among the network's people, and codes of conduct kept as acknowledged."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Max
from django.utils.translation import gettext as _

from portal.admin.forms import NetworkScopedAdminForm
from volunteers.admin.coordinator_base import network_people
from volunteers.models import CodeOfConduct


def person_label(user) -> str:
    name = user.get_full_name()
    return f"{name} ({user.email})" if name else user.email or user.get_username()


class SupervisedRecordForm(NetworkScopedAdminForm):
    """A form with a `supervisor` to choose among the people of the network (partner staff, role holders)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("supervisor")
        if field is not None:
            field.queryset = network_people(self.network) if self.network else field.queryset.none()
            field.label_from_instance = person_label


class VolunteerProfileForm(SupervisedRecordForm):
    pass


class TrainingRecordForm(NetworkScopedAdminForm):
    pass


class CodeOfConductForm(NetworkScopedAdminForm):
    """A version volunteers acknowledged stays as they read it: changes go into a new version (offered the next
    number)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance._state.adding and self.network is not None and "version" in self.fields:
            latest = CodeOfConduct.objects.for_network(self.network).aggregate(latest=Max("version"))["latest"]
            self.fields["version"].initial = (latest or 0) + 1

    def clean(self):
        cleaned = super().clean()
        if not self.instance._state.adding:
            count = self.instance.acknowledgements.count()
            if count:
                raise ValidationError(
                    _("Volunteers have acknowledged this version (%(count)s): add a new version instead.")
                    % {"count": count}
                )
        return cleaned
