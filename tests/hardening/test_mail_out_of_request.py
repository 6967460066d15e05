"""Mail leaves the request: a slow, hanging or refusing mail server costs the
visitor nothing, and staff get each contact message once.

The contact form stores the message and queues its email on the "background"
tasks backend (the database, as in production); the worker
(`manage.py db_worker --backend background --batch`) sends it. Production
without a mail server logs that mail is not configured, never the message.
"""

import contextlib
import io
import json
import logging
import socket
import time
from datetime import timedelta
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase, override_settings
from django.utils import timezone

from wagtail.contrib.forms.models import FormSubmission

from django_tasks import TaskResultStatus
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult

from home import retries
from home.models import ContactNotification
from home.models import contact as contact_module
from tests.factories.home import ContactPageFactory, make_home
from tests.test_production_settings import PRODUCTION, run

MESSAGE = {
    "your_name": "Amina",
    "your_email_address": "amina@example.org",
    "your_message": "Can our city join the next training?",
}
DATABASE_QUEUE = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
REFUSING = "django.core.mail.backends.locmem.EmailBackend.send_messages"


@contextlib.contextmanager
def refused_every_time(test, logger_name):
    """A mail server that refuses every message, with no wait between the
    attempts; yields what `logger_name` logs."""
    with (
        mock.patch.object(retries, "RETRY_MINUTES", [0] * (retries.ATTEMPTS - 1)),
        mock.patch(REFUSING, side_effect=ConnectionRefusedError("refused")),
        test.assertLogs(logger_name, logging.WARNING) as logs,
    ):
        yield logs


def run_worker():
    """The task worker, once through what is due (`db_worker --batch`).

    It runs inside the test's transaction: on SQLite its exclusive
    transaction becomes a savepoint (as with PostgreSQL, or SQLite's
    "EXCLUSIVE" transaction mode) and it keeps the test's connection open.
    """
    patches = [mock.patch.object(db_worker, "close_old_connections")]
    if connection.vendor == "sqlite":
        patches.append(
            mock.patch.object(db_worker, "exclusive_transaction", transaction.atomic)
        )
    for patch in patches:
        patch.start()
    try:
        call_command(
            "db_worker",
            "--backend",
            "background",
            "--batch",
            "--no-startup-delay",
            verbosity=0,
            stdout=io.StringIO(),
        )
    finally:
        for patch in patches:
            patch.stop()


