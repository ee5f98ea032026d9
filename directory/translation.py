from modeltranslation.translator import TranslationOptions, register

from directory.models import (
    Category,
    CostOption,
    DirectoryIndexPage,
    Location,
    RequiredDocument,
    ScheduleException,
    Service,
)


@register(DirectoryIndexPage)
class DirectoryIndexPageTranslationOptions(TranslationOptions):
    fields = ("intro",)


@register(Category)
class CategoryTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(Location)
class LocationTranslationOptions(TranslationOptions):
    fields = ("name", "description", "transportation", "accessibility", "confidential_contact")


@register(Service)
class ServiceTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "alternate_name",
        "description",
        "alert",
        "application_process",
        "interpretation_services",
        "fees_description",
        "eligibility_description",
    )


@register(CostOption)
class CostOptionTranslationOptions(TranslationOptions):
    fields = ("amount_description",)


@register(RequiredDocument)
class RequiredDocumentTranslationOptions(TranslationOptions):
    fields = ("document",)


@register(ScheduleException)
class ScheduleExceptionTranslationOptions(TranslationOptions):
    fields = ("note",)
