"""Which locale a group works in, and snippet translations awaiting review."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _

__all__ = ["GroupLocale", "SnippetReview"]


class GroupLocale(models.Model):
    """Limits a group's editing to one locale (staff: English; translators).

    Wagtail's page and snippet permissions cannot say "only in French"; groups
    with a GroupLocale may edit only that locale's pages and snippets. Groups
    without one (Publishers) are not limited.
    """

    group = models.OneToOneField(
        Group, on_delete=models.CASCADE, related_name="editorial_locale"
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("group locale")

    def __str__(self):
        return f"{self.group} → {self.locale}"


class SnippetReview(models.Model):
    """A translated snippet its translator has marked ready for review.

    wagtail-localize saves snippet translations straight to the live snippet
    when someone publishes, so snippets cannot wait as drafts: the translation
    stays in the editor's segments until a publisher publishes it.
    """

    class Status(models.TextChoices):
        AWAITING = "awaiting", _("Awaiting review")
        PUBLISHED = "published", _("Published")

    translation = models.ForeignKey(
        "wagtail_localize.Translation", on_delete=models.CASCADE, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(
        max_length=20, choices=Status.choices, default=Status.AWAITING
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-requested_at"]
        verbose_name = _("snippet translation review")

    def __str__(self):
        return f"{self.translation} ({self.get_status_display()})"
