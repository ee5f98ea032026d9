"""Editing panels shared by every feature's models."""

from django import forms
from wagtail.admin.panels import FieldPanel


def select(name: str) -> FieldPanel:
    """A plain select for a relation: Wagtail's chooser would list every network's rows."""
    return FieldPanel(name, widget=forms.Select)
