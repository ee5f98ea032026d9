"""Admin forms for networks: editing one, and creating one with everything it needs."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from portal.languages import field_suffix
from portal.models import Network
from portal.provisioning import NetworkSpec, provision_network, validate

LANGUAGE_CHOICES = settings.LANGUAGES


class NetworkForm(WagtailAdminModelForm):
    """Edits a network's settings. Languages are chosen from the portal's list."""

    enabled_languages = forms.MultipleChoiceField(
        label=_("Enabled languages"), choices=LANGUAGE_CHOICES, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = Network
        # The untranslated columns are filled from the translations; editors see one field per language.
        exclude = ["site", "name", "crisis_line_text"]


class NetworkCreateForm(NetworkForm):
    """Creates a network with its site, home page, sections and role groups in one step."""

    hostname = forms.CharField(
        label=_("Host name"), max_length=255, help_text=_("Such as recovery.example.org, without https://.")
    )

    def clean_hostname(self) -> str:
        return self.cleaned_data["hostname"].strip().lower().rstrip(".")

    def spec(self) -> NetworkSpec:
        data = self.cleaned_data
        names = {code: data.get(f"name_{field_suffix(code)}") for code, _name in LANGUAGE_CHOICES}
        texts = {code: data.get(f"crisis_line_text_{field_suffix(code)}") for code, _name in LANGUAGE_CHOICES}
        return NetworkSpec(
            slug=data["slug"],
            hostname=data["hostname"],
            names={code: value for code, value in names.items() if value},
            crisis_line_number=data["crisis_line_number"],
            crisis_line_texts={code: value for code, value in texts.items() if value},
            contact_email=data["contact_email"],
            time_zone=data["time_zone"],
            default_language=data["default_language"],
            enabled_languages=data["enabled_languages"],
        )

    def clean(self):
        cleaned = super().clean()
        if not self.errors:
            try:
                validate(self.spec())
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    self.add_error(field if field in self.fields else None, messages)
        return cleaned

    def save(self, commit: bool = True) -> Network:
        self.instance = provision_network(self.spec())
        return self.instance
