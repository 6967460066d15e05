"""Keep the task queue ("background", the database) healthy; run it every few
minutes on one machine (the equalcity-maintain-tasks timer).

- A task a worker claimed and never finished (the worker was killed, the
  machine lost) is made ready again after `STALLED_MINUTES`: every task here
  may run twice without doing its work twice (an email is sent once, marked
  by its own row under a lock). A stalled task is otherwise never retried.
- Finished tasks are deleted after `--keep-days` days (7): a failed one's
  traceback may name an email address.
"""

import datetime
import logging

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

BACKEND = "background"
# Longer than any task takes: an email's worst case is EMAIL_TIMEOUT (10 s)
# per attempt, one attempt per task.
STALLED_MINUTES = 15


class Command(BaseCommand):
    help = "Make stalled background tasks ready again and delete old finished ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--keep-days",
            type=int,
            default=7,
            help="Days a finished task is kept (default: 7).",
        )

    def handle(self, *args, keep_days, **options):
        stalled = requeue_stalled()
        call_command(
            "prune_db_task_results",
            *("--backend", BACKEND, "--queue-name", "*"),
            *("--min-age-days", str(keep_days)),
            verbosity=0,
        )
        self.stdout.write(f"Made {stalled} stalled task(s) ready again.")


def requeue_stalled(now=None):
    """Ready again the tasks claimed more than STALLED_MINUTES ago and still
    running; returns how many."""
    now = now or timezone.now()
    cutoff = now - datetime.timedelta(minutes=STALLED_MINUTES)
    count = (
        DBTaskResult.objects.running()
        .filter(backend_name=BACKEND, started_at__lt=cutoff)
        .update(status=TaskResultStatus.READY, started_at=None, run_after=now)
    )
    if count:
        logger.warning("%d stalled background task(s) made ready again", count)
    return count
