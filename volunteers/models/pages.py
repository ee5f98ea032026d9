from django.utils.translation import gettext_lazy as _

from portal.models.pages import SectionIndexPage


class OpportunityIndexPage(SectionIndexPage):
    """Where volunteer opportunities of the network are listed."""

    class Meta:
        verbose_name = _("volunteering section")
