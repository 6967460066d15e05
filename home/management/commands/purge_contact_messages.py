"""Delete contact form messages once their retention period has passed."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from home.models import ContactPage


class Command(BaseCommand):
    help = (
        "Delete contact form messages older than CONTACT_MESSAGE_RETENTION_DAYS "
        "(run it daily)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Keep messages this many days (default: the setting).",
        )

    def handle(self, *args, days, **options):
        if days is None:
            days = settings.CONTACT_MESSAGE_RETENTION_DAYS
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _by_model = FormSubmission.objects.filter(
            page__in=ContactPage.objects.all(), submit_time__lt=cutoff
        ).delete()
        self.stdout.write(
            f"Deleted {deleted} contact message(s) older than {days} days."
        )
