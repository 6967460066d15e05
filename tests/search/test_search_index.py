"""The seam in search/migrations/0001: Wagtail's PostgreSQL search backend
matches `(title || body) @@ query`; our GIN index on that expression keeps a
search from reading the whole index table. Fails if Wagtail's query changes
shape and no longer uses the index (PostgreSQL only)."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

import pytest

from search.selectors import search_pages
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
