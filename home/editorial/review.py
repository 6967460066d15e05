"""The review gate of the translation editor: submit, withdraw, publish.

wagtail-localize 1.14 publishes translations straight from its editor,
bypassing Wagtail's workflows and publishing untranslated segments in English
(its issues #676, #655, #634, #463, #299 ask for a review step). These
functions put its editor, for pages and snippets alike, behind the
"Editorial review" workflow. Saving a translation only ever writes a revision
of a live page or snippet (`seams.create_or_update_translation`).
"""

from django.contrib import messages
from django.utils.translation import gettext as _

from wagtail.models import Page, WorkflowState
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation

from . import languages
from .permissions import can_edit_locale
from .status import missing_segments


def active_translation(instance):
    """The enabled wagtail-localize translation that produced `instance`."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )


def can_publish(user, instance):
    """Whether `user` may publish `instance` (a page or reviewed snippet)."""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return can_edit_locale(user, instance.locale_id) and user.has_perm(
        get_permission_name("publish", type(instance))
    )


def incomplete_reason(translation):
    """Why `translation` may not be submitted or published yet, or None."""
    missing = missing_segments(translation)
    if not missing:
        return None
    return _(
        "%(count)s segments are not translated yet. Translate every segment "
        "before submitting or publishing: untranslated text would appear in "
        "English."
    ) % {"count": missing}


def refuse_incomplete(request, translation):
    """True (with a message) when segments are still untranslated."""
    reason = incomplete_reason(translation)
    if reason:
        messages.error(request, reason)
    return bool(reason)


def publishing_refusal(instance, go_live_at=None):
    """Why `instance` may not be published (at `go_live_at`), or None: the
    untranslated segments of its translation would appear in English, or its
    English version is not live."""
    translation = active_translation(instance)
    reason = translation and incomplete_reason(translation)
    return reason or languages.hold_reason(instance, go_live_at)


def reloaded(instance):
    return type(instance).objects.get(pk=instance.pk)


def submit_translation(request, translation, instance):
    """Save the translation as a revision and start (or resume) the review."""
    if refuse_incomplete(request, translation):
        return
    state = instance.current_workflow_state
    if state and state.status == WorkflowState.STATUS_IN_PROGRESS:
        messages.info(request, _("This translation is already awaiting review."))
        return
    translation.save_target(user=request.user, publish=False)
    instance = reloaded(instance)
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    else:
        instance.get_workflow().start(instance, request.user)
    messages.success(
        request,
        _(
            "Submitted for review. A publisher will approve it, which publishes "
            "it, or send it back with comments. Until then visitors see the "
            "version they saw before."
        ),
    )


def withdraw_translation(request, instance):
    """Take a translation back from review to change it."""
    state = instance.current_workflow_state
    if state and state.user_can_cancel(request.user):
        state.cancel(user=request.user)
        messages.success(
            request,
            _("Withdrawn from review. Submit it again when it is ready."),
        )


def publish_translation(request, translation, instance):
    """A publisher's Publish in the translation editor: exactly these segments,
    never before the English version (scheduled with it when it is)."""
    if refuse_incomplete(request, translation):
        return
    if languages.source_go_live_at(instance) is False:
        messages.error(request, languages.hold_reason(instance))
        return
    translation.save_target(user=request.user, publish=False)
    languages.publish(reloaded(instance).get_latest_revision(), user=request.user)
    messages.success(
        request,
        _("Published “%(title)s” in %(language)s.")
        % {
            "title": instance,
            "language": translation.target_locale.get_display_name(),
        },
    )
