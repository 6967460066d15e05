"""A task whose worker was killed is retried, without sending twice; finished
tasks are deleted after a week (`manage.py maintain_tasks`)."""

import io
from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.management.commands.maintain_tasks import STALLED_MINUTES
from home.models import ContactNotification
from tests.factories.home import ContactPageFactory, make_home

from .test_mail_out_of_request import DATABASE_QUEUE, MESSAGE, run_worker


def maintain():
    out = io.StringIO()
    call_command("maintain_tasks", stdout=out)
    return out.getvalue()


@override_settings(TASKS=DATABASE_QUEUE)
class StalledTaskTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        ContactPageFactory(parent=make_home())

    def killed_worker(self, minutes_ago):
        """The contact message's task, as a worker killed while running it
        leaves it: claimed, never finished."""
        self.client.post("/en/contact/", MESSAGE)
        task = DBTaskResult.objects.get()
        task.claim("killed-worker")
        DBTaskResult.objects.filter(pk=task.pk).update(
            started_at=timezone.now() - timedelta(minutes=minutes_ago)
        )
        return task

    def test_a_task_whose_worker_died_is_retried_and_mails_once(self):
        task = self.killed_worker(minutes_ago=STALLED_MINUTES + 1)
        run_worker()
        self.assertEqual(mail.outbox, [])  # a running task is not the worker's
        with self.assertLogs("home.management.commands.maintain_tasks", "WARNING"):
            self.assertIn("Made 1 stalled task(s) ready again", maintain())
        run_worker()
        self.assertEqual(len(mail.outbox), 1)
        task.refresh_from_db()
        self.assertEqual(task.status, TaskResultStatus.SUCCESSFUL)
        self.assertIsNotNone(ContactNotification.objects.get().sent_at)
        # Made ready once more (a second stall report, say): nothing sent again.
        DBTaskResult.objects.filter(pk=task.pk).update(
            status=TaskResultStatus.READY, finished_at=None
        )
        run_worker()
        self.assertEqual(len(mail.outbox), 1)

    def test_a_task_still_within_its_time_is_left_to_its_worker(self):
        task = self.killed_worker(minutes_ago=STALLED_MINUTES - 5)
        self.assertIn("Made 0 stalled task(s) ready again", maintain())
        task.refresh_from_db()
        self.assertEqual(task.status, TaskResultStatus.RUNNING)

    def test_finished_tasks_are_deleted_after_a_week(self):
        self.client.post("/en/contact/", MESSAGE)
        run_worker()
        task = DBTaskResult.objects.get()
        self.assertEqual(task.status, TaskResultStatus.SUCCESSFUL)
        maintain()
        self.assertTrue(DBTaskResult.objects.exists())
        DBTaskResult.objects.update(finished_at=timezone.now() - timedelta(days=8))
        maintain()
        self.assertFalse(DBTaskResult.objects.exists())
        self.assertEqual(FormSubmission.objects.count(), 1)  # the message stays
