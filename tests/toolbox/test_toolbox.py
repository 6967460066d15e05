"""Toolboxes: the filtered index, the steps in order, downloads per language."""

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from bs4 import BeautifulSoup

from tests.factories.content import (
    DocumentFactory,
    ToolboxIndexPageFactory,
    ToolboxPageFactory,
)
from tests.factories.home import make_home, translate
from tests.factories.snippets import PartnerFactory, ThemeFactory
from toolbox.models import ToolboxDownload, ToolboxIndexPage, ToolboxRelatedPage


def titles(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return sorted(link.get_text(strip=True) for link in soup.select(".card__title a"))


class ToolboxTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        cls.index = ToolboxIndexPageFactory(parent=home)
        parents = ThemeFactory(name="Migrant parents", slug="migrant-parents")
        children = ThemeFactory(name="Children", slug="children")
        cls.english_pdf = DocumentFactory(title="Parenting (en)")
        cls.french_pdf = DocumentFactory(title="Parenting (fr)")
        cls.parenting = ToolboxPageFactory(
            parent=cls.index,
            title="Parenting in a new country",
            slug="parenting",
            theme=parents,
            audience="frontline-workers",
            document=cls.english_pdf,
            authoring_partner=PartnerFactory(name="City of Luxembourg"),
            steps=["Reflect", "Create the right conditions", "Refer"],
        )
        for number, (code, document) in enumerate(
            [("en", cls.english_pdf), ("fr", cls.french_pdf)]
        ):
            ToolboxDownload.objects.create(
                page=cls.parenting, language=code, document=document, sort_order=number
            )
        cls.children = ToolboxPageFactory(
            parent=cls.index,
            title="Working with children",
            theme=children,
            audience="service-managers",
        )
        ToolboxPageFactory(parent=cls.index, title="Draft toolbox", live=False)

    def test_index_lists_live_toolboxes(self):
        self.assertEqual(
            titles(self.client.get("/en/toolboxes/")),
            ["Parenting in a new country", "Working with children"],
        )

    def test_index_filters_by_theme_and_audience(self):
        response = self.client.get("/en/toolboxes/?theme=children")
        self.assertEqual(titles(response), ["Working with children"])
        response = self.client.get("/en/toolboxes/?audience=frontline-workers")
        self.assertEqual(titles(response), ["Parenting in a new country"])
        response = self.client.get("/en/toolboxes/?audience=nobody")
        self.assertEqual(len(titles(response)), 2)
        response = self.client.get("/en/toolboxes/?theme=%00&audience=%00")
        self.assertEqual(len(titles(response)), 2)

    def test_toolbox_page_numbers_the_steps_in_order(self):
        soup = BeautifulSoup(
            self.client.get("/en/toolboxes/parenting/").content, "html.parser"
        )
        steps = [
            item.find(["h3", "h4"]).get_text(strip=True)
            for item in soup.select("ol > li")
            if item.find(["h3", "h4"])
        ]
        self.assertEqual(steps, ["Reflect", "Create the right conditions", "Refer"])

    def test_toolbox_page_offers_its_file_and_the_other_languages(self):
        response = self.client.get("/en/toolboxes/parenting/")
        self.assertContains(response, self.english_pdf.url)
        soup = BeautifulSoup(response.content, "html.parser")
        french = soup.select_one(f'a[href="{self.french_pdf.url}"]')
        self.assertEqual(french["hreflang"], "fr")
        self.assertContains(response, "City of Luxembourg")


class UntranslatedToolboxLabelTests(TestCase):
    """A toolbox listed in English on another language's index shows its theme
    in the visitor's language where that theme is translated, and otherwise
    marks the English words as English."""

    @classmethod
    def setUpTestData(cls):
        home = make_home()
        index = ToolboxIndexPageFactory(parent=home)
        parents = ThemeFactory(name="Migrant parents", slug="migrant-parents")
        children = ThemeFactory(name="Children", slug="children")
        ToolboxPageFactory(parent=index, title="Parenting", theme=parents)
        ToolboxPageFactory(parent=index, title="Working with children", theme=children)
        french_parents = parents.copy_for_translation(
            Locale.objects.get(language_code="fr")
        )
        french_parents.name = "Parents migrants"
        french_parents.save()
        translate(home, "fr")
        translate(index, "fr", title="Boîtes à outils")

    def labels(self, path):
        soup = BeautifulSoup(self.client.get(path).content, "html.parser")
        return [
            (label.text, label.get("lang")) for label in soup.select(".card__label")
        ]

    def test_the_index_and_the_home_page_label_cards_in_the_visitors_language(self):
        expected = [("Parents migrants", None), ("Children", "en")]
        self.assertEqual(self.labels("/fr/toolboxes/"), expected)
        self.assertEqual(self.labels("/fr/"), expected)
        self.assertEqual(
            self.labels("/en/toolboxes/"),
            [("Migrant parents", None), ("Children", None)],
        )

    def test_labels_cost_no_query_per_toolbox(self):
        def count_queries():
            with CaptureQueriesContext(connection) as queries:
                self.client.get("/fr/toolboxes/")
            return len(queries)

        count_queries()  # warm the site root paths
        before = count_queries()
        ToolboxPageFactory(
            parent=ToolboxIndexPage.objects.get(locale__language_code="en"),
            title="Another toolbox",
            theme=ThemeFactory(),
        )
        self.assertEqual(count_queries(), before)


@override_settings(PAGE_CACHE_SECONDS=0)
class ToolboxRelatedContentTests(TestCase):
    """Related content is the same for every visitor: read once per content
    generation, and gone on the next request once it is unpublished."""

    @classmethod
    def setUpTestData(cls):
        home = make_home()
        index = ToolboxIndexPageFactory(parent=home)
        cls.toolbox = ToolboxPageFactory(parent=index, title="Parenting")
        cls.other = ToolboxPageFactory(parent=index, title="Working with children")
        ToolboxRelatedPage.objects.create(page=cls.toolbox, related=cls.other)

    def related_titles(self):
        soup = BeautifulSoup(self.client.get(self.toolbox.url).content, "html.parser")
        section = soup.select_one("#related")
        return [a.get_text(strip=True) for a in section.select(".card__title a")]

    def test_related_content_is_read_once_and_follows_publishing(self):
        self.client.get(self.toolbox.url)  # makes the site's settings
        with CaptureQueriesContext(connection) as first:
            self.assertEqual(self.related_titles(), ["Working with children"])
        with CaptureQueriesContext(connection) as second:
            self.assertEqual(self.related_titles(), ["Working with children"])
        self.assertLess(len(second), len(first))
        self.other.unpublish()
        response = self.client.get(self.toolbox.url)
        self.assertNotContains(response, 'id="related"')
