"""The platform's pages: a network's home page and the section pages features hang their pages off."""

from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.url_routing import RouteResult

from portal.features import section_of
from portal.languages import network_default_language
from portal.tenancy import NetworkPageQuerySet
from portal.translated_fields import fallback_language

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
    """A section of a network's site that a feature app hangs its pages off.

    When the feature declares a URLconf for its section, the paths below the page are resolved against it and
    served by the feature's views, which receive the request and this page; the page itself holds no view code.
    """

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ol", "ul"])

    translated_text_fields = ("title", "intro")
    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @classmethod
    def section_urlconf(cls) -> str | None:
        section = section_of(cls)
        return section.urlconf if section else None

    def resolve_subpath(self, path: str):
        """The feature's view for `path` below this page (such as "/" or "/42/"), or Http404."""
        try:
            return resolve(path, urlconf=self.section_urlconf())
        except Resolver404 as error:
            raise Http404 from error

    def route(self, request, path_components):
        if self.section_urlconf() is None:
            return super().route(request, path_components)
        if not self.live:
            raise Http404
        path = "/" + "".join(f"{component}/" for component in path_components)
        match = self.resolve_subpath(path)
        return RouteResult(self, args=(match.func, match.args, match.kwargs))

    def serve(self, request, view=None, args=(), kwargs=None):
        if self.section_urlconf() is None:
            return super().serve(request)
        if view is None:
            # Previews and direct calls serve the section's own address.
            match = self.resolve_subpath("/")
            view, args, kwargs = match.func, match.args, match.kwargs
        return view(request, self, *args, **(kwargs or {}))

    def render(self, request, template: str | None = None, context_overrides: dict | None = None):
        """A response with this page's context, for the feature's views."""
        context = {**self.get_context(request), **(context_overrides or {})}
        return TemplateResponse(request, template or self.get_template(request), context)
