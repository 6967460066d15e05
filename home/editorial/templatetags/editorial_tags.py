from django import template

from wagtail.models import Page, TaskState

from ..permissions import can_edit_locale
from ..review import can_publish_snippet_translation
from ..status import STATE_LABELS, segment_counts, translation_state

register = template.Library()


@register.inclusion_tag("editorial/review_panel.html", takes_context=True)
def review_panel(context):
    """What the translation editor shows above the segments: where the
    translation stands, what the publisher said, and what to do next."""
    request = context["request"]
    translation = context["translation"]
    instance = context["instance"]
    counts = segment_counts(translation)
    total, translated, machine = counts
    state, percent = translation_state(translation, instance, counts)
    is_page = isinstance(instance, Page)
    panel = {
        "request": request,
        "instance": instance,
        "is_page": is_page,
        "state": state,
        "state_label": STATE_LABELS[state],
        "percent": percent,
        "missing": total - translated,
        "machine": machine,
        "can_edit": can_edit_locale(request.user, instance.locale_id),
    }
    if is_page:
        workflow_state = instance.current_workflow_state
        task_state = workflow_state.current_task_state if workflow_state else None
        rejected = (
            TaskState.objects.filter(
                workflow_state__base_content_type=instance.content_type,
                workflow_state__object_id=str(instance.pk),
                status=TaskState.STATUS_REJECTED,
            )
            .order_by("-finished_at")
            .first()
        )
        panel.update(
            workflow_state=workflow_state,
            task_state=task_state,
            needs_changes=bool(
                workflow_state and workflow_state.status == "needs_changes"
            ),
            changes_comment=rejected.get_comment() if rejected else "",
            changes_by=rejected.finished_by if rejected else None,
            can_review=bool(
                task_state
                and task_state.status == TaskState.STATUS_IN_PROGRESS
                and instance.permissions_for_user(request.user).can_publish()
            ),
        )
    else:
        panel["can_review"] = can_publish_snippet_translation(request.user, instance)
    return panel
