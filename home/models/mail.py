"""Email waiting to be sent: every email leaves the request.

`home.mail.QueuedEmailBackend` (the EMAIL_BACKEND) stores each message here
and enqueues `deliver_email` on the task worker ("background"), which sends
it through EMAIL_DELIVERY_BACKEND (SMTP in production). A mail server that
is slow, hangs or refuses costs the person who caused the email nothing:
Wagtail's review notifications, password resets, any app's mail. A message is
sent once (row lock, then deleted once sent) and tried again with growing
delays (`home.retries`) before it is given up and left here, logged.
"""

import logging
import pickle

from django.conf import settings
from django.core.mail import get_connection
from django.db import models, transaction

from django_tasks import task

from home.retries import retry_or_give_up

__all__ = ["OutgoingEmail", "deliver_email"]

logger = logging.getLogger(__name__)


class OutgoingEmail(models.Model):
    """One email message not sent yet (or given up after every attempt)."""

    created_at = models.DateTimeField(auto_now_add=True)
    # The message as Django's EmailMessage, pickled: written by this site's
    # own backend only, read by its worker only.
    message = models.BinaryField()
    attempts = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name = "outgoing email"

    def __str__(self):
        return f"Email {self.pk} ({self.attempts} attempt(s))"

    @classmethod
    def store(cls, message):
        connection, message.connection = message.connection, None
        try:
            return cls.objects.create(message=pickle.dumps(message))
        finally:
            message.connection = connection

    def email_message(self):
        return pickle.loads(bytes(self.message))  # noqa: S301 (our own rows)


def delivery_connection():
    """A connection to the backend that really sends (EMAIL_DELIVERY_BACKEND),
    for code that runs on the worker already."""
    return get_connection(settings.EMAIL_DELIVERY_BACKEND)


@task(backend="background")
def deliver_email(email_id):
    """Send the stored message `email_id`, once: the row lock keeps two
    workers from sending it together, and a sent message is deleted."""
    with transaction.atomic():
        email = OutgoingEmail.objects.select_for_update().filter(pk=email_id).first()
        if email is None:
            return False  # sent already
        email.attempts += 1
        try:
            delivery_connection().send_messages([email.email_message()])
        except Exception as error:  # whatever failed, the message waits for a retry
            failure = error
            email.save(update_fields=["attempts"])
        else:
            failure = None
            email.delete()
    if failure is None:
        return True
    retry_or_give_up(
        deliver_email,
        (email_id,),
        email.attempts,
        failure,
        logger,
        f"Email {email_id} not sent",
    )
    raise failure
