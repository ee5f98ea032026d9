"""Admin forms of the directory: every choice is limited to the request's network (and partner's organizations)."""

from django import forms
from django.core.exceptions import PermissionDenied
from wagtail.admin.forms import WagtailAdminModelForm

from portal.permissions import editable_organization_ids
from portal.tenancy import current_network


class NetworkScopedAdminForm(WagtailAdminModelForm):
    """Limits related-object choices to the current network and sets the network of new rows."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = current_network()
        organization_ids = editable_organization_ids(self.for_user, self.network) if self.for_user else set()
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not hasattr(queryset, "for_network"):
                continue
            field.queryset = queryset.for_network(self.network) if self.network else queryset.none()
            if queryset.model._meta.label == "directory.Organization" and organization_ids is not None:
                field.queryset = field.queryset.filter(pk__in=organization_ids)

    def save(self, commit=True):
        if self.network is None:
            raise PermissionDenied
        if hasattr(self.instance, "network_id"):
            self.instance.network = self.network
        return super().save(commit=commit)


class CheckboxList(forms.CheckboxSelectMultiple):
    """Categories as a list of checkboxes (no chooser that could list other networks' rows)."""
