"""When an English page is published, its translations learn what changed."""

from django.dispatch import receiver

from wagtail.models import Locale, Page
from wagtail.signals import page_published
from wagtail_localize.models import TranslationSource


@receiver(page_published)
def sync_translations_of_published_source(sender, instance, **kwargs):
    """Refresh the translation source so changed segments need translating again.

    Translated pages stay as they are (what is live stays live); the
    translation editor then shows the new English segments as untranslated,
    and the status report shows the translation as out of date until an
    updated translation is approved. Go-live and expiry dates carry over.
    """
    if instance.locale_id != Locale.get_default().pk:
        return
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return
    source.update_from_db()
    Page.objects.filter(translation_key=instance.translation_key).exclude(
        pk=instance.pk
    ).update(go_live_at=instance.go_live_at, expire_at=instance.expire_at)
