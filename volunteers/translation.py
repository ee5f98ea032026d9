from modeltranslation.translator import TranslationOptions, register

from volunteers.models import CodeOfConduct, Opportunity, OpportunityIndexPage, TrainingModule


@register(OpportunityIndexPage)
class OpportunityIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(CodeOfConduct)
class CodeOfConductTranslationOptions(TranslationOptions):
    fields = ("title", "text")


@register(TrainingModule)
class TrainingModuleTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Opportunity)
class OpportunityTranslationOptions(TranslationOptions):
    fields = ("title", "role", "description", "place", "schedule")
