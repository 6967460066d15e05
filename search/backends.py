"""Wagtail's database search backend, stemming each language as PostgreSQL can.

Wagtail (through modelsearch) indexes every object with one PostgreSQL text
search configuration. Equalcity's pages are in seven languages, so this backend
indexes each object with its own locale's configuration ("french" for a French
page: "boîtes" finds "boîte") and searches with the visitor's language. On
SQLite and MySQL, used in development, it is Wagtail's database backend as is.
"""

import copy
from collections import defaultdict

from django.db import connection
from django.utils import translation

from modelsearch.backends.database import SearchBackend as database_backend

# PostgreSQL's built-in text search configurations for the site's languages.
POSTGRES_CONFIGS = {
    "ar": "arabic",
    "de": "german",
    "en": "english",
    "fr": "french",
    "it": "italian",
    "nl": "dutch",
    "sv": "swedish",
}


# The annotation modelsearch's PostgreSQL compiler filters on.
VECTOR = "_vector_"


def config_for_language(language_code, default):
    return POSTGRES_CONFIGS.get((language_code or "").split("-")[0], default)


def _postgres_backend_class():
    # Imported here: the module needs psycopg and a PostgreSQL database, and
    # development runs on SQLite.
    from modelsearch.backends.database.postgres.postgres import (
        PostgresIndex,
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )

    class LocalisedPostgresIndex(PostgresIndex):
        def add_items(self, model, objs):
            """Index objects in groups, each with its locale's configuration."""
            groups = defaultdict(list)
            for obj in objs:
                locale = getattr(obj, "locale", None)
                code = locale.language_code if locale else None
                groups[config_for_language(code, self.backend.config)].append(obj)
            for config, group in groups.items():
                index = copy.copy(self)
                index.backend = copy.copy(self.backend)
                index.backend.config = config
                PostgresIndex.add_items(index, model, group)

    class LocalisedPostgresSearchQueryCompiler(PostgresSearchQueryCompiler):
        def get_config(self, backend):
            return config_for_language(translation.get_language(), backend.config)

        def _apply_ordering_and_scoring(self, queryset, *args, **kwargs):
            """Seam (issue #11): modelsearch annotates the matched text vector
            (`_vector_`) to filter on it, which also selects it: every result
            row brought a whole page's words to Python (500 rows, 350 kB for
            a common word). Filtered on, not selected, as `alias()` would.
            `tests/search/test_search_index.py` fails if modelsearch stops
            naming it so."""
            if VECTOR in queryset.query.annotations:
                selected = set(queryset.query.annotation_select) - {VECTOR}
                queryset.query.set_annotation_mask(selected)
            return super()._apply_ordering_and_scoring(queryset, *args, **kwargs)

    class LocalisedPostgresSearchBackend(PostgresSearchBackend):
        query_compiler_class = LocalisedPostgresSearchQueryCompiler
        index_class = LocalisedPostgresIndex
        results_class = PostgresSearchResults
        # Its index entries keep each object's searchable text as well
        # (`body_text`): search.selectors.result_texts reads excerpts there.
        stores_text = True

    return LocalisedPostgresSearchBackend


def SearchBackend(params):  # noqa: N802 (Wagtail looks this name up)
    if connection.vendor == "postgresql":
        params = {"SEARCH_CONFIG": "simple", **params}
        backend = _postgres_backend_class()(params)
    else:
        backend = database_backend(params)
    # The database backends search a queryset of ids as well as one of pages
    # (search.selectors.matching_ids); OpenSearch's needs the pages.
    backend.searches_values = True
    return backend
