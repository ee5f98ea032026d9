from modeltranslation.translator import TranslationOptions, register

from volunteers.models import OpportunityIndexPage


@register(OpportunityIndexPage)
class OpportunityIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)
