"""manage.py import_hsds PATH --network SLUG: import an HSDS 3.0 datapackage (folder or zip) or JSON file."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from directory.hsds.importer import import_hsds
from portal.models import Network


class TerminalProgress:
    """A one-line progress bar on a terminal; plain lines when the output is a file or a pipe."""

    def __init__(self, stdout, width: int = 30):
        self.stdout = stdout
        self.width = width
        self.is_terminal = stdout.isatty()

    def __call__(self, done: int, total: int, label: str) -> None:
        if not self.is_terminal:
            self.stdout.write(f"[{done}/{total}] {label}")
            return
        filled = int(self.width * done / max(total, 1))
        bar = "#" * filled + "-" * (self.width - filled)
        self.stdout.write(f"\r[{bar}] {done}/{total} {label[:40]:<40}", ending="\n" if done >= total else "")
        self.stdout.flush()


class Command(BaseCommand):
    help = "Import an HSDS 3.0 tabular datapackage (folder or .zip) or HSDS JSON into one network."

    def add_arguments(self, parser):
        parser.add_argument("path", help="datapackage folder, .zip, or .json file")
        parser.add_argument("--network", required=True, help="slug of the network to import into")

    def handle(self, *args, **options):
        path = Path(options["path"])
        if not path.exists():
            raise CommandError(_("No such file or folder: %(path)s") % {"path": path})
        network = Network.objects.filter(slug=options["network"]).first()
        if network is None:
            raise CommandError(_("No network with the slug %(slug)s.") % {"slug": options["network"]})
        report = import_hsds(network, path, progress=TerminalProgress(self.stdout))
        for line in report.summary_lines():
            self.stdout.write(line)
        self.stdout.write(
            _("Imported in %(seconds).2f s: %(errors)d rows refused.")
            % {"seconds": report.seconds, "errors": len(report.errors)}
        )
        if report.errors:
            # A script or a scheduler must see that part of the file (or all of it) was not imported.
            raise CommandError(
                _("%(count)d problems: not everything was imported (see the errors above).")
                % {"count": len(report.errors)}
            )
