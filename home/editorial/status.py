"""Translation progress and state, for the editor panel, report and dashboard."""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation

from .models import SnippetReview

NOT_TRANSLATED = "not_translated"
IN_PROGRESS = "in_progress"
AWAITING_REVIEW = "awaiting_review"
LIVE = "live"
OUT_OF_DATE = "out_of_date"

STATE_LABELS = {
    NOT_TRANSLATED: _("Not translated"),
    IN_PROGRESS: _("In progress"),
    AWAITING_REVIEW: _("Awaiting review"),
    LIVE: _("Live"),
    OUT_OF_DATE: _("Out of date"),
}


def segment_counts(translation):
    """(total, translated, machine-translated) segments of a translation."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=translation.target_locale_id,
        has_error=False,
    )
    segments = StringSegment.objects.filter(source_id=translation.source_id).annotate(
        done=Exists(translated),
        machine=Exists(
            translated.filter(
                translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE
            )
        ),
    )
    total = translated = machine = 0
    for done, is_machine in segments.values_list("done", "machine"):
        total += 1
        translated += done
        machine += is_machine
    return total, translated, machine


def missing_segments(translation):
    total, translated, _machine = segment_counts(translation)
    return total - translated


def translation_state(translation, target=None, counts=None):
    """The state of `translation` (a wagtail-localize Translation) and its %.

    `counts` are its segment_counts when the caller already has them.
    """
    total, translated, _machine = counts or segment_counts(translation)
    percent = 100 if total == 0 else round(100 * translated / total)
    if target is None:
        target = translation.source.get_translated_instance(translation.target_locale)
    if isinstance(target, Page):
        if target.workflow_in_progress:
            return AWAITING_REVIEW, percent
        if not target.live:
            return IN_PROGRESS, percent
        published = target.last_published_at
    else:
        if SnippetReview.objects.filter(
            translation=translation, status=SnippetReview.Status.AWAITING
        ).exists():
            return AWAITING_REVIEW, percent
        log = (
            translation.source.translation_logs.filter(
                locale_id=translation.target_locale_id
            )
            .order_by("-created_at")
            .first()
        )
        published = log.created_at if log else None
        if published is None or translated < total:
            # wagtail-localize creates snippet translations with the English
            # text until each segment is translated and published.
            return IN_PROGRESS, percent
    if translated < total or (
        published and translation.source.last_updated_at > published
    ):
        return OUT_OF_DATE, percent
    return LIVE, percent
