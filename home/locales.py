"""The site's locales, read once per content generation.

=====================  ==============================================================
seam                   locale_lookup
upstream               Wagtail 8.0.1, LocaleManager.get_for_language (used by
                       Locale.get_active, get_default, Page.localized and rich
                       text page links)
changes                answers from the locales read once per content generation
                       (`home.generation.shared`) instead of a query per call: a
                       page with ten links in its text asked ten times
remove when            upstream caches locale lookups
=====================  ==============================================================
seam                   attach_locale
upstream               Django's ForeignKey descriptor, for `locale` of every
                       translatable model (TranslatableMixin)
changes                during a request, a translatable row comes with its Locale
                       already attached (the same locales), so that
                       `page.locale.language_code`, in our templates and in
                       Wagtail's, costs no query per item
remove when            never (Django's own behaviour for any foreign key)
=====================  ==============================================================

`tests/home/test_locales.py` fails when Wagtail's version differs, so that the
seam is looked at again on every upgrade.
"""

from django.apps import apps
from django.db.models.signals import post_init

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, TranslatableMixin
from wagtail.models.i18n import LocaleManager

from .generation import shared
from .request_memo import in_request

WAGTAIL_VERSION = "8.0.1"
UPSTREAM_GET_FOR_LANGUAGE = LocaleManager.get_for_language


def by_code():
    """{language code: Locale} for every locale of the site."""
    return shared(
        "locales",
        lambda: {locale.language_code: locale for locale in Locale.objects.all()},
    )


def codes_by_pk():
    """{locale pk: language code}."""
    return {pk: locale.language_code for pk, locale in by_pk().items()}


def get_for_language(manager, language_code):
    """Upstream's lookup, answered from `by_code()`; same errors."""
    code = get_supported_content_language_variant(language_code)
    try:
        return by_code()[code]
    except KeyError:
        raise Locale.DoesNotExist(
            f"Locale matching query does not exist: {code}"
        ) from None


def by_pk():
    """{locale pk: Locale}."""
    return {locale.pk: locale for locale in by_code().values()}


def attach_locale(sender, instance, **kwargs):
    """post_init: a translatable row read during a request gets its Locale."""
    if not in_request():
        return
    locale_id = instance.__dict__.get("locale_id")
    if locale_id is None or "locale" in instance._state.fields_cache:
        return
    locale = by_pk().get(locale_id)
    if locale is not None:
        instance._state.fields_cache["locale"] = locale


def install():
    """Called once from `HomeConfig.ready()`."""
    LocaleManager.get_for_language = get_for_language
    for model in apps.get_models():
        if issubclass(model, TranslatableMixin):
            post_init.connect(attach_locale, sender=model, weak=False)
