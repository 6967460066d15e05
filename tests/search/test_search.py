"""Search in the visitor's language: ranking, filters, excerpts, bad input."""

import io
import logging

from django.core.management import call_command
from django.db import connection
from django.test import TestCase

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest
from bs4 import BeautifulSoup

from tests.factories.content import (
    ArticlePageFactory,
    NewsIndexPageFactory,
    PodcastEpisodePageFactory,
    PodcastIndexPageFactory,
    ToolboxIndexPageFactory,
    ToolboxPageFactory,
)
from tests.factories.home import (
    ContactPageFactory,
    StandardPageFactory,
    make_home,
    paragraph,
    translate,
)
from tests.factories.snippets import ThemeFactory


def result_titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [
        link.get_text(strip=True) for link in soup.select(".search-results__title a")
    ]


class SearchTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            cls.home = make_home()
            news = NewsIndexPageFactory(parent=cls.home)
            toolboxes = ToolboxIndexPageFactory(parent=cls.home)
            podcasts = PodcastIndexPageFactory(parent=cls.home)
            cls.parents = ThemeFactory(slug="migrant-parents", name="Migrant parents")
            cls.title_match = ArticlePageFactory(
                parent=news,
                title="Interpreters in frontline services",
                summary="How services work with language support.",
                body=[paragraph("A short article.")],
            )
            cls.body_match = ArticlePageFactory(
                parent=news,
                title="Workshop report",
                summary="What trainees said in June.",
                body=[paragraph("Trainees asked for more interpreters in services.")],
            )
            cls.toolbox = ToolboxPageFactory(
                parent=toolboxes,
                title="Parenting in a new country",
                summary="Trust-building dialogue with parents and interpreters.",
                theme=cls.parents,
            )
            cls.episode = PodcastEpisodePageFactory(
                parent=podcasts,
                title="IDAHOBIT 2021",
                transcript=(
                    "<p>Host: we talk about belonging and kaleidoscopic identities.</p>"
                ),
            )
            StandardPageFactory(
                parent=cls.home, title="About", body=[paragraph("Interpreters.")]
            )
            ContactPageFactory(parent=cls.home, title="Write to the team")
            translate(cls.home, "fr")
            translate(news, "fr")
            cls.french = translate(
                cls.title_match,
                "fr",
                title="Les interprètes dans les services",
                summary="Comment travailler avec des interprètes.",
            )

    def search(self, query, language="en", **params):
        response = self.client.get(f"/{language}/search/", {"q": query, **params})
        self.assertEqual(response.status_code, 200)
        return response

    def test_a_title_match_ranks_above_a_body_only_match(self):
        titles = result_titles(self.search("interpreters", type="news"))
        self.assertEqual(
            titles, ["Interpreters in frontline services", "Workshop report"]
        )

    def test_the_contact_page_is_found_among_other_pages(self):
        response = self.client.get("/en/search/", {"q": "team", "type": "page"})
        self.assertEqual(result_titles(response), ["Write to the team"])

    def test_a_word_from_a_transcript_finds_the_episode(self):
        self.assertEqual(result_titles(self.search("kaleidoscopic")), ["IDAHOBIT 2021"])

    def test_french_query_finds_french_pages_and_no_english_ones(self):
        titles = result_titles(self.search("interprètes", language="fr"))
        self.assertEqual(titles, ["Les interprètes dans les services"])
        self.assertNotIn(
            "Les interprètes dans les services",
            result_titles(self.search("interprètes")),
        )

    def test_filters_narrow_the_results(self):
        everything = result_titles(self.search("interpreters"))
        self.assertIn("Parenting in a new country", everything)
        self.assertGreater(len(everything), 2)
        self.assertEqual(
            result_titles(self.search("interpreters", type="toolbox")),
            ["Parenting in a new country"],
        )
        self.assertEqual(
            result_titles(self.search("interpreters", theme="migrant-parents")),
            ["Parenting in a new country"],
        )

    def test_the_excerpt_highlights_the_query(self):
        soup = BeautifulSoup(self.search("kaleidoscopic").content, "html.parser")
        mark = soup.select_one(".search-results__excerpt mark")
        self.assertEqual(mark.get_text(), "kaleidoscopic")

    def test_count_and_no_results_state(self):
        self.assertContains(self.search("kaleidoscopic"), "1 result for")
        response = self.search("zebrafish")
        self.assertContains(response, "0 results for")
        self.assertContains(response, "Check the spelling")

    def test_promoted_results_come_first_and_queries_are_counted(self):
        SearchPromotion.objects.create(
            query=Query.get("safety"),
            page=self.toolbox,
            sort_order=0,
            description="Start here.",
        )
        response = self.search("safety")
        soup = BeautifulSoup(response.content, "html.parser")
        promoted = soup.select_one("#promoted-heading").find_parent("section")
        self.assertIn("Parenting in a new country", promoted.get_text())
        self.assertEqual(Query.get("safety").hits, 0)  # counted off the request
        call_command("flush_search_hits", stdout=io.StringIO())
        self.assertEqual(Query.get("safety").hits, 1)

    def test_a_new_promotion_shows_on_the_next_search(self):
        # The promoted queries are read once per content generation; a
        # promotion's save starts a new one.
        response = self.search("safety")
        self.assertNotContains(response, 'id="promoted-heading"')
        SearchPromotion.objects.create(
            query=Query.get("safety"), page=self.toolbox, sort_order=0
        )
        response = self.search("safety")
        self.assertContains(response, 'id="promoted-heading"')

    def test_bad_queries_answer_a_sane_page_without_errors(self):
        queries = [
            "",
            "x" * 10_000,
            "?!.,;:()[]{}",
            "'; DROP TABLE wagtailcore_page; --",
            "\x00",
            "interpreters\x00",
            "😀 🏳️‍🌈",
            "مساحات آمنة",
            '"unbalanced quote',
            "NEAR(a b) OR * -x",
        ]
        with self.assertNoLogs("django.request", level=logging.WARNING):
            for query in queries:
                with self.subTest(query=query[:20]):
                    self.search(query)
            self.search("interpreters", page="-1")
            self.search("interpreters", page="abc")
            self.search("interpreters", type="nonsense", theme="%00")

    def test_the_header_of_every_page_has_a_search_box(self):
        soup = BeautifulSoup(self.client.get("/fr/").content, "html.parser")
        form = soup.select_one('header form[role="search"]')
        self.assertEqual(form["action"], "/fr/search/")
        self.assertEqual(form.select_one("input")["name"], "q")


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming per language needs PostgreSQL"
)
class StemmingTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            home = make_home()
            toolboxes = ToolboxIndexPageFactory(parent=home)
            toolbox = ToolboxPageFactory(parent=toolboxes, title="Toolbox")
            translate(home, "fr")
            translate(toolboxes, "fr")
            translate(toolbox, "fr", title="Une boîte à outils pour les services")

    def test_a_french_plural_finds_the_singular(self):
        response = self.client.get("/fr/search/", {"q": "boîtes"})
        self.assertEqual(
            result_titles(response), ["Une boîte à outils pour les services"]
        )
