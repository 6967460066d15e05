"""Create the site's locales, so that a production install has every language.

The codes are written out rather than read from settings: a migration must give
the same result whatever the settings are when it runs.
"""

from django.db import migrations

LANGUAGE_CODES = ["en", "fr", "nl", "de", "it", "sv", "ar"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in LANGUAGE_CODES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
