"""Translation progress and state, for the editor panel, report and dashboard.

The state of one translation (a source object in one target locale):

- not translated: no object in that locale, or no enabled wagtail-localize
  Translation of the English version into it;
- awaiting review / changes requested: its workflow is in progress / needs
  changes;
- scheduled: a revision of it is scheduled (Wagtail's `approved_go_live_at`),
  and no workflow is active;
- in progress: it is not live, and neither in a workflow nor scheduled;
- out of date: it is live, but segments are untranslated, or the English
  version changed (`TranslationSource.last_updated_at`) after it was last
  published, or it has changes that nobody submitted for review;
- live: live and up to date.

`state_of` decides from facts; `translation_state` gathers them for one
translation (the editor's review panel), `bulk_facts` for many at once in a
constant number of queries (the report and the dashboard).
"""

from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    CharField,
    Exists,
    F,
    Func,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    DraftStateMixin,
    Page,
    Revision,
    RevisionMixin,
    WorkflowMixin,
    WorkflowState,
    get_default_page_content_type,
)
from wagtail_localize.models import StringSegment, StringTranslation
from wagtail_localize.views.report import TranslationsReportView

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


def percent_translated(total, translated):
    return 100 if total == 0 else round(100 * translated / total)


def state_of(
    target,
    *,
    missing,
    source_updated_at,
    workflow_status=None,
    scheduled=False,
):
    """The state of translated `target` (a page or snippet), from facts:
    whether segments are `missing`, when its English version was last
    extracted, the status of its active workflow (or None) and whether it is
    scheduled."""
    if workflow_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return CHANGES_REQUESTED
    if workflow_status == WorkflowState.STATUS_IN_PROGRESS:
        return AWAITING_REVIEW
    if scheduled:
        return SCHEDULED
    if not getattr(target, "live", True):
        return IN_PROGRESS
    published = getattr(target, "last_published_at", None)
    if (
        missing
        or getattr(target, "has_unpublished_changes", False)
        or (published and source_updated_at and source_updated_at > published)
    ):
        return OUT_OF_DATE
    return LIVE


def translation_state(translation, target=None, counts=None):
    """The state of `translation` (a wagtail-localize Translation) and its %.

    `target` is the translated page or snippet; `counts` are its
    segment_counts when the caller already has them.
    """
    total, translated, _machine = counts or segment_counts(translation)
    if target is None:
        target = translation.source.get_translated_instance(translation.target_locale)
    target = getattr(target, "specific", target)
    workflow_state = (
        target.current_workflow_state if isinstance(target, WorkflowMixin) else None
    )
    state = state_of(
        target,
        missing=translated < total,
        source_updated_at=translation.source.last_updated_at,
        workflow_status=workflow_state.status if workflow_state else None,
        scheduled=isinstance(target, DraftStateMixin)
        and target.scheduled_revision is not None,
    )
    return state, percent_translated(total, translated)


# In bulk: the report and the dashboard --------------------------------------


def base_content_type(model):
    """The content type Wagtail files revisions and workflow states under."""
    if issubclass(model, Page):
        return get_default_page_content_type()
    if issubclass(model, RevisionMixin):
        return model.get_base_content_type()
    return ContentType.objects.get_for_model(model, for_concrete_model=False)


def translations_with_progress():
    """wagtail-localize's "Translations" report queryset, whose
    `waiting_for_translation` says whether segments are missing, annotated
    with `total_segments` and `translated_segments` (for the %), in one query."""
    segments = StringSegment.objects.filter(source_id=OuterRef("source_id"))
    translated = segments.annotate(
        # Nested OuterRefs are not supported: as upstream's report does, the
        # target locale is annotated first, then referred to.
        _target_locale_id=OuterRef("target_locale_id"),
        done=Exists(
            StringTranslation.objects.filter(
                translation_of_id=OuterRef("string_id"),
                context_id=OuterRef("context_id"),
                locale_id=OuterRef("_target_locale_id"),
                has_error=False,
            )
        ),
    ).filter(done=True)
    return (
        TranslationsReportView()
        .get_queryset()
        .annotate(
            total_segments=_count(segments),
            translated_segments=_count(translated),
        )
    )


def _count(queryset):
    """COUNT(*) of `queryset` as a subquery (no GROUP BY on the outer query)."""
    counted = queryset.order_by().annotate(n=Func(F("pk"), function="COUNT"))
    return Coalesce(
        Subquery(counted.values("n"), output_field=IntegerField()),
        0,
        output_field=IntegerField(),
    )


@dataclass
class Facts:
    """What the state of many translations depends on, fetched in bulk."""

    # {(source translation key, target locale id): Translation values}
    translations: dict = field(default_factory=dict)
    # {(base content type id, object id as text): WorkflowState status}
    workflow_statuses: dict = field(default_factory=dict)
    # {(base content type id, object id as text)} with a scheduled revision
    scheduled: set = field(default_factory=set)

    def state(self, target, translation):
        """The state of `target` and its %; `translation` is its entry in
        `translations`."""
        key = (base_content_type(type(target)).pk, str(target.pk))
        state = state_of(
            target,
            missing=translation["waiting_for_translation"],
            source_updated_at=translation["source__last_updated_at"],
            workflow_status=self.workflow_statuses.get(key),
            scheduled=key in self.scheduled,
        )
        percent = percent_translated(
            translation["total_segments"], translation["translated_segments"]
        )
        return state, percent


def bulk_facts(source_locale, target_locale_ids, targets):
    """Facts for every enabled translation from `source_locale` into
    `target_locale_ids`, and for the objects of `targets` ({model: queryset of
    translated objects}): three queries, however many rows."""
    facts = Facts()
    translations = (
        translations_with_progress()
        .filter(
            enabled=True,
            source__locale=source_locale,
            target_locale_id__in=target_locale_ids,
        )
        .values(
            "source__object_id",
            "target_locale_id",
            "source__last_updated_at",
            "waiting_for_translation",
            "total_segments",
            "translated_segments",
        )
    )
    for translation in translations:
        key = (translation["source__object_id"], translation["target_locale_id"])
        facts.translations[key] = translation

    in_workflow = _objects_of(
        {m: qs for m, qs in targets.items() if issubclass(m, WorkflowMixin)}
    )
    if in_workflow is not None:
        facts.workflow_statuses = {
            (content_type_id, object_id): status
            for content_type_id, object_id, status in WorkflowState.objects.active()
            .filter(in_workflow)
            .values_list("base_content_type_id", "object_id", "status")
        }
    with_drafts = _objects_of(
        {m: qs for m, qs in targets.items() if issubclass(m, DraftStateMixin)}
    )
    if with_drafts is not None:
        facts.scheduled = set(
            Revision.objects.filter(with_drafts, approved_go_live_at__isnull=False)
            .values_list("base_content_type_id", "object_id")
            .distinct()
        )
    return facts


def _objects_of(targets):
    """A filter on (base_content_type, object_id) of revisions and workflow
    states matching the objects of `targets` ({model: queryset}), as
    subqueries; None when there is no such model."""
    filters = [
        Q(
            base_content_type=base_content_type(model),
            object_id__in=queryset.order_by()
            .annotate(_object_id=Cast("pk", output_field=CharField()))
            .values("_object_id"),
        )
        for model, queryset in targets.items()
    ]
    return reduce(or_, filters) if filters else None
