"""The site's email backends.

`QueuedEmailBackend` is EMAIL_BACKEND: a message sent in a request is stored
and sent by the task worker (`home.models.mail`), through
EMAIL_DELIVERY_BACKEND.

`UnconfiguredEmailBackend` is the delivery backend of a server with no mail
server configured. Production without EMAIL_HOST used Django's console
backend, which writes every message, a visitor's contact message included,
into the server log. This one sends nothing and logs only that mail is not
configured, with the number of messages and recipients: no address, subject
or text.
"""

import logging

from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

logger = logging.getLogger(__name__)


class QueuedEmailBackend(BaseEmailBackend):
    """Stores each message and enqueues its delivery on the task worker; in
    the request's transaction, so that a request that fails sends nothing."""

    def send_messages(self, email_messages):
        # Imported here: the backend loads with Django's mail module, before
        # the apps (and their models) are ready.
        from home.models.mail import OutgoingEmail, deliver_email

        count = 0
        with transaction.atomic():
            for message in email_messages:
                if not message.recipients():
                    continue
                email = OutgoingEmail.store(message)
                deliver_email.enqueue(email.pk)
                count += 1
        return count


class UnconfiguredEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        messages = list(email_messages)
        if messages:
            logger.warning(
                "Email not sent: no mail server is configured (EMAIL_HOST); "
                "%d message(s) to %d recipient(s) dropped",
                len(messages),
                sum(len(message.recipients()) for message in messages),
            )
        return 0
