"""manage.py export_hsds --network SLUG OUT: write one network's directory as an HSDS 3.0 datapackage."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from directory.hsds.exporter import export_hsds
from portal.models import Network


class Command(BaseCommand):
    help = "Export one network's directory as an HSDS 3.0 tabular datapackage (a folder, or a .zip)."

    def add_arguments(self, parser):
        parser.add_argument("out", help="folder to write, or a path ending with .zip")
        parser.add_argument("--network", required=True, help="slug of the network to export")

    def handle(self, *args, **options):
        network = Network.objects.filter(slug=options["network"]).first()
        if network is None:
            raise CommandError(_("No network with the slug %(slug)s.") % {"slug": options["network"]})
        counts = export_hsds(network, Path(options["out"]))
        for table, count in counts.items():
            self.stdout.write(f"{table}: {count}")
        self.stdout.write(_("Wrote %(out)s") % {"out": options["out"]})
