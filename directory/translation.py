from modeltranslation.translator import TranslationOptions, register

from directory.models import DirectoryIndexPage


@register(DirectoryIndexPage)
class DirectoryIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)
