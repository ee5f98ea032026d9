"""manage.py reindex_search [--network SLUG] [--background]: rebuild the directory's search documents."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from directory.search.documents import reindex_network
from directory.search.tasks import reindex_network_task
from portal.models import Network


class Command(BaseCommand):
    help = "Rebuild the search documents and search terms of one network, or of every network."

    def add_arguments(self, parser):
        parser.add_argument("--network", help="slug of the network (default: every network)")
        parser.add_argument("--background", action="store_true", help="queue the work for the task worker")

    def handle(self, *args, **options):
        networks = Network.objects.order_by("slug")
        if options["network"]:
            networks = networks.filter(slug=options["network"])
            if not networks:
                raise CommandError(_("No network with the slug %(slug)s.") % {"slug": options["network"]})
        for network in networks:
            if options["background"]:
                result = reindex_network_task.enqueue(network_id=network.pk)
                self.stdout.write(_("%(network)s: queued as task %(id)s") % {"network": network.slug, "id": result.id})
                continue
            started = time.monotonic()
            count = reindex_network(network)
            self.stdout.write(
                _("%(network)s: %(count)d services indexed in %(seconds).1f s")
                % {"network": network.slug, "count": count, "seconds": time.monotonic() - started}
            )
