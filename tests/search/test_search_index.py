"""The seam in search/migrations/0001: Wagtail's PostgreSQL search backend
matches `(title || body) @@ query`; our GIN index on that expression keeps a
search from reading the whole index table. Fails if Wagtail's query changes
shape and no longer uses the index (PostgreSQL only)."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale, Page

import pytest

from search.selectors import matching_ids, search_pages
from tests.factories.content import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.home import make_home

INDEX = "equalcity_indexentry_title_body_gin"


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's search backend only"
)
class SearchIndexTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        news = NewsIndexPageFactory(parent=make_home())
        for number in range(3):
            ArticlePageFactory(parent=news, title=f"Safer spaces {number}")

    def test_the_search_query_matches_the_indexed_expression(self):
        english = Locale.objects.get(language_code="en")
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(len(search_pages("safer", english)), 3)
        expression = (
            '("wagtailsearch_indexentry"."title" || '
            '"wagtailsearch_indexentry"."body") @@'
        )
        self.assertTrue(any(expression in query["sql"] for query in queries))
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexdef FROM pg_indexes WHERE indexname = %s", [INDEX]
            )
            (definition,) = cursor.fetchone()
        self.assertIn("USING gin (((title || body)))", definition)


def plan(sql):
    """PostgreSQL's plan for a query, as it writes the expressions in it."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN {sql}")
        return "\n".join(row[0] for row in cursor.fetchall())


def index_definition(name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [name])
        row = cursor.fetchone()
    return row[0] if row else ""


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's search backend only"
)
class TitleSearchTests(TestCase):
    """search/migrations/0002: a search of titles alone (the search page's
    first) is served by an index on the words of titles, in each language's
    configuration; and search/backends.py selects the matched words of no
    result row (modelsearch's `_vector_`)."""

    @classmethod
    def setUpTestData(cls):
        news = NewsIndexPageFactory(parent=make_home())
        for number in range(3):
            ArticlePageFactory(parent=news, title=f"Safer spaces {number}")

    def search_queries(self, language, fields=None):
        locale = Locale.objects.get(language_code="en")
        pages = Page.objects.live().filter(locale=locale)
        with translation.override(language), CaptureQueriesContext(connection) as q:
            ids = matching_ids(pages, "safer", **({"fields": fields} if fields else {}))
        return ids, [
            query["sql"] for query in q.captured_queries if "@@" in query["sql"]
        ]

    def test_a_title_search_computes_what_the_title_index_of_its_language_holds(
        self,
    ):
        # An index serves a query whose expression is the indexed one; with
        # three pages the planner has better ways, so compare the two.
        for language, config in [("en", "english"), ("fr", "french"), ("ar", "arabic")]:
            with self.subTest(language=language):
                ids, (sql,) = self.search_queries(language, fields=["title"])
                if language == "en":
                    self.assertEqual(len(ids), 3)
                expression = (
                    f"to_tsvector('{config}'::regconfig, "
                    "(COALESCE(title, ''::character varying))::text)"
                )
                self.assertIn(f"{expression} @@", plan(sql))
                self.assertIn(
                    f"USING gin ({expression})",
                    index_definition(f"equalcity_page_title_{config}"),
                )

    def test_no_result_row_carries_the_matched_words(self):
        for fields in (None, ["title"]):
            with self.subTest(fields=fields):
                ids, (sql,) = self.search_queries("en", fields=fields)
                self.assertEqual(len(ids), 3)
                selected = sql.split(" FROM ", 1)[0]
                self.assertNotIn("tsvector", selected)
                self.assertNotIn("||", selected)
                self.assertNotIn("_vector_", selected)

    def test_the_planner_reads_pages_at_ssd_cost(self):
        with connection.cursor() as cursor:
            cursor.execute("SHOW random_page_cost")
            self.assertEqual(float(cursor.fetchone()[0]), 1.1)
