"""A volunteer's application to an opportunity: only what they may say, never its status or the partner's note."""

from django import forms
from django.core.validators import MaxLengthValidator

from volunteers.models import Application

MOTIVATION_LENGTH = 2000


class ApplicationForm(forms.ModelForm):
    class Meta:
        model = Application
        fields = ("motivation",)
        widgets = {"motivation": forms.Textarea(attrs={"rows": 5, "maxlength": MOTIVATION_LENGTH})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["motivation"].validators.append(MaxLengthValidator(MOTIVATION_LENGTH))
