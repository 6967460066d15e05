"""Signing up, confirming, changing preferences and leaving.

Double opt-in: a sign-up stores an unconfirmed subscriber and emails a signed
confirmation link in the visitor's language; nothing else is sent before the
link is used. The visitor is told the same thing whether or not the address is
already subscribed: an address already confirmed gets an email with its
preferences link instead, so that only its owner learns it is subscribed.
"""

import datetime
import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from home.addresses import absolute_url
from home.models import Theme
from home.selectors import default_locale

from .models import Subscriber

logger = logging.getLogger(__name__)


def hashed(value):
    """A key for counting `value` in the cache without storing it."""
    return hashlib.sha256(f"{settings.SECRET_KEY}:{value}".encode()).hexdigest()[:32]


def over_limit(name, value, limit, seconds):
    """Count one more attempt of `value` under `name`; True past `limit` in
    `seconds` (the count lives in the cache and expires with the window)."""
    key = f"newsletter:{name}:{hashed(value)}"
    if cache.add(key, 1, seconds):
        return limit < 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired in between, or the cache is unavailable
        return False
    return count > limit


def english_themes(translation_keys):
    """The English rows of the themes chosen (by translation key) in any language."""
    return Theme.objects.filter(
        locale=default_locale(), translation_key__in=list(translation_keys)
    )


def sign_up(email, language, english_fallback, theme_keys, consent_text):
    """Store a sign-up and email its confirmation link, or (address already
    confirmed) its preferences link; at most one email per address per
    NEWSLETTER_EMAIL_MINUTES."""
    email = email.strip()
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update().filter(email__iexact=email).first()
        )
        if subscriber is None:
            subscriber = Subscriber.objects.create(
                email=email,
                language=language,
                english_fallback=english_fallback,
                consent_text=consent_text,
            )
            subscriber.themes.set(english_themes(theme_keys))
        elif subscriber.confirmed_at is None:
            # Not confirmed yet: the latest sign-up's choices and wording hold.
            subscriber.language = language
            subscriber.english_fallback = english_fallback
            subscriber.consent_text = consent_text
            subscriber.save()
            subscriber.themes.set(english_themes(theme_keys))
        if subscriber.suppressed_at is not None:
            return  # bounced or complained: no more mail to it
        minutes = settings.NEWSLETTER_EMAIL_MINUTES
        if over_limit("email", email.lower(), 1, minutes * 60):
            return
        if subscriber.confirmed_at is None:
            send_confirmation(subscriber)
        else:
            send_already_subscribed(subscriber)


def _link(subscriber, url_name, token):
    with translation.override(subscriber.language):
        return absolute_url(reverse(url_name, args=[token]))


def confirm_url(subscriber):
    return _link(subscriber, "newsletter:confirm", subscriber.confirm_token())


def preferences_url(subscriber):
    return _link(subscriber, "newsletter:preferences", subscriber.manage_token())


def unsubscribe_url(subscriber):
    return _link(subscriber, "newsletter:unsubscribe", subscriber.manage_token())


def _send_personal(subscriber, subject, template, **context):
    """A short email to one subscriber, in their language, through the queue
    (EMAIL_BACKEND): it leaves the request."""
    with translation.override(subscriber.language):
        body = render_to_string(
            template,
            {
                "subscriber": subscriber,
                "hours": settings.NEWSLETTER_CONFIRM_HOURS,
                **context,
            },
        )
        message = EmailMessage(
            subject=gettext(subject), body=body, to=[subscriber.email]
        )
        message.extra_headers["Content-Language"] = subscriber.language
        message.extra_headers["Auto-Submitted"] = "auto-generated"
        message.send()


def send_confirmation(subscriber):
    _send_personal(
        subscriber,
        "Please confirm your subscription to the Equalcity newsletter",
        "newsletter/email/confirm.txt",
        link=confirm_url(subscriber),
    )


def send_already_subscribed(subscriber):
    _send_personal(
        subscriber,
        "You are subscribed to the Equalcity newsletter",
        "newsletter/email/already_subscribed.txt",
        link=preferences_url(subscriber),
    )


def confirm(subscriber):
    """Confirm a sign-up; the consent counts from now."""
    if subscriber.confirmed_at is None:
        subscriber.confirmed_at = timezone.now()
        subscriber.save(update_fields=["confirmed_at"])


def update_preferences(subscriber, language, english_fallback, theme_keys):
    subscriber.language = language
    subscriber.english_fallback = english_fallback
    subscriber.save(update_fields=["language", "english_fallback"])
    subscriber.themes.set(english_themes(theme_keys))


def leave(subscriber):
    """Unsubscribe: the address is deleted (its deliveries keep only their
    counts)."""
    subscriber.delete()
    logger.info("Newsletter: a subscriber left")


def leave_by_address(email):
    for subscriber in Subscriber.objects.filter(email__iexact=email):
        leave(subscriber)


def suppress(email, reason):
    """Never send to `email` again (a bounce or complaint from the provider)."""
    updated = Subscriber.objects.filter(
        email__iexact=email, suppressed_at__isnull=True
    ).update(suppressed_at=timezone.now(), suppressed_reason=reason[:40])
    if updated:
        logger.warning("Newsletter: an address was suppressed (%s)", reason)
    return updated


def purge_unconfirmed(now=None):
    """Delete sign-ups not confirmed within NEWSLETTER_UNCONFIRMED_DAYS."""
    cutoff = (now or timezone.now()) - datetime.timedelta(
        days=settings.NEWSLETTER_UNCONFIRMED_DAYS
    )
    _total, per_model = Subscriber.objects.filter(
        confirmed_at__isnull=True, created_at__lt=cutoff
    ).delete()
    return per_model.get(Subscriber._meta.label, 0)
