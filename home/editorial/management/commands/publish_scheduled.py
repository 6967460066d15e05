"""Wagtail's publish_scheduled, keeping languages together in time.

Before Wagtail publishes what is due: English versions go first; a due
translation whose English version is scheduled later waits for it; one whose
English version is neither live nor scheduled is not published (its schedule
is cancelled and logged).
"""

from django.utils import timezone

from wagtail.management.commands.publish_scheduled import (
    Command as WagtailPublishScheduled,
)
from wagtail.models import Revision

from home.editorial.languages import keep_schedules_together


class Command(WagtailPublishScheduled):
    help = "Publish and unpublish what is scheduled, English before translations."

    def handle(self, *args, **options):
        if not options["dryrun"]:
            due = Revision.objects.filter(approved_go_live_at__lt=timezone.now())
            moved, cancelled = keep_schedules_together(due.order_by("pk"))
            for revision in moved:
                self.stdout.write(
                    f"“{revision.object_str}” waits for its English version "
                    f"(now {revision.approved_go_live_at:%Y-%m-%d %H:%M})."
                )
            for revision in cancelled:
                self.stdout.write(
                    f"“{revision.object_str}” not published: its English version "
                    "is not live; its schedule is cancelled."
                )
        super().handle(*args, **options)
