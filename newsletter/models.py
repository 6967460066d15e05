"""Subscribers, and the sending of newsletter issues to them.

What is stored of a subscriber is the least the newsletter needs: the
address, the language of the emails (and whether English will do when an
issue is not translated), the themes, when they consented and the words they
consented to. No IP address, no opens, no clicks. An address that leaves is
deleted; one that never confirms is deleted after
NEWSLETTER_UNCONFIRMED_DAYS.

An issue is sent once (`IssueSend`, one per issue in every language): one
`Delivery` per subscriber, unique, so that a second "Send", a retry or a
restarted worker never emails an address the same issue twice.
"""

import uuid

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

__all__ = ["Delivery", "IssueSend", "Subscriber"]

SUBSCRIBER_SALT = "newsletter.subscriber"
CONFIRM_SALT = "newsletter.confirm"


class Subscriber(models.Model):
    email = models.EmailField(_("email address"), max_length=254)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    english_fallback = models.BooleanField(
        _("English when not translated"),
        default=False,
        help_text=_("Receives an issue in English when it is not in their language."),
    )
    themes = models.ManyToManyField(
        "home.Theme",
        blank=True,
        related_name="+",
        verbose_name=_("themes"),
        help_text=_(
            "Only issues about these themes (English rows); none: every issue."
        ),
    )
    # The secret in every link sent to this subscriber (signed as well).
    key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    consent_text = models.TextField(_("wording consented to"))
    created_at = models.DateTimeField(_("signed up"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    # A bounce or complaint reported by the mail provider: never sent again.
    suppressed_at = models.DateTimeField(_("suppressed"), null=True, blank=True)
    suppressed_reason = models.CharField(_("why suppressed"), max_length=40, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="newsletter_unique_email")
        ]
        permissions = [("send_issue", "Can send newsletter issues by email")]

    def __str__(self):
        return self.email

    @property
    def is_active(self):
        return self.confirmed_at is not None and self.suppressed_at is None

    # Signed links: "manage" never expires (unsubscribe, preferences);
    # "confirm" expires after NEWSLETTER_CONFIRM_HOURS.
    def manage_token(self):
        return signing.Signer(salt=SUBSCRIBER_SALT).sign(str(self.key))

    def confirm_token(self):
        return signing.TimestampSigner(salt=CONFIRM_SALT).sign(str(self.key))

    @classmethod
    def from_manage_token(cls, token):
        """The subscriber of a signed link, or None (bad signature, or left)."""
        try:
            key = signing.Signer(salt=SUBSCRIBER_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return cls.objects.filter(key=key).first()

    @staticmethod
    def valid_manage_token(token):
        """Whether this site signed `token` (its subscriber may have left)."""
        try:
            signing.Signer(salt=SUBSCRIBER_SALT).unsign(token)
        except signing.BadSignature:
            return False
        return True

    @classmethod
    def from_confirm_token(cls, token):
        """(subscriber or None, expired?) for a confirmation link."""
        signer = signing.TimestampSigner(salt=CONFIRM_SALT)
        try:
            key = signer.unsign(token, max_age=settings.NEWSLETTER_CONFIRM_HOURS * 3600)
        except signing.SignatureExpired:
            return None, True
        except signing.BadSignature:
            return None, False
        return cls.objects.filter(key=key).first(), False


class IssueSend(models.Model):
    """A newsletter issue sent (or being sent) to the subscribers: one per issue,
    whichever language's page the publisher sent it from."""

    issue = models.OneToOneField(
        "news.NewsletterIssuePage",
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The issue's page in the source language (English)."),
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("newsletter sending")
        verbose_name_plural = _("newsletter sendings")

    def __str__(self):
        return f"Sending of {self.issue}"


class Delivery(models.Model):
    """One email of an issue to one subscriber."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed, will retry")
        GIVEN_UP = "given_up", _("Failed, given up")

    send = models.ForeignKey(
        IssueSend, on_delete=models.CASCADE, related_name="deliveries"
    )
    # Kept for the counts when the subscriber leaves (their address goes).
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    language = models.CharField(max_length=8, choices=settings.LANGUAGES)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    # What failed, without the address: "SMTPRecipientsRefused", "timeout".
    last_error = models.CharField(max_length=200, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter delivery")
        verbose_name_plural = _("newsletter deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["send", "subscriber"], name="newsletter_one_email_per_issue"
            )
        ]
        indexes = [models.Index(fields=["send", "status"])]

    def __str__(self):
        return f"{self.send} ({self.language}, {self.status})"
