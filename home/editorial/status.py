"""Translation progress and state, for the editor panel, report and dashboard."""

from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from wagtail.models import WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation

NOT_TRANSLATED = "not_translated"
IN_PROGRESS = "in_progress"
AWAITING_REVIEW = "awaiting_review"
CHANGES_REQUESTED = "changes_requested"
SCHEDULED = "scheduled"
LIVE = "live"
OUT_OF_DATE = "out_of_date"

STATE_LABELS = {
    NOT_TRANSLATED: _("Not translated"),
    IN_PROGRESS: _("In progress"),
    AWAITING_REVIEW: _("Awaiting review"),
    CHANGES_REQUESTED: _("Changes requested"),
    SCHEDULED: _("Scheduled"),
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

    `target` is the translated page or snippet; `counts` are its
    segment_counts when the caller already has them.
    """
    total, translated, _machine = counts or segment_counts(translation)
    percent = 100 if total == 0 else round(100 * translated / total)
    if target is None:
        target = translation.source.get_translated_instance(translation.target_locale)
    workflow_state = target.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return CHANGES_REQUESTED, percent
        return AWAITING_REVIEW, percent
    if target.scheduled_revision is not None:
        return SCHEDULED, percent
    if not target.live:
        return IN_PROGRESS, percent
    published = target.last_published_at
    if translated < total or (
        published and translation.source.last_updated_at > published
    ):
        return OUT_OF_DATE, percent
    return LIVE, percent
