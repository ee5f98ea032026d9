import re
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.languages import SUPPORTED_LANGUAGE_CODES

phone_number_validator = RegexValidator(
    regex=r"^\+?[0-9][0-9 ()\-.]{1,30}$",
    message=_("Enter a phone number using digits, spaces, brackets, dots or dashes, such as 988."),
)


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(
            _("%(value)s is not an IANA time zone, such as America/Chicago."), params={"value": value}
        )


def validate_language_codes(value) -> None:
    if not isinstance(value, list) or not value:
        raise ValidationError(_("Choose at least one language."))
    unknown = [code for code in value if code not in SUPPORTED_LANGUAGE_CODES]
    if unknown:
        raise ValidationError(
            _("These languages are not supported: %(codes)s."), params={"codes": ", ".join(map(str, unknown))}
        )


class NetworkQuerySet(models.QuerySet):
    def for_hostname(self, hostname: str):
        """The network served at `hostname` (no port), matched exactly, or none."""
        hostname = hostname.rstrip(".").lower()
        return (
            self.filter(models.Q(site__hostname__iexact=hostname) | models.Q(aliases__hostname=hostname))
            .select_related("site__root_page")
            .distinct()
        )


class Network(models.Model):
    """A recovery network (a city, county or coalition): the tenant everything else belongs to."""

    site = models.OneToOneField(
        "wagtailcore.Site", on_delete=models.PROTECT, related_name="network", verbose_name=_("site")
    )
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default="America/New_York",
        validators=[validate_time_zone],
        help_text=_("IANA name, such as America/Chicago. Opening hours and events use it."),
    )
    default_language = models.CharField(
        _("default language"),
        max_length=10,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("Shown when a text is missing in the reader's language."),
    )
    enabled_languages = models.JSONField(
        _("enabled languages"),
        default=list,
        validators=[validate_language_codes],
        help_text=_("Language codes offered to readers, such as en, es."),
    )
    crisis_line_number = models.CharField(
        _("crisis line number"),
        max_length=32,
        validators=[phone_number_validator],
        help_text=_("Shown on every public page as a tap-to-call link."),
    )
    crisis_line_text = models.CharField(
        _("crisis line text"),
        max_length=200,
        help_text=_("For example: Call or text 988, any time, free and confidential."),
    )
    contact_email = models.EmailField(_("contact email"))
    verification_interval_days = models.PositiveIntegerField(
        _("verify listings every (days)"),
        default=182,
        help_text=_("Partners are reminded, and the public sees a notice, when a listing is older than this."),
    )
    quick_exit_url = models.URLField(
        _("quick exit address"),
        blank=True,
        help_text=_("A neutral page quick exit opens. Leave empty for the portal's default."),
    )

    objects = NetworkQuerySet.as_manager()

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        if isinstance(self.enabled_languages, list) and self.default_language not in self.enabled_languages:
            raise ValidationError({"default_language": _("The default language must be one of the enabled languages.")})

    @property
    def languages(self) -> list[str]:
        """Enabled language codes in the portal's order, the default always among them."""
        enabled = set(self.enabled_languages or []) | {self.default_language}
        return [code for code in SUPPORTED_LANGUAGE_CODES if code in enabled]

    @property
    def crisis_line_tel(self) -> str:
        return "tel:" + re.sub(r"[^0-9+]", "", self.crisis_line_number)

    @property
    def base_url(self) -> str:
        """The network's address for links sent by email: the configured scheme, its host and any other port.

        Ports 80 and 443 are the ordinary web ports (a site behind a TLS proxy is often recorded as 80).
        """
        port = self.site.port
        host = self.site.hostname if port in (80, 443) else f"{self.site.hostname}:{port}"
        return f"{settings.ACCOUNT_DEFAULT_HTTP_PROTOCOL}://{host}"

    @property
    def home_page(self):
        return self.site.root_page.specific

    def get_quick_exit_url(self) -> str:
        return self.quick_exit_url or settings.PORTAL_QUICK_EXIT_URL


class NetworkAlias(models.Model):
    """Another host name that serves the same network, such as 127.0.0.1 beside localhost."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="aliases")
    hostname = models.CharField(_("host name"), max_length=255, unique=True)

    class Meta:
        verbose_name = _("host name alias")
        verbose_name_plural = _("host name aliases")

    def __str__(self) -> str:
        return self.hostname

    def save(self, *args, **kwargs):
        self.hostname = self.hostname.rstrip(".").lower()
        super().save(*args, **kwargs)
