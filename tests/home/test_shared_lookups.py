"""The header, footer, head and home sections share their lookups within a
request, and nothing they share outlives it."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from bs4 import BeautifulSoup

from tests.factories.content import (
    ArticlePageFactory,
    NewsIndexPageFactory,
    PodcastEpisodePageFactory,
    PodcastIndexPageFactory,
    ToolboxIndexPageFactory,
    ToolboxPageFactory,
)
from tests.factories.home import StandardPageFactory, make_home


class SharedLookupTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        StandardPageFactory(parent=cls.home, slug="about", show_in_menus=True)
        cls.news = NewsIndexPageFactory(parent=cls.home, show_in_menus=True)
        ArticlePageFactory(parent=cls.news, title="Workshops in June")
        podcasts = PodcastIndexPageFactory(parent=cls.home, show_in_menus=True)
        PodcastEpisodePageFactory(parent=podcasts)
        toolboxes = ToolboxIndexPageFactory(parent=cls.home, show_in_menus=True)
        ToolboxPageFactory(parent=toolboxes)

    def home_page_queries(self):
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/en/")
        self.assertEqual(response.status_code, 200)
        return [query["sql"] for query in queries], response

    def test_restrictions_and_locales_are_read_once_per_page(self):
        self.home_page_queries()  # warm the site root paths
        queries, _response = self.home_page_queries()
        restrictions = [sql for sql in queries if "pageviewrestriction" in sql]
        locales = [sql for sql in queries if '"language_code" = ' in sql]
        # One of each is Wagtail's own, as it serves the page.
        self.assertLessEqual(len(restrictions), 2, "\n".join(restrictions))
        self.assertLessEqual(len(locales), 2, "\n".join(locales))

    def test_a_section_made_private_leaves_the_next_page_at_once(self):
        _queries, response = self.home_page_queries()
        self.assertContains(response, 'href="/en/news/"')
        self.assertContains(response, "Workshops in June")

        PageViewRestriction.objects.create(
            page=self.news, restriction_type="password", password="staff only"
        )

        _queries, response = self.home_page_queries()
        html = BeautifulSoup(response.content, "html.parser")
        navigation = [link["href"] for link in html.select(".main-nav a")]
        self.assertNotIn("/en/news/", navigation)
        self.assertIn("/en/podcasts/", navigation)
        self.assertNotContains(response, "Workshops in June")
        self.assertNotContains(response, "/en/news/rss/")
