from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from portal.languages import SUPPORTED_LANGUAGE_CODES as LANGUAGE_CODES
from portal.provisioning import NetworkSpec, provision_network


def language_list(value: str) -> list[str]:
    codes = [code.strip() for code in value.split(",") if code.strip()]
    unknown = [code for code in codes if code not in LANGUAGE_CODES]
    if unknown:
        raise CommandError(f"Unknown language codes: {', '.join(unknown)}. Use: {', '.join(LANGUAGE_CODES)}")
    return codes


class Command(BaseCommand):
    help = "Create a network: its Wagtail site, translated home page, section pages and role groups."

    def add_arguments(self, parser):
        parser.add_argument("--slug", required=True)
        parser.add_argument("--hostname", required=True, help="Host name the network is served at.")
        parser.add_argument("--name", required=True, help="The network's name in its default language.")
        parser.add_argument("--crisis-number", required=True)
        parser.add_argument("--crisis-text", required=True, help="In the default language.")
        parser.add_argument("--contact-email", required=True)
        parser.add_argument("--time-zone", default="America/New_York")
        parser.add_argument("--default-language", default="en", choices=LANGUAGE_CODES)
        parser.add_argument("--languages", type=language_list, default=list(LANGUAGE_CODES))
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument("--alias", action="append", default=[], help="Another host name; repeatable.")

    def handle(self, *args, **options):
        default = options["default_language"]
        languages = options["languages"]
        if default not in languages:
            languages.append(default)
        spec = NetworkSpec(
            slug=options["slug"],
            hostname=options["hostname"].lower(),
            names={default: options["name"]},
            crisis_line_number=options["crisis_number"],
            crisis_line_texts={default: options["crisis_text"]},
            contact_email=options["contact_email"],
            time_zone=options["time_zone"],
            default_language=default,
            enabled_languages=languages,
            port=options["port"],
            aliases=[alias.lower() for alias in options["alias"]],
        )
        try:
            with translation.override(settings.LANGUAGE_CODE):
                network = provision_network(spec)
        except ValidationError as error:
            messages = "; ".join(f"{key}: {' '.join(value)}" for key, value in error.message_dict.items())
            raise CommandError(messages) from error
        self.stdout.write(self.style.SUCCESS(f"Created network {network.slug} at {network.site.hostname}."))
