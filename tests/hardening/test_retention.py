"""Visitors' search terms are kept a limited time (SEARCH_TERMS_RETENTION_DAYS).

A search is counted in the cache; `flush_search_hits` (daily) moves the counts
into Wagtail's search terms report and deletes what is older than the
retention period: the daily hits, then the queries no longer searched for.
Queries staff promote results for are their own words and stay.
"""

import io
from datetime import timedelta

from django.conf import settings
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import timezone

from wagtail.contrib.search_promotions.models import (
    Query,
    QueryDailyHits,
    SearchPromotion,
)

from tests.factories.home import StandardPageFactory, make_home


def searched(text, days_ago, hits=1):
    query = Query.get(text)
    QueryDailyHits.objects.create(
        query=query,
        date=timezone.now().date() - timedelta(days=days_ago),
        hits=hits,
    )
    return query


def flush():
    output = io.StringIO()
    call_command("flush_search_hits", stdout=output)
    return output.getvalue()


class SearchTermsRetentionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.page = StandardPageFactory(parent=cls.home, title="Safe spaces")

    @override_settings(SEARCH_TERMS_RETENTION_DAYS=30)
    def test_terms_older_than_the_retention_period_are_deleted(self):
        searched("leaving a violent partner", days_ago=31)
        searched("shelter brussels", days_ago=40)
        searched("shelter brussels", days_ago=2)
        searched("interpreters", days_ago=30)
        promoted = searched("safe spaces", days_ago=60)
        SearchPromotion.objects.create(query=promoted, page=self.page, sort_order=0)

        self.assertIn("last 30 days", flush())

        self.assertEqual(
            set(Query.objects.values_list("query_string", flat=True)),
            {"shelter brussels", "interpreters", "safe spaces"},
        )
        self.assertEqual(
            sorted(
                QueryDailyHits.objects.values_list("query__query_string", flat=True)
            ),
            ["interpreters", "shelter brussels"],
        )

    def test_the_default_retention_is_short(self):
        self.assertLessEqual(settings.SEARCH_TERMS_RETENTION_DAYS, 30)
        self.assertEqual(
            settings.WAGTAILSEARCH_HITS_MAX_AGE, settings.SEARCH_TERMS_RETENTION_DAYS
        )

    @override_settings(SEARCH_TERMS_RETENTION_DAYS=0)
    def test_a_retention_of_zero_keeps_no_search_terms_at_all(self):
        searched("leaving a violent partner", days_ago=0)
        response = self.client.get("/en/search/", {"q": "safe spaces"})
        self.assertEqual(response.status_code, 200)
        flush()
        self.assertFalse(QueryDailyHits.objects.exists())
        self.assertFalse(Query.objects.exists())

    @override_settings(SEARCH_TERMS_RETENTION_DAYS=7)
    def test_searches_made_today_reach_the_report_until_they_expire(self):
        self.client.get("/en/search/", {"q": "safe spaces"})
        flush()
        self.assertEqual(Query.get("safe spaces").hits, 1)
        QueryDailyHits.objects.update(date=timezone.now().date() - timedelta(days=8))
        flush()
        self.assertFalse(Query.objects.filter(query_string="safe spaces").exists())
