"""The review gate: submitting translations, and who may publish what.

wagtail-localize 1.14 publishes translations straight from its editor,
bypassing Wagtail's workflows and publishing untranslated segments in English
(its issues #676, #655, #634, #463, #299 ask for a review step). These
functions put its editor behind the "Editorial review" workflow.
"""

from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.models import WorkflowState
from wagtail_localize.models import Translation

from .models import SnippetReview
from .permissions import can_edit_locale
from .status import missing_segments

# Publishers hold this permission; it is how a snippet translation goes live.
PUBLISH_SNIPPET_TRANSLATIONS = "editorial.change_snippetreview"


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


def can_publish_snippet_translation(user, instance):
    return can_edit_locale(user, instance.locale_id) and user.has_perm(
        PUBLISH_SNIPPET_TRANSLATIONS
    )


def refuse_incomplete(request, translation):
    """True (with a message) when segments are still untranslated."""
    missing = missing_segments(translation)
    if missing:
        messages.error(
            request,
            _(
                "%(count)s segments are not translated yet. Translate every "
                "segment before submitting or publishing: untranslated text would "
                "appear in English."
            )
            % {"count": missing},
        )
        return True
    return False


def submit_page_translation(request, translation, page):
    """Save the translated draft and start (or resume) the review workflow."""
    if refuse_incomplete(request, translation):
        return
    translation.save_target(user=request.user, publish=False)
    page = page.specific_class.objects.get(pk=page.pk)
    state = page.current_workflow_state
    if state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(request.user)
    elif state:
        messages.info(request, _("This translation is already awaiting review."))
        return
    else:
        page.get_workflow().start(page, request.user)
    messages.success(
        request,
        _(
            "Submitted for review. A publisher will approve it, which publishes "
            "it, or send it back with comments."
        ),
    )


def mark_snippet_ready(request, translation):
    if refuse_incomplete(request, translation):
        return
    SnippetReview.objects.get_or_create(
        translation=translation,
        status=SnippetReview.Status.AWAITING,
        defaults={"requested_by": request.user},
    )
    messages.success(
        request,
        _("Marked ready for review. A publisher will check it and publish it."),
    )


def record_snippet_published(translation, user):
    SnippetReview.objects.filter(
        translation=translation, status=SnippetReview.Status.AWAITING
    ).update(
        status=SnippetReview.Status.PUBLISHED,
        published_by=user,
        published_at=timezone.now(),
    )
