from django.core.management.base import BaseCommand

from directory.verification import send_reminders
from portal.models import Network


class Command(BaseCommand):
    help = "Email partner staff the listings not verified within their interval. Run it weekly (cron or a worker)."

    def add_arguments(self, parser):
        parser.add_argument("--network", help="Only this network's slug.")

    def handle(self, *args, **options):
        networks = Network.objects.all()
        if options["network"]:
            networks = networks.filter(slug=options["network"])
        for network in networks:
            sent = send_reminders(network)
            self.stdout.write(f"{network.slug}: {sent} reminder(s) sent")
