from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager

from portal.languages import network_default_language
from portal.tenancy import NetworkPageQuerySet
from portal.translation_status import fallback_language

NetworkPageManager = PageManager.from_queryset(NetworkPageQuerySet)


class TranslatedPage(Page):
    """A page whose visible text is translated; tells the reader when it falls back to another language."""

    translated_text_fields: tuple[str, ...] = ("title",)

    objects = NetworkPageManager()

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shown_in = fallback_language(self, self.translated_text_fields, get_language(), network_default_language())
        context["content_language"] = shown_in or get_language()
        context["translation_fallback"] = shown_in is not None
        return context


class HomePage(TranslatedPage):
    """A network's front page: the root of its page tree."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    translated_text_fields = ("title", "intro", "body")
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1
    template = "portal/home_page.html"

    class Meta:
        verbose_name = _("home page")


class SectionIndexPage(TranslatedPage):
    """A section of a network's site that a feature app hangs its pages off."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    translated_text_fields = ("title", "intro")
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
