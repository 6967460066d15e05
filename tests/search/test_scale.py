"""Search at scale: no database write while a visitor waits, searches counted
off the request path, and a results page that costs the same whatever the
number of matches."""

import datetime
import io
import os
import time
from unittest import mock

from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.contrib.search_promotions.models import (
    Query,
    QueryDailyHits,
    SearchPromotion,
)

import pytest

from news.models import ArticlePage
from search import hits
from search.hits import record_hit
from tests.factories.content import (
    ArticlePageFactory,
    NewsIndexPageFactory,
    ToolboxIndexPageFactory,
    ToolboxPageFactory,
)
from tests.factories.home import make_home, translate
from tests.queries import steady_query_count

WRITES = ("INSERT", "UPDATE", "DELETE")


def writes(queries):
    return [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].lstrip().upper().startswith(WRITES)
    ]


def flush():
    output = io.StringIO()
    call_command("flush_search_hits", stdout=output)
    return output.getvalue()


@override_settings(PAGE_CACHE_SECONDS=0)
class SearchCountingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            cls.home = make_home()
            news = NewsIndexPageFactory(parent=cls.home)
            toolboxes = ToolboxIndexPageFactory(parent=cls.home)
            cls.toolbox = ToolboxPageFactory(
                parent=toolboxes, title="Safety planning with families"
            )
            ArticlePageFactory(parent=news, title="Safety at the border")
            translate(cls.home, "fr")
            translate(toolboxes, "fr")
            translate(cls.toolbox, "fr", title="Sécurité des familles")

    def setUp(self):
        cache.clear()

    def search(self, query, language="en", **params):
        response = self.client.get(f"/{language}/search/", {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return response

    def test_a_search_writes_nothing_to_the_database(self):
        SearchPromotion.objects.create(
            query=Query.get("safety"), page=self.toolbox, sort_order=0
        )
        self.client.get("/en/")  # the site's settings are stored on first use
        for query, language in [
            ("safety", "en"),  # a promoted query
            ("a query never made before", "en"),
            ("sécurité", "fr"),
        ]:
            with self.subTest(query=query):
                with CaptureQueriesContext(connection) as queries:
                    response = self.search(query, language)
                self.assertEqual(writes(queries), [])
        self.assertContains(response, "Sécurité des familles")
        self.assertFalse(
            Query.objects.filter(query_string="a query never made before").exists()
        )

    def test_searches_are_counted_once_flushed_and_only_once(self):
        self.search("Safety")
        self.search("safety ")
        self.search("safety", type="toolbox")  # filtered searches are not counted
        self.search("border")
        self.assertFalse(QueryDailyHits.objects.exists())
        self.assertIn("Counted 3 search(es)", flush())
        self.assertEqual(Query.get("safety").hits, 2)
        self.assertEqual(Query.get("border").hits, 1)
        flush()
        self.assertEqual(Query.get("safety").hits, 2)
        self.search("safety")
        flush()
        self.assertEqual(Query.get("safety").hits, 3)
        self.assertEqual(
            list(QueryDailyHits.objects.values_list("date", flat=True).distinct()),
            [timezone.now().date()],
        )

    def test_a_process_adds_its_searches_to_the_cache_in_batches(self):
        today = timezone.now().date()
        started = time.monotonic()
        with mock.patch.object(hits.time, "monotonic", return_value=started):
            self.search("interpreters")
            self.search("interpreters")
        self.assertEqual(hits._pending(today), {})  # no round trip per search
        later = started + hits.BUFFER_SECONDS
        with mock.patch.object(hits.time, "monotonic", return_value=later):
            self.search("border")
        self.assertEqual(hits._pending(today), {"interpreters": 2, "border": 1})

    def test_a_search_counted_yesterday_is_a_hit_of_yesterday(self):
        yesterday = timezone.now().date() - datetime.timedelta(days=1)
        record_hit("interpreters", day=yesterday)
        record_hit("interpreters")
        flush()
        hits = dict(
            QueryDailyHits.objects.filter(
                query__query_string="interpreters"
            ).values_list("date", "hits")
        )
        self.assertEqual(hits, {yesterday: 1, timezone.now().date(): 1})

    @override_settings(WAGTAILSEARCH_HITS_MAX_AGE=7)
    def test_hits_are_kept_for_a_limited_time(self):
        old = Query.get("old words")
        old.add_hit(date=timezone.now().date() - datetime.timedelta(days=8))
        recent = Query.get("recent words")
        recent.add_hit(date=timezone.now().date() - datetime.timedelta(days=6))
        promoted = Query.get("promoted words")
        promoted.add_hit(date=timezone.now().date() - datetime.timedelta(days=30))
        SearchPromotion.objects.create(query=promoted, page=self.toolbox, sort_order=0)
        flush()
        self.assertFalse(Query.objects.filter(query_string="old words").exists())
        self.assertEqual(Query.get("recent words").hits, 1)
        # A promoted query stays, without its old hits.
        self.assertEqual(Query.get("promoted words").hits, 0)


@pytest.mark.skipif(
    not os.environ.get("REDIS_URL"), reason="set REDIS_URL to test with Redis"
)
class RedisSearchCountingTests(TestCase):
    """The same counting in Redis, the cache shared by the application servers,
    with the page cache on: repeated searches are served from it, and count."""

    @classmethod
    def setUpTestData(cls):
        make_home()

    def test_counts_in_redis_reach_the_report(self):
        redis = {
            "default": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": os.environ["REDIS_URL"],
                "KEY_PREFIX": "test-search-hits",
            }
        }
        with override_settings(CACHES=redis):
            cache.clear()
            responses = [
                self.client.get("/en/search/", {"q": "mediation"}) for _ in range(3)
            ]
            self.assertEqual(responses[-1]["X-Cache"], "hit")
            self.assertFalse(QueryDailyHits.objects.exists())
            flush()
            self.assertEqual(Query.get("mediation").hits, 3)
            flush()
            self.assertEqual(Query.get("mediation").hits, 3)
            cache.clear()


class CachedSearchCountingTests(TestCase):
    """With the page cache on, a search served from it counts as a search."""

    @classmethod
    def setUpTestData(cls):
        make_home()

    def test_searches_served_from_the_page_cache_are_counted(self):
        self.client.get("/en/")  # the site's settings are stored on first use
        responses = [
            self.client.get("/en/search/", {"q": "mediation"}) for _ in range(3)
        ]
        self.assertEqual(responses[-1]["X-Cache"], "hit")
        self.client.get("/en/search/", {"q": "mediation", "page": "2"})
        self.client.get("/en/", {"q": "mediation"})
        flush()
        self.assertEqual(Query.get("mediation").hits, 3)


def more_articles(parent, count, word):
    """`count` live articles matching `word`, the quick way (no revisions)."""
    for number in range(count):
        parent.add_child(
            instance=ArticlePage(
                title=f"{word.title()} story {number}",
                slug=f"{word}-story-{number}",
                summary=f"About {word}.",
                live=True,
                date=datetime.date(2020, 1, 1),
            )
        )


@override_settings(PAGE_CACHE_SECONDS=0)
class SearchQueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            home = make_home()
            news = NewsIndexPageFactory(parent=home)
            more_articles(news, 10, "lagoon")
            more_articles(news, 500, "harbour")

    def test_a_results_page_costs_the_same_for_10_and_500_matches(self):
        small = steady_query_count(self.client, "/en/search/?q=lagoon")
        large = steady_query_count(self.client, "/en/search/?q=harbour")
        self.assertContains(self.client.get("/en/search/?q=harbour"), "500 results")
        self.assertContains(self.client.get("/en/search/?q=lagoon"), "10 results")
        self.assertEqual(small, large)
        self.assertEqual(
            steady_query_count(self.client, "/en/search/?q=harbour&page=50"), small
        )
