"""The news index: every kind, newest first, filters, pagination, languages."""

import datetime

from django.test import TestCase, override_settings
from django.utils import timezone

from bs4 import BeautifulSoup

from tests.factories.content import (
    ArticlePageFactory,
    EventPageFactory,
    InterviewPageFactory,
    NewsIndexPageFactory,
    NewsletterIssuePageFactory,
)
from tests.factories.home import make_home, translate
from tests.factories.snippets import ThemeFactory
from tests.queries import steady_query_count


def card_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    results = soup.select_one("#news-results") or soup
    return [link.get_text(strip=True) for link in results.select(".card__title a")]


class NewsListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.index = NewsIndexPageFactory(parent=cls.home)
        cls.parents = ThemeFactory(name="Migrant parents", slug="migrant-parents")
        cls.article = ArticlePageFactory(
            parent=cls.index,
            title="Toolboxes finalised",
            date=datetime.date(2021, 11, 2),
        )
        cls.interview = InterviewPageFactory(
            parent=cls.index, title="A social worker", date=datetime.date(2021, 7, 5)
        )
        cls.interview.themes.set([cls.parents])
        cls.interview.save_revision().publish()
        cls.newsletter = NewsletterIssuePageFactory(
            parent=cls.index, title="Project update", date=datetime.date(2021, 9, 30)
        )
        cls.event = EventPageFactory(
            parent=cls.index,
            title="Closing conference",
            date=datetime.date(2020, 10, 1),
            start=datetime.datetime(2021, 10, 22, 7, 30, tzinfo=datetime.UTC),
            end=datetime.datetime(2021, 10, 22, 15, 0, tzinfo=datetime.UTC),
        )
        cls.draft = ArticlePageFactory(parent=cls.index, title="Draft news", live=False)

    def test_every_kind_newest_first_without_drafts(self):
        response = self.client.get("/en/news/")
        self.assertEqual(
            card_titles(response),
            [
                "Toolboxes finalised",
                "Project update",
                "A social worker",
                "Closing conference",
            ],
        )

    def test_filter_by_kind(self):
        response = self.client.get("/en/news/?kind=interview")
        self.assertEqual(card_titles(response), ["A social worker"])

    def test_filter_by_theme(self):
        response = self.client.get("/en/news/?theme=migrant-parents")
        self.assertEqual(card_titles(response), ["A social worker"])

    def test_filter_by_year(self):
        response = self.client.get("/en/news/?year=2020")
        self.assertEqual(card_titles(response), ["Closing conference"])

    def test_bad_filter_values_do_not_break_the_page(self):
        for query in ["kind=nope", "year=abcd", "page=-1", "page=999", "theme=%00"]:
            with self.subTest(query=query):
                self.assertEqual(self.client.get(f"/en/news/?{query}").status_code, 200)

    def test_past_events_are_labelled_as_past(self):
        response = self.client.get("/en/news/?kind=event")
        self.assertContains(response, "Past event")

    def test_upcoming_events_are_shown_apart(self):
        EventPageFactory(
            parent=self.index,
            title="Autumn webinar",
            start=timezone.now() + datetime.timedelta(days=3),
        )
        soup = BeautifulSoup(self.client.get("/en/news/").content, "html.parser")
        upcoming = soup.select_one("#upcoming-events-heading").find_parent("section")
        self.assertIn("Autumn webinar", upcoming.get_text())
        self.assertNotIn("Closing conference", upcoming.get_text())

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_listing_runs_no_query_per_item(self):
        before = steady_query_count(self.client, "/en/news/")
        for number in range(6):
            ArticlePageFactory(parent=self.index, title=f"More news {number}")
        self.assertEqual(steady_query_count(self.client, "/en/news/"), before)

    def test_pagination(self):
        for number in range(12):
            ArticlePageFactory(
                parent=self.index,
                title=f"Old news {number:02d}",
                date=datetime.date(2019, 1, 1),
            )
        first = card_titles(self.client.get("/en/news/"))
        second = card_titles(self.client.get("/en/news/?page=2"))
        self.assertEqual(len(first), 12)
        self.assertEqual(len(second), 4)
        self.assertFalse(set(first) & set(second))


class TranslatedListingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.index = NewsIndexPageFactory(parent=cls.home)
        cls.translated = ArticlePageFactory(parent=cls.index, title="Translated")
        cls.english_only = ArticlePageFactory(parent=cls.index, title="English only")
        translate(cls.home, "fr")
        translate(cls.index, "fr", title="Actualités")
        translate(cls.translated, "fr", title="Traduit")

    def test_french_listing_labels_pages_only_in_english(self):
        response = self.client.get("/fr/news/")
        soup = BeautifulSoup(response.content, "html.parser")
        cards = {
            card.select_one(".card__title a").get_text(strip=True): card
            for card in soup.select(".card")
        }
        self.assertEqual(set(cards), {"Traduit", "English only"})
        self.assertEqual(cards["English only"].select_one(".card__title")["lang"], "en")
        self.assertIn("anglais", cards["English only"].get_text().lower())
        self.assertEqual(
            cards["English only"].select_one("a")["href"],
            "/en/news/" + self.english_only.slug + "/",
        )
        self.assertIsNone(cards["Traduit"].select_one(".card__title").get("lang"))


class RelatedNewsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        index = NewsIndexPageFactory(parent=home)
        parents = ThemeFactory(slug="migrant-parents")
        cls.interview = InterviewPageFactory(parent=index, title="Mediator")
        cls.workshop = EventPageFactory(parent=index, title="Parents workshop")
        ArticlePageFactory(parent=index, title="Unrelated article")
        for page in (cls.interview, cls.workshop):
            page.themes.set([parents])
            page.save_revision().publish()

    def test_news_pages_show_other_news_on_the_same_theme(self):
        soup = BeautifulSoup(self.client.get(self.interview.url).content, "html.parser")
        related = soup.select_one("#related-heading").find_parent("section")
        titles = [
            link.get_text(strip=True) for link in related.select(".card__title a")
        ]
        self.assertEqual(titles, ["Parents workshop"])
