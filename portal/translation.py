from modeltranslation.translator import TranslationOptions, register

from portal.models import HomePage, Network, Organization


@register(Network)
class NetworkTranslationOptions(TranslationOptions):
    fields = ("name", "crisis_line_text")


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = ("intro", "body")


@register(Organization)
class OrganizationTranslationOptions(TranslationOptions):
    fields = ("name", "alternate_name", "description")
