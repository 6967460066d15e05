"""Who receives an issue, in which language, and how a sending is going."""

from collections import Counter

from django.conf import settings
from django.db.models import Count, Q

from home.selectors import default_locale
from news.models import NewsletterIssuePage

from .models import Delivery, Subscriber

ENGLISH = settings.LANGUAGE_CODE


def recent_issues(locale, count=12):
    """The latest live issues in `locale`, for the newsletter's own page."""
    return list(
        NewsletterIssuePage.objects.live()
        .public()
        .filter(locale=locale)
        .defer_streamfields()
        .order_by("-date", "-pk")[:count]
    )


def source_issue(issue):
    """The issue's page in the source language (what a sending is keyed by)."""
    if issue.locale_id == default_locale().pk:
        return issue
    return (
        NewsletterIssuePage.objects.filter(
            translation_key=issue.translation_key, locale=default_locale()
        ).first()
        or issue
    )


def live_versions(issue):
    """{language code: the issue's live page open to everyone}, the source's
    included: only what a publisher approved is ever emailed."""
    pages = (
        NewsletterIssuePage.objects.live()
        .public()
        .filter(translation_key=issue.translation_key)
        .select_related("locale")
    )
    return {page.locale.language_code: page for page in pages}


def recipients(issue):
    """Confirmed, not suppressed subscribers whose themes (if any) the issue
    is about."""
    subscribers = Subscriber.objects.filter(
        confirmed_at__isnull=False, suppressed_at__isnull=True
    )
    theme_keys = list(issue.themes.values_list("translation_key", flat=True))
    if theme_keys:
        subscribers = subscribers.annotate(theme_count=Count("themes")).filter(
            Q(theme_count=0) | Q(themes__translation_key__in=theme_keys)
        )
    return subscribers.distinct()


def email_language(subscriber_language, english_fallback, versions):
    """The language a subscriber receives the issue in, or None."""
    if subscriber_language in versions:
        return subscriber_language
    if english_fallback and ENGLISH in versions:
        return ENGLISH
    return None


def plan(issue):
    """Per language of the subscribers: how many there are, whether the issue
    is live in it, and how many get it in their language, in English, or not
    at all. `issue` is the source page."""
    versions = live_versions(issue)
    grouped = Counter()
    rows = (
        Subscriber.objects.filter(pk__in=recipients(issue).values("pk"))
        .values_list("language", "english_fallback")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for language, fallback, count in rows:
        grouped[(language, fallback)] += count
    rows = []
    for code, name in settings.LANGUAGES:
        total = grouped[(code, True)] + grouped[(code, False)]
        translated = code in versions
        in_english = 0
        if not translated and ENGLISH in versions:
            in_english = grouped[(code, True)]
        rows.append(
            {
                "code": code,
                "name": name,
                "subscribers": total,
                "translated": translated,
                "in_language": total if translated else 0,
                "in_english": in_english,
                "none": total - (total if translated else in_english),
            }
        )
    return rows, versions


def progress(send):
    """{language code: {status: count}} of a sending, and the totals."""
    by_language = {}
    totals = Counter()
    rows = (
        Delivery.objects.filter(send=send)
        .values_list("language", "status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for language, status, count in rows:
        by_language.setdefault(language, Counter())[status] += count
        totals[status] += count
    return by_language, totals