@override_settings(TASKS=DATABASE_QUEUE)
class MailOutOfRequestTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.page = ContactPageFactory(parent=cls.home)

    def post_message(self):
        started = time.monotonic()
        response = self.client.post("/en/contact/", MESSAGE)
        self.assertContains(response, "Thank you, your message was sent")
        return response, time.monotonic() - started

    def test_the_visitor_is_thanked_at_once_and_the_worker_sends_the_mail(self):
        self.post_message()
        submission = FormSubmission.objects.get(page=self.page)
        self.assertEqual(mail.outbox, [])  # not in the request
        task = DBTaskResult.objects.get()
        self.assertEqual(task.status, TaskResultStatus.READY)
        # The task carries the message's id, not its text.
        self.assertEqual(task.args_kwargs, {"args": [submission.pk], "kwargs": {}})

        run_worker()

        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(mail.outbox[0].to, ["team@example.org"])
        self.assertEqual(mail.outbox[0].subject, "Message from the site")
        self.assertIn(
            "Your message: Can our city join the next training?", mail.outbox[0].body
        )
        self.assertIn("Your email address: amina@example.org", mail.outbox[0].body)
        self.assertIsNotNone(ContactNotification.objects.get().sent_at)
        self.assertEqual(DBTaskResult.objects.get().status, TaskResultStatus.SUCCESSFUL)

    def test_a_retry_after_a_crash_never_sends_the_message_twice(self):
        self.post_message()
        submission = FormSubmission.objects.get()
        run_worker()
        # The worker died after sending, before recording the task's end: the
        # same task runs again (and a second one, enqueued twice).
        contact_module.send_contact_notification.enqueue(submission.pk)
        contact_module.send_contact_notification.enqueue(submission.pk)
        run_worker()
        self.assertEqual(len(mail.outbox), 1)
        self.assertEqual(ContactNotification.objects.get().attempts, 1)

    def test_a_hanging_mail_server_holds_neither_the_visitor_nor_the_worker(self):
        hanging = socket.socket()
        hanging.bind(("127.0.0.1", 0))
        hanging.listen(4)  # accepts connections, never says a word
        self.addCleanup(hanging.close)
        smtp = {
            "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": hanging.getsockname()[1],
            "EMAIL_USE_TLS": False,
            "EMAIL_TIMEOUT": 2,
        }
        with override_settings(**smtp):
            _response, seconds = self.post_message()
            self.assertLess(seconds, 2)  # did not wait for the mail server
            started = time.monotonic()
            with self.assertLogs("home.models.contact", logging.WARNING) as logs:
                run_worker()
            self.assertLess(time.monotonic() - started, 8)
        self.assertIn("email not sent (attempt 1 of 6", logs.output[0])
        self.assertIn("trying again after", logs.output[0])
        failed, retry = DBTaskResult.objects.order_by("enqueued_at")
        self.assertEqual(failed.status, TaskResultStatus.FAILED)
        self.assertEqual(retry.status, TaskResultStatus.READY)
        self.assertGreater(retry.run_after, timezone.now() + timedelta(seconds=50))
        notification = ContactNotification.objects.get()
        self.assertIsNone(notification.sent_at)
        self.assertEqual(mail.outbox, [])

        # The mail server answers again and the retry is due: sent, once.
        DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
        run_worker()
        self.assertEqual(len(mail.outbox), 1)
        notification.refresh_from_db()
        self.assertEqual(notification.attempts, 2)
        self.assertIsNotNone(notification.sent_at)

    def test_a_refusing_mail_server_is_tried_a_bounded_number_of_times(self):
        self.post_message()
        with refused_every_time(self, "home.models.contact") as logs:
            run_worker()
        self.assertEqual(ContactNotification.objects.get().attempts, 6)
        self.assertEqual(
            DBTaskResult.objects.filter(status=TaskResultStatus.FAILED).count(), 6
        )
        self.assertFalse(
            DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
        )
        self.assertIn("giving up", logs.output[-1])
        self.assertEqual(logs.records[-1].levelno, logging.ERROR)
        # The message itself is kept for staff to read in the admin.
        self.assertEqual(FormSubmission.objects.count(), 1)

    def test_a_message_deleted_before_its_email_is_not_sent(self):
        self.post_message()
        FormSubmission.objects.all().delete()  # e.g. purged as spam by staff
        run_worker()
        self.assertEqual(mail.outbox, [])
        self.assertEqual(DBTaskResult.objects.get().status, TaskResultStatus.SUCCESSFUL)


# Sends one message under the production settings, as the worker does.
SEND_ONE = """
import json
import django
from django.conf import settings
django.setup()
from django.core import mail
from home.models.mail import delivery_connection
mail.send_mail(
    "Message from the site",
    "Your message: I need help leaving my home",
    "noreply@equalcity.example",
    ["team@equalcity.example"],
    connection=delivery_connection(),
)
print(json.dumps({"backend": settings.EMAIL_DELIVERY_BACKEND}))
"""


def test_production_without_a_mail_server_logs_no_message():
    result = run(["-c", SEND_ONE], **PRODUCTION, EMAIL_HOST="")
    assert result.returncode == 0, result.stderr
    chosen = json.loads(result.stdout.strip().splitlines()[-1])
    assert chosen["backend"] == "home.mail.UnconfiguredEmailBackend"
    output = result.stdout + result.stderr
    assert "no mail server is configured" in output
    assert "1 message(s) to 1 recipient(s)" in output
    for private in ["leaving my home", "team@equalcity.example", "Message from"]:
        assert private not in output


def test_production_with_a_mail_server_gives_up_after_email_timeout():
    result = run(
        [
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.EMAIL_DELIVERY_BACKEND, settings.EMAIL_TIMEOUT)",
        ],
        **PRODUCTION,
        EMAIL_HOST="smtp.example.org",
        EMAIL_TIMEOUT="7",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.core.mail.backends.smtp.EmailBackend", "7"]


def test_development_keeps_printing_mail_to_the_console():
    result = run(
        [
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.EMAIL_DELIVERY_BACKEND, settings.EMAIL_TIMEOUT)",
        ],
        DJANGO_SETTINGS_MODULE="config.settings.dev",
        EMAIL_HOST="",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.core.mail.backends.console.EmailBackend",
        "10",
    ]
