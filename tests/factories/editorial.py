"""Users in the editorial roles, and translations made through wagtail-localize."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue


def make_user(username, group_name=None):
    """A user in one of the groups the roles migration creates (or none)."""
    user = get_user_model().objects.create_user(
        username, email=f"{username}@example.org", password="x"
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def localize(instance, language_code, prefix=None, publish=True):
    """`instance` translated through wagtail-localize, each segment as
    "<prefix> <English text>", saved and (optionally) published as a
    publisher would. Returns the translated page or snippet."""
    locale = Locale.objects.get(language_code=language_code)
    prefix = prefix or language_code.upper()
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    ):
        text = StringValue(segment.string.data).render_text()
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": StringValue.from_plaintext(f"{prefix} {text}").data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "has_error": False,
            },
        )
    translation.save_target(publish=False)
    translated = instance.get_translation(locale)
    if publish:
        translated.get_latest_revision().publish()
    model = getattr(translated, "specific_class", type(translated))
    return model.objects.get(pk=translated.pk)
