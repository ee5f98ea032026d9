"""The one-step openings form: partner staff and moderators save a new count at once, and its history grows."""

from __future__ import annotations

from directory.capacity import save_capacity
from portal.admin.forms import NetworkScopedAdminForm
from portal.permissions import editable_organization_ids


class ServiceCapacityForm(NetworkScopedAdminForm):
    """Offers only the services the person may update; once counted, a row's service and unit stay fixed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        service = self.fields.get("service")
        if service is not None:
            organization_ids = editable_organization_ids(self.for_user, self.network)
            if organization_ids is not None:
                service.queryset = service.queryset.filter(organization_id__in=organization_ids)
            if self.instance.pk:
                service.disabled = True
                self.fields["unit"].disabled = True

    def save(self, commit=True):
        capacity = super().save(commit=False)
        if commit:
            save_capacity(capacity, self.for_user)
        return capacity
