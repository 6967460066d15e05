"""Every email leaves the request, not the contact form's alone: Wagtail's
review notifications (and any other message sent through EMAIL_BACKEND) are
stored and sent by the task worker, once, with retries."""

import logging
import time
from unittest import mock

from django.core import mail
from django.test import TestCase, override_settings
from django.utils import timezone

from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.models import OutgoingEmail
from home.models.mail import deliver_email
from tests.editorial.story import LiveSiteMixin

from .test_mail_out_of_request import (
    DATABASE_QUEUE,
    REFUSING,
    refused_every_time,
    run_worker,
)


@override_settings(TASKS=DATABASE_QUEUE)
class ReviewEmailsLeaveTheRequestTests(LiveSiteMixin, TestCase):
    def submit_french_theme(self):
        translation = self.translation_of(self.theme)
        self.edit_segments(translation, self.translator, "NEW")
        started = time.monotonic()
        self.submit_translation(self.theme_fr, self.translator)
        return time.monotonic() - started

    def publisher_messages(self):
        return [m for m in mail.outbox if self.publisher.email in m.to]

    def test_a_submission_queues_the_publishers_email_for_the_worker(self):
        mail.outbox.clear()
        self.submit_french_theme()
        self.assertEqual(self.publisher_messages(), [])  # not in the request
        self.assertTrue(OutgoingEmail.objects.exists())
        self.assertTrue(
            DBTaskResult.objects.filter(status=TaskResultStatus.READY).exists()
        )
        run_worker()
        (message,) = self.publisher_messages()
        self.assertIn("NEW Migrant parents", message.subject)
        self.assertFalse(OutgoingEmail.objects.exists())  # nothing kept once sent

    def test_a_hanging_mail_server_does_not_hold_the_translator(self):
        smtp = {
            "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": 9,  # nothing listens: the worker's problem, later
            "EMAIL_TIMEOUT": 2,
        }
        with override_settings(**smtp):
            seconds = self.submit_french_theme()
        self.assertLess(seconds, 2)
        self.assertTrue(OutgoingEmail.objects.exists())

    def test_a_refused_email_is_retried_and_sent_once(self):
        mail.outbox.clear()
        self.submit_french_theme()
        with (
            mock.patch(REFUSING, side_effect=ConnectionRefusedError("refused")),
            self.assertLogs("home.models.mail", logging.WARNING) as logs,
        ):
            run_worker()
        self.assertIn("not sent (attempt 1 of 6", logs.output[0])
        self.assertEqual(self.publisher_messages(), [])
        waiting = OutgoingEmail.objects.all()
        self.assertTrue(waiting)
        self.assertTrue(all(email.attempts == 1 for email in waiting))
        # The retries fall due; one more is enqueued twice (a crash, say).
        deliver_email.enqueue(waiting[0].pk)
        DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(
            run_after=timezone.now()
        )
        run_worker()
        self.assertEqual(len(self.publisher_messages()), 1)
        self.assertFalse(OutgoingEmail.objects.exists())

    def test_a_mail_server_that_always_refuses_is_given_up_and_logged(self):
        self.submit_french_theme()
        with refused_every_time(self, "home.models.mail") as logs:
            run_worker()
        self.assertIn("giving up", logs.output[-1])
        self.assertEqual(logs.records[-1].levelno, logging.ERROR)
        self.assertTrue(
            all(email.attempts == 6 for email in OutgoingEmail.objects.all())
        )
