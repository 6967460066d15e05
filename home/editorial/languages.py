"""Languages keep together in time: a translation never goes live before its
English (source) version.

- Approving or publishing a translation of an English page or snippet that is
  not live is refused with the reason; when the English version is scheduled,
  the translation is scheduled for the same moment.
- Cancelling the English version's schedule cancels its translations'
  schedules; unpublishing or deleting an English page unpublishes or deletes
  its translations (`wagtail_hooks.py`), and scheduled publishing never
  publishes a translation whose English version is not live
  (`management/commands/publish_scheduled.py`).
"""

from datetime import timedelta

from django.utils import formats, timezone
from django.utils.translation import gettext as _

from wagtail.log_actions import log
from wagtail.models import DraftStateMixin, Locale, TranslatableMixin


def source_version(instance):
    """The English version of a translation, or None for an English object
    (and for objects that are not translatable)."""
    if not isinstance(instance, TranslatableMixin):
        return None
    source_locale = Locale.get_default()
    if instance.locale_id == source_locale.pk:
        return None
    return specific(instance.get_translations().filter(locale=source_locale).first())


def source_go_live_at(instance):
    """When the English version of `instance` goes live: None when it is live
    (or `instance` is English), its scheduled moment, or False when it is
    neither live nor scheduled."""
    source = source_version(instance)
    if source is None or not isinstance(source, DraftStateMixin) or source.live:
        return None
    scheduled = source.scheduled_revision
    return scheduled.approved_go_live_at if scheduled else False


def hold_reason(instance, go_live_at=None):
    """Why `instance` may not go live (at `go_live_at`, default now), or None."""
    source_at = source_go_live_at(instance)
    if source_at is None:
        return None
    if source_at is False:
        return _(
            "The English version is not live yet. A translation goes live only "
            "after it: approve or publish the English version first."
        )
    if go_live_at is None or go_live_at < source_at:
        return _(
            "The English version goes live on %(moment)s. Schedule this "
            "translation for the same moment or later."
        ) % {
            "moment": formats.date_format(
                timezone.localtime(source_at), "DATETIME_FORMAT"
            )
        }
    return None


def publish(revision, user=None):
    """Publish a revision of a page or snippet, with its English version: when
    that is scheduled, this revision is scheduled for the same moment."""
    source_at = source_go_live_at(specific(revision.content_object))
    if source_at:
        go_live_at = revision.as_object().go_live_at
        if go_live_at is None or go_live_at < source_at:
            revision.content = {**revision.content, "go_live_at": source_at.isoformat()}
            revision.save(update_fields=["content"])
    return revision.publish(user=user)


def specific(instance):
    return getattr(instance, "specific", instance)


def translations_of(instance):
    """The other languages' versions of an English page or snippet."""
    if source_version(instance) is not None or not isinstance(
        instance, TranslatableMixin
    ):
        return []
    return [specific(translation) for translation in instance.get_translations()]


def cancel_translation_schedules(instance, user=None):
    """Cancel the schedules of the translations of English `instance`; returns
    the names of the languages whose schedule was cancelled."""
    languages = []
    for translation in translations_of(instance):
        revision = getattr(translation, "scheduled_revision", None)
        if revision is not None:
            cancel_schedule(translation, revision, user)
            languages.append(str(translation.locale.get_display_name()))
    return languages


def cancel_schedule(instance, revision, user=None):
    revision.approved_go_live_at = None
    revision.save(update_fields=["approved_go_live_at"])
    log(
        instance=instance,
        action="wagtail.schedule.cancel",
        data={
            "revision": {
                "id": revision.id,
                "created": revision.created_at.isoformat(),
                "go_live_at": None,
                "has_live_version": instance.live,
            }
        },
        user=user,
        revision=revision,
    )


def keep_schedules_together(revisions):
    """Before scheduled publishing, for due `revisions`: a translation goes
    just after its English version (which may be due later), and not at all
    when that is neither live nor scheduled (its schedule is cancelled).
    Returns (waiting for English, cancelled)."""
    now = timezone.now()
    waiting, cancelled = [], []
    for revision in revisions:
        instance = specific(revision.content_object)
        source_at = source_go_live_at(instance)
        if source_at is None:
            continue
        if source_at is False:
            cancel_schedule(instance, revision)
            cancelled.append(revision)
        elif revision.approved_go_live_at <= source_at:
            revision.approved_go_live_at = source_at + timedelta(microseconds=1)
            revision.save(update_fields=["approved_go_live_at"])
            if source_at > now:
                waiting.append(revision)
    return waiting, cancelled
