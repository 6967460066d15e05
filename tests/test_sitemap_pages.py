"""The sitemap is an index of pages of a bounded size, each costing the same
few queries whatever the size of the site."""

from unittest import mock

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from lxml import etree

from home.models import StandardPage
from home.web.sitemaps import MultilingualSitemap
from tests.factories.home import make_home, translate
from tests.queries import steady_query_count

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LIMIT = 5


def more_pages(parent, start, count):
    """`count` live standard pages, the quick way (no revisions)."""
    for number in range(start, start + count):
        parent.add_child(
            instance=StandardPage(
                title=f"Page {number}", slug=f"page-{number}", live=True
            )
        )


@override_settings(PAGE_CACHE_SECONDS=0)
@mock.patch.object(MultilingualSitemap, "limit", LIMIT)
class SitemapPagesTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.first = StandardPage(title="First", slug="first", live=True)
        cls.home.add_child(instance=cls.first)
        translate(cls.home, "fr")
        translate(cls.first, "fr", title="Première")
        more_pages(cls.home, 0, 1)  # five pages: one sitemap page

    def xml(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return etree.fromstring(response.content)

    def sitemap_pages(self):
        index = self.xml("/sitemap.xml")
        self.assertEqual(index.tag, f"{SITEMAP}sitemapindex")
        return [entry.findtext(f"{SITEMAP}loc") for entry in index]

    def all_urls(self):
        urls = {}
        for location in self.sitemap_pages():
            root = self.xml(location)
            self.assertEqual(root.tag, f"{SITEMAP}urlset")
            self.assertLessEqual(len(root), LIMIT)
            for url in root:
                loc = url.findtext(f"{SITEMAP}loc")
                self.assertNotIn(loc, urls)
                urls[loc] = url
        return urls

    def counts(self, last_page):
        # (steady_query_count writes each sitemap page afresh, as after a publish.)
        return [
            steady_query_count(self.client, "/sitemap.xml"),
            steady_query_count(self.client, "/sitemap-pages.xml"),
            steady_query_count(self.client, f"/sitemap-pages.xml?p={last_page}"),
        ]

    def test_the_index_lists_pages_that_together_hold_every_url_once(self):
        self.assertEqual(self.sitemap_pages(), ["http://testserver/sitemap-pages.xml"])
        more_pages(self.home, 1, 55)  # 60 pages in all
        self.assertEqual(
            self.sitemap_pages(),
            ["http://testserver/sitemap-pages.xml"]
            + [f"http://testserver/sitemap-pages.xml?p={n}" for n in range(2, 13)],
        )
        urls = self.all_urls()
        self.assertEqual(len(urls), 60)
        self.assertIn("http://testserver/fr/first/", urls)
        self.assertIn("http://testserver/en/page-55/", urls)
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in urls["http://testserver/fr/first/"].findall(f"{XHTML}link")
        }
        self.assertEqual(
            alternates,
            {
                "en": "http://testserver/en/first/",
                "fr": "http://testserver/fr/first/",
                "x-default": "http://testserver/en/first/",
            },
        )

    def test_a_sitemap_page_costs_the_same_for_5_and_60_pages(self):
        small = self.counts(last_page=1)
        more_pages(self.home, 1, 55)
        self.assertEqual(self.counts(last_page=12), small)

    def test_a_sitemap_page_is_written_once_then_follows_publishing(self):
        self.client.get(self.home.url)  # makes the site's settings
        self.client.get("/sitemap-pages.xml")
        with CaptureQueriesContext(connection) as queries:
            self.client.get("/sitemap-pages.xml")
        self.assertEqual(len(queries), 0)
        urls = self.all_urls()
        self.assertNotIn("http://testserver/en/new/", urls)
        new = StandardPage(title="New", slug="new", live=True)
        self.home.add_child(instance=new)
        self.assertIn("http://testserver/en/new/", self.all_urls())
        new.unpublish()
        self.assertNotIn("http://testserver/en/new/", self.all_urls())

    def test_a_page_past_the_end_is_not_found(self):
        self.assertEqual(self.client.get("/sitemap-pages.xml?p=2").status_code, 404)
        self.assertEqual(self.client.get("/sitemap-other.xml").status_code, 404)
