from django.utils.translation import gettext_lazy as _

from portal.models.pages import SectionIndexPage


class CircleIndexPage(SectionIndexPage):
    """Where the network's peer circles are listed."""

    class Meta:
        verbose_name = _("peer circles section")
