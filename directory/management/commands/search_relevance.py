"""manage.py search_relevance [--misses]: success@3 and MRR of the judged queries, per language."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from directory.search.relevance import judged_queries, measure
from portal.models import Network


class Command(BaseCommand):
    help = "Run the judged relevance queries against the seeded demo networks and print success@3 and MRR."

    def add_arguments(self, parser):
        parser.add_argument("--misses", action="store_true", help="list the queries answered below the top 3")

    def handle(self, *args, **options):
        queries = judged_queries()
        networks = Network.objects.in_bulk({query["network"] for query in queries}, field_name="slug")
        if not networks:
            raise CommandError(_("The demo networks are not seeded: run manage.py seed_demo first."))
        scores = measure(networks, queries)
        for language, score in sorted(scores.items()):
            self.stdout.write(
                f"{language:8} {score.queries:3d} queries  success@3 {score.success_at_3:.3f}  MRR {score.mrr:.3f}"
            )
            if options["misses"]:
                for miss in score.misses:
                    rank = miss.rank if miss.rank is not None else "-"
                    shown = " | ".join(miss.shown)
                    self.stdout.write(f"    [{miss.network}] {miss.query!r}: rank {rank}; top: {shown}")
