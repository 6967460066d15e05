"""A GIN index on `title || body` of Wagtail's PostgreSQL search index.

Wagtail's PostgreSQL backend matches `(title || body) @@ query`, an
expression none of its own indexes (on `title`, `body`, `autocomplete`
apart) can serve: every search read the whole table (18 ms over the bench's
7,500 entries, growing with the site). With this index it is a bitmap index
scan (4 ms). `tests/search/test_search_index.py` fails if Wagtail's query
stops using it. Other databases need nothing.
"""

from django.db import migrations

INDEX = "equalcity_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
