"""Tasks that try again: after a failure, later, with growing delays.

The email tasks (`home.models.mail.deliver_email`,
`home.models.contact.send_contact_notification`) count their attempts in their
own rows, so that a retry, or the same task enqueued twice, never sends twice;
this says when the next attempt runs.
"""

import datetime
import logging

from django.utils import timezone

# Minutes to wait before each new attempt; one attempt more than delays.
RETRY_MINUTES = [1, 5, 30, 120, 360]
ATTEMPTS = len(RETRY_MINUTES) + 1


def retry_later(task, attempts, *args):
    """Enqueue `task(*args)` again after `attempts` failed ones, when there is
    an attempt left and the task's backend can defer it; returns when it will
    run, or None."""
    backend = task.get_backend()
    if attempts >= ATTEMPTS or not backend.supports_defer:
        return None
    run_after = timezone.now() + datetime.timedelta(minutes=RETRY_MINUTES[attempts - 1])
    task.using(run_after=run_after).enqueue(*args)
    return run_after


def retry_or_give_up(task, args, attempts, failure, logger, what):
    """After a failed attempt: enqueue the next (`retry_later`) and log one
    line saying `what` failed, a WARNING while another attempt is to come,
    an ERROR when giving up."""
    retry = retry_later(task, attempts, *args)
    logger.log(
        logging.WARNING if retry else logging.ERROR,
        "%s (attempt %d of %d, %s: %s)%s",
        what,
        attempts,
        ATTEMPTS,
        type(failure).__name__,
        failure,
        f"; trying again after {retry:%H:%M}" if retry else "; giving up",
    )
