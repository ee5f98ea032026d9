from modeltranslation.translator import TranslationOptions, register

from peer_groups.models import CircleIndexPage


@register(CircleIndexPage)
class CircleIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)
