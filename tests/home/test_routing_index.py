"""home/migrations/0011: pages are routed by their URL path
(home.web.routing), and an index on `url_path` serves that query on every
database, so that a page view does not read the whole page table. Fails if the
routing query stops filtering on the indexed column."""

from django.db import connection, transaction
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from tests.factories.content import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.home import make_home

INDEX = "equalcity_page_url_path"


def plan(sql):
    """The database's plan for `sql`, scans by sequence ruled out where the
    database allows (PostgreSQL): whether the index can serve it at all,
    whatever the size of the test's tables."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}")
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        return "\n".join(str(row) for row in cursor.fetchall())


class RoutingIndexTests(TestCase):
    def test_the_page_of_a_url_is_found_through_the_index(self):
        news = NewsIndexPageFactory(parent=make_home())
        article = ArticlePageFactory(parent=news, title="Safer spaces")
        self.client.get(article.url)  # the site's structure, read once
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get(article.url)
        self.assertContains(response, "Safer spaces")
        routing = [
            query["sql"]
            for query in queries.captured_queries
            if '"wagtailcore_page"."url_path" =' in query["sql"]
        ]
        self.assertEqual(len(routing), 1, [q["sql"] for q in queries.captured_queries])
        self.assertIn(INDEX, plan(routing[0]))
