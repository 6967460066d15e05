from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Roles, the review gate for pages and translations, translation status."""

    name = "home.editorial"
    label = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        from . import signals  # noqa: F401

        disable_locale_synchronisation()


def disable_locale_synchronisation():
    """Remove wagtail-localize's locale "Sync from" option.

    Syncing a locale from English creates alias pages that serve English text
    under another language's URLs, without review. Upstream has no setting to
    turn it off (wagtail-localize 1.14); remove this when it has one.
    """
    from django.db.models.signals import post_save

    from wagtail_localize.locales.components import LOCALE_COMPONENTS
    from wagtail_localize.models import (
        LocaleSynchronization,
        sync_trees_on_locale_sync_save,
    )

    LOCALE_COMPONENTS[:] = [
        component
        for component in LOCALE_COMPONENTS
        if component["model"] is not LocaleSynchronization
    ]
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)
