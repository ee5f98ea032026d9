"""Admin forms whose choices never reach past the request's network, nor past a partner's own organizations."""

from __future__ import annotations

from django import forms
from django.core.exceptions import PermissionDenied
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.models import WagtailAdminModelFormMetaclass

from portal.models import Network, Organization
from portal.permissions import editable_organization_ids
from portal.tenancy import current_network


def scope_choices(form_fields: dict[str, forms.Field], network: Network | None, user) -> None:
    """Limit every model choice to `network`'s rows; for partner staff, organizations to their own."""
    organization_ids = editable_organization_ids(user, network) if user is not None else set()
    for field in form_fields.values():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not hasattr(queryset, "for_network"):
            continue
        field.queryset = queryset.for_network(network) if network else queryset.none()
        if queryset.model is Organization and organization_ids is not None:
            field.queryset = field.queryset.filter(pk__in=organization_ids)


class NetworkScopedFormMetaclass(WagtailAdminModelFormMetaclass):
    @classmethod
    def child_form(cls):
        # Inline rows (a service's locations...) get the same scoping as the record they belong to.
        return NetworkScopedChildForm


class NetworkScopedChildForm(WagtailAdminModelForm, metaclass=NetworkScopedFormMetaclass):
    """An inline row's form: its choices are scoped like its parent's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        scope_choices(self.fields, current_network(), self.for_user)


class NetworkScopedAdminForm(WagtailAdminModelForm, metaclass=NetworkScopedFormMetaclass):
    """Limits related-object choices to the current network and sets the network of new rows."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.network = current_network()
        scope_choices(self.fields, self.network, self.for_user)

    def _get_validation_exclusions(self):
        # The network is no form field, so Django would skip constraints naming it (a category code unique per
        # network): a duplicate would reach the database as an error page instead of a form error.
        exclusions = super()._get_validation_exclusions()
        if self.network is not None and hasattr(self.instance, "network_id"):
            self.instance.network = self.network
            exclusions.discard("network")
        return exclusions

    def save(self, commit=True):
        if self.network is None:
            raise PermissionDenied
        if hasattr(self.instance, "network_id"):
            self.instance.network = self.network
        return super().save(commit=commit)
