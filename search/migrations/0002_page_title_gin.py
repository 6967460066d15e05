"""GIN indexes on the words of page titles, one per language's configuration.

The search page lists pages whose title matches first (search.selectors
`search_pages`): Wagtail's PostgreSQL backend searches a single field by
computing `to_tsvector(<config>, COALESCE(title, ''))` for every live page of
the language, which no index served (17–25 ms over the bench's 7,400 pages,
growing with the site). These expression indexes match what it computes, for
each configuration `search.backends` uses, so that such a search is an index
lookup (0.1 ms). `tests/search/test_search_index.py` fails if the query stops
using them. Other databases need nothing.
"""

from django.db import migrations

from search.backends import POSTGRES_CONFIGS


def index_name(config):
    return f"equalcity_page_title_{config}"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for config in sorted(set(POSTGRES_CONFIGS.values())):
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index_name(config)} ON wagtailcore_page "
            f"USING gin (to_tsvector('{config}'::regconfig, "
            "COALESCE(title, ''::character varying)::text))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for config in sorted(set(POSTGRES_CONFIGS.values())):
        schema_editor.execute(f"DROP INDEX IF EXISTS {index_name(config)}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_indexentry_title_body_gin"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
