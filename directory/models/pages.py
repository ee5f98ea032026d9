from django.utils.translation import gettext_lazy as _

from portal.models.pages import SectionIndexPage


class DirectoryIndexPage(SectionIndexPage):
    """The network's directory of partner services."""

    class Meta:
        verbose_name = _("directory section")
