"""The directory's section page: its views live in directory/views.py, reached through directory/urls.py."""

from django.utils.translation import gettext_lazy as _

from portal.models.pages import SectionIndexPage


class DirectoryIndexPage(SectionIndexPage):
    """The network's directory of partner services: search, one page per service, and a printable list."""

    template = "directory/directory_index_page.html"

    class Meta:
        verbose_name = _("directory section")
