"""When an English page or snippet is published, its translations learn what
changed."""

from django.dispatch import receiver

from wagtail.models import DraftStateMixin, Locale, TranslatableMixin
from wagtail.signals import published
from wagtail_localize.models import TranslationSource


@receiver(published)
def sync_translations_of_published_source(sender, instance, **kwargs):
    """Refresh the translation source so changed segments need translating again.

    Translations stay as they are (what is live stays live); the translation
    editor then shows the new English segments as untranslated, and the
    status report shows the translation as out of date until an updated
    translation is approved. Go-live and expiry dates carry over.
    """
    if (
        not isinstance(instance, TranslatableMixin)
        or instance.locale_id != Locale.get_default().pk
    ):
        return
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return
    source.update_from_db()
    if isinstance(instance, DraftStateMixin):
        instance.get_translations().update(
            go_live_at=instance.go_live_at, expire_at=instance.expire_at
        )
