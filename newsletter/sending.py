"""Sending an issue: the email each subscriber gets, and the worker's task.

`start_sending` (the publisher's "Send") creates one `Delivery` per
recipient, unique per issue and subscriber, and enqueues `send_deliveries` on
the task worker. The task sends one delivery at a time under its row lock and
marks it sent in the same transaction, NEWSLETTER_BATCH_SIZE per run, then
enqueues itself again after NEWSLETTER_BATCH_SECONDS (the rate limit): a
second run, a retry or a restarted worker finds only what is still queued,
never a sent row. Each message carries a Message-ID made of the issue and the
subscriber, so that the one message in flight when a worker is killed, if
the mail server took it in that instant and it is sent again, is the same
message to the receiving system.

A failure is recorded on the delivery ("failed, will retry"), without the
address, and tried again with growing delays (`home.retries`). A mail server
that cannot be reached (refused, hanging past EMAIL_TIMEOUT) stops the run:
the rest wait, queued, for the next one.
"""

import datetime
import logging
import re
import smtplib

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Min, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from django_tasks import task

from home import retries
from home.addresses import absolute_url, site_root
from home.models.mail import delivery_connection

from . import selectors, services
from .models import Delivery, IssueSend

logger = logging.getLogger(__name__)

# The mail server itself is unreachable: every other message would fail too.
CONNECTION_ERRORS = (
    OSError,
    smtplib.SMTPConnectError,
    smtplib.SMTPServerDisconnected,
    smtplib.SMTPHeloError,
    smtplib.SMTPAuthenticationError,
)
_RELATIVE = re.compile(r'((?:href|src)=")(/[^/"][^"]*|/)"')


def absolute_links(html):
    """Every `href="/…"` and `src="/…"` on the site's configured address:
    a mail program has no page to resolve them against."""
    return _RELATIVE.sub(lambda m: f'{m.group(1)}{absolute_url(m.group(2))}"', html)


def compose(page, language, subscriber=None, reader_language=None, to=None):
    """The email of the issue `page` (its version in `language`) for
    `subscriber`; without one, a preview or a test for `to`, whose links to
    leave lead to the newsletter's page. The email's own words are in the
    reader's language; the issue is marked as English when the reader asked
    for another."""
    if subscriber is not None:
        reader_language = subscriber.language
        unsubscribe = services.unsubscribe_url(subscriber)
        preferences = services.preferences_url(subscriber)
    else:
        reader_language = reader_language or language
        with translation.override(reader_language):
            unsubscribe = preferences = absolute_url(reverse("newsletter:index"))
    context = {
        "issue": page,
        "language": language,
        "bidi": translation.get_language_info(language)["bidi"],
        "reader_language": reader_language,
        "reader_bidi": translation.get_language_info(reader_language)["bidi"],
        "in_english_instead": language != reader_language,
        "issue_url": absolute_url(page.get_url()),
        "unsubscribe_url": unsubscribe,
        "preferences_url": preferences,
        "site_url": site_root(),
    }
    with translation.override(language):
        html = absolute_links(render_to_string("newsletter/email/issue.html", context))
        text = render_to_string("newsletter/email/issue.txt", context)
    with translation.override(reader_language):
        subject = page.title
        if context["in_english_instead"]:
            subject = _("%(title)s (in English)") % {"title": page.title}
    message = EmailMultiAlternatives(
        subject=subject, body=text, to=[subscriber.email] if subscriber else to
    )
    message.attach_alternative(html, "text/html")
    message.extra_headers.update(
        {
            "Content-Language": language,
            "List-Id": f"Equalcity newsletter <newsletter.{site_domain()}>",
            "List-Unsubscribe": f"<{unsubscribe}>",
        }
    )
    if subscriber is not None:
        # RFC 8058: mail programs unsubscribe with one click, by a POST.
        message.extra_headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    return message


def site_domain():
    return site_root().split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]


def message_id(send, subscriber):
    """The same for every attempt to send `send` to `subscriber`."""
    return f"<newsletter-{send.pk}-{subscriber.key}@{site_domain()}>"


def send_test(page, language, reader_language, address):
    """The issue as a subscriber would get it, to `address` (a publisher's
    own), through the queue every other email takes."""
    compose(page, language, reader_language=reader_language, to=[address]).send()


def start_sending(issue, user):
    """Create the deliveries of `issue` and start the worker; returns
    (sending, created). A second call, or a forged second "Send", finds the
    sending and queues nothing."""
    issue = selectors.source_issue(issue)
    with transaction.atomic():
        send, created = IssueSend.objects.get_or_create(
            issue=issue, defaults={"requested_by": user}
        )
        if not created:
            return send, False
        versions = selectors.live_versions(issue)
        deliveries = []
        subscribers = selectors.recipients(issue).values_list(
            "pk", "language", "english_fallback"
        )
        for subscriber_id, subscriber_language, fallback in subscribers:
            language = selectors.email_language(subscriber_language, fallback, versions)
            if language is not None:
                deliveries.append(
                    Delivery(send=send, subscriber_id=subscriber_id, language=language)
                )
        Delivery.objects.bulk_create(deliveries, batch_size=500)
        # In the same transaction: the task row (the database queue) commits
        # with the deliveries, or neither does.
        send_deliveries.enqueue(send.pk)
    logger.info(
        "Newsletter: issue %s queued for %d subscriber(s)", issue.pk, len(deliveries)
    )
    return send, True


