"""An email backend for a server with no mail server configured.

Production without EMAIL_HOST used Django's console backend, which writes
every message, a visitor's contact message included, into the server log.
This one sends nothing and logs only that mail is not configured, with the
number of messages and recipients: no address, subject or text.
"""

import logging

from django.core.mail.backends.base import BaseEmailBackend

logger = logging.getLogger(__name__)


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
