"""Delete newsletter sign-ups not confirmed in time (run daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from newsletter.services import purge_unconfirmed


class Command(BaseCommand):
    help = "Delete sign-ups not confirmed within NEWSLETTER_UNCONFIRMED_DAYS."

    def handle(self, *args, **options):
        deleted = purge_unconfirmed()
        self.stdout.write(
            f"Deleted {deleted} sign-up(s) older than "
            f"{settings.NEWSLETTER_UNCONFIRMED_DAYS} days and not confirmed."
        )
