"""Expiry reminders and removals from shifts (volunteers.reminders); safe to run every hour."""

from django.core.management.base import BaseCommand

from portal.models import Network
from volunteers.reminders import send_volunteer_reminders


class Command(BaseCommand):
    help = (
        "Email volunteers and coordinators 60 and 14 days before a training or background check expires, and take "
        "volunteers off future shifts that need what expired. Each message is sent once: run it hourly or daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--network", help="Only this network's slug.")

    def handle(self, *args, **options):
        networks = Network.objects.select_related("site")
        if options["network"]:
            networks = networks.filter(slug=options["network"])
        self.stdout.write(send_volunteer_reminders(networks).summary())
