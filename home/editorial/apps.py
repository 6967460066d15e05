from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Roles, the review gate for pages, snippets and translations, status."""

    name = "home.editorial"
    label = "editorial"
    verbose_name = "Editorial workflow"

    def ready(self):
        # Imported here: both need the app registry to be ready.
        from . import seams, signals  # noqa: F401

        seams.install()
