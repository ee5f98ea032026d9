"""Partner staff's admin forms: choices kept to their own organizations, and the checks of each step."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import translator

from portal import roles
from portal.admin.forms import NetworkScopedAdminForm
from portal.languages import SUPPORTED_LANGUAGE_CODES, field_suffix, language_name
from portal.permissions import editable_organization_ids, has_role
from volunteers.admin.partner_actions import approve_hours, record_status_change
from volunteers.models import Application, HoursEntry, Opportunity
from volunteers.requirements import placeable
from volunteers.totals import network_today


def volunteering_organization_ids(user, network) -> set[int] | None:
    """Organizations whose volunteering records `user` keeps in `network`: None means all of them.

    Moderators and coordinators work across the network; partner staff only for their own organizations.
    """
    if network is not None and has_role(user, network, roles.COORDINATOR):
        return None
    return editable_organization_ids(user, network)


def as_select(field: forms.ModelChoiceField) -> None:
    # Wagtail offers a snippet chooser for relations to snippets: a plain select lists only the scoped choices.
    field.widget = forms.Select()
    field.widget.choices = field.choices


class OpportunityForm(NetworkScopedAdminForm):
    """Texts in the network's languages only; organizations and training modules of the partner and network."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Required texts: in the network's default language, which readers fall back to, and in the portal's base
        # language, whose column the model itself requires (a revision is fully validated when submitted).
        required_in = {settings.MODELTRANSLATION_DEFAULT_LANGUAGE}
        if self.network:
            required_in.add(self.network.default_language)
        shown = (set(self.network.languages) if self.network else set()) | required_in
        for field_name in translator.get_options_for_model(Opportunity).fields:
            required = not Opportunity._meta.get_field(field_name).blank
            for code in SUPPORTED_LANGUAGE_CODES:
                name = f"{field_name}_{field_suffix(code)}"
                if code not in shown:
                    self.fields.pop(name, None)
                elif name in self.fields:
                    self.fields[name].required = required and code in required_in
        if "organization" in self.fields:
            as_select(self.fields["organization"])
        if "required_modules" in self.fields:
            self.fields["required_modules"].widget = forms.CheckboxSelectMultiple(
                choices=self.fields["required_modules"].choices
            )
        if "languages_wanted" in self.fields:
            self.fields["languages_wanted"] = forms.TypedMultipleChoiceField(
                label=Opportunity._meta.get_field("languages_wanted").verbose_name,
                choices=[(code, language_name(code)) for code in (self.network.languages if self.network else [])],
                widget=forms.CheckboxSelectMultiple,
                required=False,
                initial=self.instance.languages_wanted,
                help_text=_("Volunteers who speak one of them see this opportunity suggested first."),
            )


class ShiftForm(NetworkScopedAdminForm):
    """Only the opportunities of the person's own organizations; a cancelled shift is no longer edited."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        opportunity = self.fields.get("opportunity")
        if opportunity is not None:
            organization_ids = volunteering_organization_ids(self.for_user, self.network)
            if organization_ids is not None:
                opportunity.queryset = opportunity.queryset.filter(organization_id__in=organization_ids)
            as_select(opportunity)

    def clean(self):
        cleaned_data = super().clean()
        if self.instance.pk and self.instance.cancelled_at is not None:
            raise ValidationError(_("This shift was cancelled: add a new shift instead."))
        return cleaned_data


class ApplicationReviewForm(NetworkScopedAdminForm):
    """A status and a note for the volunteer. Accepting someone not yet placeable needs a conditional offer."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.previous_status = self.instance.status

    def clean(self):
        cleaned_data = super().clean()
        status = cleaned_data.get("status")
        conditional = cleaned_data.get("conditional", False)
        deciding = {"status", "conditional"} & set(self.changed_data)
        if status == Application.Status.ACCEPTED and not conditional and deciding:
            opportunity = self.instance.opportunity
            readiness = placeable(self.instance.volunteer, opportunity, network_today(opportunity.network))
            if not readiness.placeable:
                message = _("%(refusal)s Tick “conditional offer” to accept on condition that these are met first.") % {
                    "refusal": readiness.refusal()
                }
                self.add_error("status", message)
        return cleaned_data

    def save(self, commit=True):
        application = super().save(commit=commit)
        if commit and application.status != self.previous_status:
            record_status_change(application, self.previous_status, self.for_user)
        return application


class HoursApprovalForm(NetworkScopedAdminForm):
    """One tick approves the hours: who approved them and when are recorded, and the approval stays."""

    approved = forms.BooleanField(label=_("Approved"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.approved_at is not None:
            self.fields["approved"].initial = True
            self.fields["approved"].disabled = True

    def save(self, commit=True):
        entry: HoursEntry = super().save(commit=False)
        if commit and self.cleaned_data["approved"] and entry.approved_at is None:
            approve_hours([entry], self.for_user)
        return entry
