"""The volunteer's profile in a network, and their agreement to its code of conduct."""

from __future__ import annotations

import re

from django import forms
from django.core.validators import MaxLengthValidator
from django.utils.translation import gettext_lazy as _

from portal.languages import SUPPORTED_LANGUAGE_CODES, language_name
from volunteers.models import VolunteerProfile

# Languages volunteers often speak beyond the portal's own, offered after the network's (ISO 639 codes that
# portal.languages.language_name names in the reader's language).
OTHER_SPOKEN_LANGUAGES = ("asl", "fr", "pt", "ru", "ko", "tl", "ht", "so", "am", "fa", "hmn", "yue", "ja", "de")
LONG_TEXT_LENGTH = 1000
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-.]{3,40}$")
PHONE_ERROR = _("Enter a phone number: digits, spaces, and + - ( ) only.")
AGREE_ERROR = _("Please confirm you have read and agree to the code of conduct.")


def spoken_language_choices(network) -> list[tuple[str, str]]:
    """The network's languages first, then the portal's others, then common others, each named for the reader."""
    codes = [*network.languages]
    codes += [code for code in (*SUPPORTED_LANGUAGE_CODES, *OTHER_SPOKEN_LANGUAGES) if code not in codes]
    return [(code, language_name(code)) for code in codes]


def clean_phone(value: str) -> str:
    value = " ".join(value.split())
    if value and (not PHONE_PATTERN.match(value) or sum(c.isdigit() for c in value) < 3):
        raise forms.ValidationError(PHONE_ERROR, code="phone")
    return value


class AgreementField(forms.BooleanField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("I have read and agree to the code of conduct and confidentiality agreement."),
            error_messages={"required": AGREE_ERROR},
            **kwargs,
        )


class VolunteerProfileForm(forms.ModelForm):
    """Asked in the reader's language. A new profile also agrees to the code in force, when the network has one."""

    class Meta:
        model = VolunteerProfile
        fields = (
            "display_name",
            "phone",
            "preferred_language",
            "languages_spoken",
            "availability",
            "areas",
            "skills",
            "emergency_contact_name",
            "emergency_contact_phone",
        )
        widgets = {
            "availability": forms.Textarea(attrs={"rows": 3}),
            "skills": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, network, ask_agreement: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].help_text = _("The name partners and coordinators will call you.")
        self.fields["preferred_language"] = forms.ChoiceField(
            label=_("Preferred language"),
            choices=[(code, language_name(code)) for code in network.languages],
            help_text=_("Messages to you are written in this language."),
        )
        self.fields["languages_spoken"] = forms.MultipleChoiceField(
            label=_("Languages you speak"),
            choices=spoken_language_choices(network),
            widget=forms.CheckboxSelectMultiple,
            required=False,
        )
        for name in ("availability", "skills"):
            self.fields[name].validators.append(MaxLengthValidator(LONG_TEXT_LENGTH))
            self.fields[name].widget.attrs["maxlength"] = LONG_TEXT_LENGTH
        self.fields["emergency_contact_name"].help_text = _("Who we call if something happens to you on a shift.")
        if ask_agreement:
            self.fields["agree"] = AgreementField()

    def clean_phone(self) -> str:
        return clean_phone(self.cleaned_data["phone"])

    def clean_emergency_contact_phone(self) -> str:
        return clean_phone(self.cleaned_data["emergency_contact_phone"])

    def clean_languages_spoken(self) -> list[str]:
        return sorted(set(self.cleaned_data["languages_spoken"]))


class AcknowledgementForm(forms.Form):
    agree = AgreementField()