def due(send_id, now):
    return Delivery.objects.filter(
        Q(status=Delivery.Status.QUEUED)
        | Q(status=Delivery.Status.FAILED, next_attempt_at__lte=now),
        send_id=send_id,
    ).order_by("pk")


def _failed(delivery, error):
    delivery.last_error = type(error).__name__[:200]
    if delivery.attempts >= retries.ATTEMPTS:
        delivery.status = Delivery.Status.GIVEN_UP
        delivery.next_attempt_at = None
    else:
        delivery.status = Delivery.Status.FAILED
        delivery.next_attempt_at = timezone.now() + datetime.timedelta(
            minutes=retries.RETRY_MINUTES[delivery.attempts - 1]
        )


def _send_one(send, versions, delivery, connection):
    """Send `delivery` (locked); returns the error that stops the run, if any."""
    subscriber = delivery.subscriber
    page = versions.get(delivery.language)
    if subscriber is None or not subscriber.is_active or page is None:
        # Left, bounced, or the translation was unpublished since "Send".
        delivery.status = Delivery.Status.GIVEN_UP
        delivery.last_error = "not sent: unsubscribed or no longer live"
        delivery.save()
        return None
    delivery.attempts += 1
    stop = None
    try:
        message = compose(page, delivery.language, subscriber)
        message.extra_headers["Message-ID"] = message_id(send, subscriber)
        connection.send_messages([message])
    except Exception as error:  # recorded on the delivery, and retried
        _failed(delivery, error)
        if isinstance(error, CONNECTION_ERRORS):
            stop = error
    else:
        delivery.status = Delivery.Status.SENT
        delivery.sent_at = timezone.now()
        delivery.last_error = ""
        delivery.next_attempt_at = None
    delivery.save()
    return stop


@task(backend="background")
def send_deliveries(send_id):
    """Send up to NEWSLETTER_BATCH_SIZE due deliveries of sending `send_id`,
    each once, then enqueue the next run; returns how many were sent."""
    send = IssueSend.objects.filter(pk=send_id).select_related("issue").first()
    if send is None:
        return 0
    versions = selectors.live_versions(send.issue)
    connection = delivery_connection()
    sent = 0
    stopped = None
    try:
        connection.open()
    except CONNECTION_ERRORS as error:
        stopped = error
        _record_unreachable(send_id, error)
    try:
        for _number in range(settings.NEWSLETTER_BATCH_SIZE if not stopped else 0):
            with transaction.atomic():
                delivery = (
                    due(send_id, timezone.now())
                    .select_for_update(skip_locked=True, of=("self",))
                    .select_related("subscriber")
                    .first()
                )
                if delivery is None:
                    break
                stopped = _send_one(send, versions, delivery, connection)
            if stopped:
                break
            sent += delivery.status == Delivery.Status.SENT
    finally:
        connection.close()
    schedule_next(send_id, stopped)
    return sent


def _record_unreachable(send_id, error):
    """The mail server could not be reached: the next delivery shows it
    ("failed, will retry"); the others stay queued behind it."""
    with transaction.atomic():
        delivery = (
            due(send_id, timezone.now()).select_for_update(skip_locked=True).first()
        )
        if delivery is not None:
            delivery.attempts += 1
            _failed(delivery, error)
            delivery.save()


def schedule_next(send_id, stopped):
    """Enqueue the next run: after NEWSLETTER_BATCH_SECONDS while deliveries
    are due, when the next retry falls due, or not at all once every
    delivery is sent or given up."""
    now = timezone.now()
    backend = send_deliveries.get_backend()
    if stopped is not None:
        logger.warning(
            "Newsletter: mail server unreachable (%s); sending %s resumes later",
            type(stopped).__name__,
            send_id,
        )
    waiting = Delivery.objects.filter(send_id=send_id, status=Delivery.Status.FAILED)
    if stopped is None and due(send_id, now).exists():
        run_after = now + datetime.timedelta(seconds=settings.NEWSLETTER_BATCH_SECONDS)
    elif (
        Delivery.objects.filter(send_id=send_id, status=Delivery.Status.QUEUED).exists()
        or waiting.exists()
    ):
        first_retry = waiting.aggregate(first=Min("next_attempt_at"))["first"]
        run_after = first_retry or now + datetime.timedelta(
            minutes=retries.RETRY_MINUTES[0]
        )
        if not backend.supports_defer:
            return None  # the next run is the next "Send" page's "Retry"
    else:
        logger.info("Newsletter: sending %s is finished", send_id)
        return None
    if backend.supports_defer:
        send_deliveries.using(run_after=run_after).enqueue(send_id)
    else:
        send_deliveries.enqueue(send_id)
    return run_after
