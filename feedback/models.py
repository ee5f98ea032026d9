from django.utils.translation import gettext_lazy as _

from portal.models.pages import SectionIndexPage


class ListeningSessionIndexPage(SectionIndexPage):
    """Where listening sessions and what changed because of them are shown."""

    class Meta:
        verbose_name = _("listening sessions section")
