"""`manage.py generate_bulk_content`: many live, translated pages for `make bench`."""

import io
import urllib.parse

from django.core.management import call_command
from django.test import TestCase

from wagtail.models import Locale, Page

from bs4 import BeautifulSoup

from news.models import ArticlePage, EventPage
from podcasts.models import PodcastEpisodePage
from tests.factories.content import (
    NewsIndexPageFactory,
    PodcastEpisodePageFactory,
    PodcastIndexPageFactory,
)
from tests.factories.home import make_home, translate
from tests.factories.snippets import ThemeFactory

COUNTS = {ArticlePage: 5, EventPage: 2, PodcastEpisodePage: 2}


def generate(**counts):
    options = {"news": 5, "events": 2, "episodes": 2, "locales": "en,fr", **counts}
    out = io.StringIO()
    call_command("generate_bulk_content", stdout=out, **options)
    return out.getvalue()


def bulk(model, language_code):
    return model.objects.filter(
        locale__language_code=language_code, slug__startswith="bulk-"
    )


def heading(response):
    return BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True)


class BulkContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.news = NewsIndexPageFactory(parent=home)
        cls.podcast = PodcastIndexPageFactory(parent=home)
        cls.themes = [ThemeFactory(), ThemeFactory()]
        cls.demo_episode = PodcastEpisodePageFactory(parent=cls.podcast)
        translate(home, "fr")
        translate(cls.news, "fr", title="Actualités")
        translate(cls.podcast, "fr", title="Balado")
        cls.output = generate()

    def test_every_page_is_live_in_english_and_in_french(self):
        for model, count in COUNTS.items():
            english = bulk(model, "en")
            french = bulk(model, "fr")
            self.assertEqual(english.live().count(), count, model)
            self.assertEqual(french.live().count(), count, model)
            self.assertEqual(
                set(english.values_list("translation_key", flat=True)),
                set(french.values_list("translation_key", flat=True)),
            )
        self.assertIn("18 pages created", self.output)

    def test_pages_are_children_of_the_index_of_their_language(self):
        french_news = self.news.get_translation(Locale.objects.get(language_code="fr"))
        self.assertEqual(
            ArticlePage.objects.child_of(french_news)
            .filter(slug__startswith="bulk-")
            .count(),
            5,
        )
        self.assertEqual(
            PodcastEpisodePage.objects.child_of(self.podcast)
            .filter(slug__startswith="bulk-")
            .count(),
            2,
        )
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))

    def test_pages_have_dates_themes_text_and_audio(self):
        for page in bulk(ArticlePage, "en"):
            self.assertTrue(2015 <= page.date.year <= 2026)
            self.assertTrue(page.summary)
            self.assertEqual(page.body[0].block_type, "paragraph")
            self.assertTrue(set(page.themes.all()) <= set(self.themes))
            self.assertTrue(page.themes.exists())
        for event in bulk(EventPage, "fr"):
            self.assertLess(event.start, event.end)
        for episode in bulk(PodcastEpisodePage, "fr"):
            self.assertEqual(episode.audio, self.demo_episode.audio)
            self.assertTrue(episode.transcript)

    def test_visitors_see_each_page_at_its_address_in_its_language(self):
        english = bulk(ArticlePage, "en").get(slug="bulk-article-00001")
        french = english.get_translation(Locale.objects.get(language_code="fr"))
        self.assertNotEqual(english.title, french.title)
        for page, url in [
            (english, "/en/news/bulk-article-00001/"),
            (french, "/fr/news/bulk-article-00001/"),
            (bulk(EventPage, "fr").get(slug="bulk-event-00002"), None),
            (bulk(PodcastEpisodePage, "fr").get(slug="bulk-episode-00002"), None),
        ]:
            response = self.client.get(url or page.url)
            self.assertEqual(response.status_code, 200, page.url)
            self.assertEqual(heading(response), page.title)
        listing = self.client.get("/fr/news/")
        self.assertContains(listing, french.title)

    def test_search_finds_the_new_pages(self):
        page = bulk(ArticlePage, "en").get(slug="bulk-article-00003")
        query = urllib.parse.urlencode({"q": page.title})
        response = self.client.get(f"/en/search/?{query}")
        self.assertContains(response, page.url)

    def test_a_second_run_creates_nothing(self):
        pages = Page.objects.count()
        output = generate()
        self.assertEqual(Page.objects.count(), pages)
        self.assertIn("0 pages created", output)

    def test_a_larger_run_creates_only_what_is_missing(self):
        keys = set(bulk(ArticlePage, "en").values_list("translation_key", flat=True))
        output = generate(news=7)
        self.assertIn("4 pages created", output)
        self.assertEqual(bulk(ArticlePage, "en").count(), 7)
        self.assertEqual(bulk(ArticlePage, "fr").count(), 7)
        self.assertLessEqual(
            keys,
            set(bulk(ArticlePage, "fr").values_list("translation_key", flat=True)),
        )
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
