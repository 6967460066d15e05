"""An index on `wagtailcore_page.url_path`, the column pages are routed by.

`home.web.routing` finds a request's page by its URL path in one query, but
Wagtail indexes `path`, not `url_path`: every page view read the whole page
table (1.3 ms over the bench's 7,400 pages, growing with the site). With this
index it is one index lookup. PostgreSQL gets a hash index (equality is all
routing asks, and a hash index has no limit on the length of a path); other
databases a plain one. `tests/home/test_routing_index.py` fails if the
routing query stops using it.
"""

from django.db import migrations

INDEX = "equalcity_page_url_path"


def create(apps, schema_editor):
    method = "USING hash " if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page {method}(url_path)"
    )


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("home", "0010_contact_notification")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
