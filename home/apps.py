from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Home and shared"

    def ready(self):
        # Imported here: these modules need the app registry to be ready.
        from . import generation, locales, renditions

        generation.connect()
        locales.install()
        renditions.connect()
