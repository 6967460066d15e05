"""Move the search counts from the cache into the popular search terms report."""

from django.conf import settings
from django.core.management.base import BaseCommand

from search.hits import delete_old_hits, flush_hits


class Command(BaseCommand):
    help = (
        "Add the searches counted in the cache to Wagtail's daily search hits, "
        "then delete the hits older than SEARCH_TERMS_RETENTION_DAYS days and "
        "the queries left without hits (run it at least daily)."
    )

    def handle(self, *args, **options):
        moved = flush_hits()
        delete_old_hits()
        days = settings.SEARCH_TERMS_RETENTION_DAYS
        self.stdout.write(
            f"Counted {moved} search(es); kept the search hits of the last {days} days."
        )
