from django import template
from django.contrib.admin.utils import quote
from django.urls import reverse

from wagtail.models import Page, TaskState, WorkflowState

from ..permissions import can_edit_locale
from ..review import can_publish
from ..seams import restrict_editor as restrict_editor_context
from ..status import LIVE, STATE_LABELS, segment_counts, translation_state

register = template.Library()


def admin_url(instance, name, *args):
    """The admin URL `name` (edit, workflow_action, revisions_compare…) of a
    page or snippet."""
    if isinstance(instance, Page):
        return reverse(f"wagtailadmin_pages:{name}", args=[instance.pk, *args])
    viewset = instance.snippet_viewset
    return reverse(viewset.get_url_name(name), args=[quote(instance.pk), *args])


def last_request_for_changes(instance):
    return (
        TaskState.objects.filter(
            workflow_state__in=WorkflowState.objects.for_instance(instance),
            status=TaskState.STATUS_REJECTED,
        )
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )


@register.simple_tag(takes_context=True)
def restrict_editor(context):
    """See `seams.restrict_editor`: the editor offers only what the user may do."""
    restrict_editor_context(context)
    return ""


@register.inclusion_tag("editorial/review_panel.html", takes_context=True)
def review_panel(context):
    """What the translation editor shows above the segments: where the
    translation stands, what the publisher said, and what to do next."""
    request = context["request"]
    user = request.user
    translation = context["translation"]
    instance = context["instance"]
    counts = segment_counts(translation)
    total, translated, machine = counts
    state, percent = translation_state(translation, instance, counts)
    workflow_state = instance.current_workflow_state
    task_state = workflow_state.current_task_state if workflow_state else None
    in_review = bool(task_state and task_state.status == TaskState.STATUS_IN_PROGRESS)
    needs_changes = bool(
        workflow_state and workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    )
    rejected = last_request_for_changes(instance) if needs_changes else None
    actions = (
        {
            name
            for name, _label, _modal in task_state.task.specific.get_actions(
                instance, user
            )
        }
        if in_review
        else set()
    )
    panel = {
        "request": request,
        "instance": instance,
        "state": state,
        "state_label": STATE_LABELS[state],
        "is_live_and_current": state == LIVE,
        "percent": percent,
        "missing": total - translated,
        "machine": machine,
        "can_edit": can_edit_locale(user, instance.locale_id),
        "in_review": in_review,
        "needs_changes": needs_changes,
        "changes_comment": rejected.get_comment() if rejected else "",
        "changes_by": rejected.finished_by if rejected else None,
        "can_withdraw": in_review and workflow_state.user_can_cancel(user),
        "can_approve": "approve" in actions and can_publish(user, instance),
        "can_reject": "reject" in actions,
        # The task offers no approval while the English version is not live.
        "held_back": "reject" in actions and "approve" not in actions,
    }
    if in_review:
        panel["approve_url"] = admin_url(
            instance, "workflow_action", "approve", task_state.pk
        )
        panel["reject_url"] = admin_url(
            instance, "workflow_action", "reject", task_state.pk
        )
        if instance.live:
            panel["compare_url"] = admin_url(
                instance, "revisions_compare", "live", task_state.revision_id
            )
    return panel
