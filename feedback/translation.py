from modeltranslation.translator import TranslationOptions, register

from feedback.models import ListeningSessionIndexPage


@register(ListeningSessionIndexPage)
class ListeningSessionIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)
