"""Admin screens for partner organizations and their staff, shared by every feature.

Moderators say who keeps each organization's records: partner staff, added by the email address of an existing
account. No list of the installation's users is ever shown, and only the request's network's rows are listed,
edited or removed. Partner staff open and edit their own organization's record.
"""

from __future__ import annotations

from django import forms
from django.contrib.admin.utils import unquote
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import BasePermissionPolicy

from portal.admin.viewsets import NetworkScopedSnippetViewSet
from portal.languages import SUPPORTED_LANGUAGE_CODES, field_suffix
from portal.models import NetworkRole, Organization, OrganizationMembership
from portal.permissions import is_moderator
from portal.tenancy import current_network


class OrganizationViewSet(NetworkScopedSnippetViewSet):
    model = Organization
    icon = "group"
    menu_label = _("Partner organizations")
    add_to_admin_menu = True
    menu_order = 140
    organization_lookup = "id"
    list_display = ["name", "email", "updated_at"]
    search_fields = [f"name_{field_suffix(code)}" for code in SUPPORTED_LANGUAGE_CODES]


class NetworkModeratorsPolicy(BasePermissionPolicy):
    """Every action is open to the moderators of the network whose admin is in use, and to nobody else."""

    def user_has_permission(self, user, action) -> bool:
        return is_moderator(user, current_network())

    def users_with_any_permission(self, actions):
        moderators = {"network_roles__network": current_network(), "network_roles__role": NetworkRole.Role.MODERATOR}
        return get_user_model().objects.filter(**moderators)


class MembershipForm(forms.ModelForm):
    class Meta:
        model = OrganizationMembership
        fields = ["organization", "role"]

    def __init__(self, *args, network, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organization"].queryset = Organization.objects.for_network(network)


class MembershipCreateForm(MembershipForm):
    email = forms.EmailField(
        label=_("Email address"), help_text=_("The person must already have an account: ask them to sign up first.")
    )
    field_order = ["email", "organization", "role"]

    def clean_email(self) -> str:
        email = self.cleaned_data["email"]
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise forms.ValidationError(_("Nobody has an account with this email address yet."))
        self.instance.user = user
        return email

    def clean(self):
        cleaned = super().clean()
        organization = cleaned.get("organization")
        existing = OrganizationMembership.objects.filter(user_id=self.instance.user_id, organization=organization)
        if self.instance.user_id and organization and existing.exists():
            raise forms.ValidationError(_("This person already keeps this organization's listings."))
        return cleaned


class ModeratorsOnlyMixin:
    """Refuses everyone but the network's moderators before any row is looked up, the same way in every view."""

    def setup(self, request, *args, **kwargs):
        # Before `setup`, which is where some of Wagtail's views already look their object up.
        if not is_moderator(request.user, request.network):
            raise PermissionDenied
        super().setup(request, *args, **kwargs)


class NetworkFormMixin:
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "network": self.request.network}


class ScopedObjectMixin:
    def get_object(self, queryset=None):
        memberships = OrganizationMembership.objects.for_network(self.request.network)
        return get_object_or_404(memberships, pk=unquote(str(self.kwargs[self.pk_url_kwarg])))


class MembershipIndexView(ModeratorsOnlyMixin, generic.IndexView):
    def get_base_queryset(self):
        memberships = OrganizationMembership.objects.for_network(self.request.network)
        return memberships.select_related("user", "organization").order_by("organization__name", "user__email")


class MembershipCreateView(ModeratorsOnlyMixin, NetworkFormMixin, generic.CreateView):
    pass


class MembershipEditView(ModeratorsOnlyMixin, NetworkFormMixin, ScopedObjectMixin, generic.EditView):
    pass


class MembershipDeleteView(ModeratorsOnlyMixin, ScopedObjectMixin, generic.DeleteView):
    pass


class MembershipViewSet(ModelViewSet):
    model = OrganizationMembership
    icon = "group"
    menu_label = _("Partner staff")
    add_to_admin_menu = True
    menu_order = 145
    list_display = ["user", "organization", "role"]
    index_view_class = MembershipIndexView
    add_view_class = MembershipCreateView
    edit_view_class = MembershipEditView
    delete_view_class = MembershipDeleteView
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_form_class(self, for_update: bool = False):
        return MembershipForm if for_update else MembershipCreateForm
