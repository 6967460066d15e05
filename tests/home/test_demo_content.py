"""`load_demo_content` builds the demo site and can run any number of times."""

import io

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import SimpleTestCase, TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from bs4 import BeautifulSoup

from home.demo.loader import read_yaml, string_paths
from home.models import HomePage, SiteSettings, StandardPage
from news.models import ArticlePage, EventPage, InterviewPage, NewsletterIssuePage
from podcasts.models import PodcastEpisodePage
from toolbox.models import ToolboxPage


def page_snapshot():
    return sorted(
        Page.objects.values_list("locale__language_code", "url_path", "live", "title")
    )


class DemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        with cls.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=io.StringIO())

    def test_running_it_again_changes_nothing(self):
        first = page_snapshot()
        with self.captureOnCommitCallbacks(execute=True):
            call_command("load_demo_content", stdout=io.StringIO())
        self.assertEqual(page_snapshot(), first)
        self.assertEqual(len(first), len(set(first)))

    def test_home_and_about_in_english_and_french(self):
        site = Site.objects.get(is_default_site=True)
        self.assertIsInstance(site.root_page.specific, HomePage)
        about = StandardPage.objects.get(locale__language_code="fr", slug="about")
        self.assertTrue(about.live)
        self.assertContains(self.client.get("/fr/"), "Equalcity")
        self.assertContains(self.client.get("/fr/about/"), "À propos")
        self.assertEqual(self.client.get("/en/about/").status_code, 200)

    def test_safety_page_exists_in_every_language(self):
        for code in ["en", "fr", "nl", "de", "it", "sv", "ar"]:
            with self.subTest(code=code):
                response = self.client.get(f"/{code}/staying-safe-online/")
                self.assertContains(response, "112")

    def test_privacy_page_in_every_language_linked_from_the_footer(self):
        for code in ["en", "fr", "nl", "de", "it", "sv", "ar"]:
            with self.subTest(code=code):
                response = self.client.get(f"/{code}/privacy/")
                self.assertContains(response, "epalmero@iom.int")
                soup = BeautifulSoup(
                    self.client.get(f"/{code}/").content, "html.parser"
                )
                links = [a["href"] for a in soup.select(".site-footer a")]
                self.assertIn(f"/{code}/privacy/", links)
                self.assertIn(f"/{code}/staying-safe-online/", links)

    def test_footer_comes_from_site_settings(self):
        self.assertIsNotNone(SiteSettings.objects.get().eu_emblem)
        page = self.client.get("/fr/").content.decode()
        self.assertIn("epalmero@iom.int", page)
        self.assertIn("Égalité entre les sexes", page)
        emblem = BeautifulSoup(page, "html.parser").select_one(".site-footer__emblem")
        self.assertTrue(emblem["alt"])

    def test_every_content_type_in_english_and_french(self):
        expected = {
            ToolboxPage: 4,
            EventPage: 9,
            InterviewPage: 3,
            ArticlePage: 2,
            NewsletterIssuePage: 1,
            PodcastEpisodePage: 2,
        }
        for model, count in expected.items():
            for code in ("en", "fr"):
                with self.subTest(model=model.__name__, code=code):
                    pages = model.objects.live().filter(locale__language_code=code)
                    self.assertEqual(pages.count(), count)
                    for page in pages:
                        self.assertEqual(self.client.get(page.url).status_code, 200)

    def test_home_page_counts_trainee_cities_from_the_data(self):
        response = self.client.get("/en/")
        self.assertContains(response, "<bdi>70+</bdi>")
        self.assertContains(response, "<bdi>20+</bdi>")

    def test_french_toolbox_offers_the_french_pdf(self):
        """The translator's override of the document, as wagtail-localize keeps it."""
        english = ToolboxPage.objects.get(
            locale__language_code="en", slug="parenting-in-a-new-country"
        )
        french = ToolboxPage.objects.get(
            locale__language_code="fr", translation_key=english.translation_key
        )
        self.assertTrue(english.document.title.endswith("(en)"))
        self.assertTrue(french.document.title.endswith("(fr)"))
        self.assertContains(self.client.get(french.url), french.document.url)

    def test_visitors_of_pages_with_files_write_nothing(self):
        """Documents carry their size and hash, as an upload stores them:
        Wagtail would otherwise save the size during a visitor's request (a
        write, and a new content generation for every cached page)."""
        documents = get_document_model().objects.all()
        self.assertTrue(documents)
        self.assertFalse(documents.filter(file_size__isnull=True).exists())
        self.assertFalse(documents.filter(file_hash="").exists())
        toolbox = ToolboxPage.objects.get(
            locale__language_code="en", slug="parenting-in-a-new-country"
        )
        with CaptureQueriesContext(connection) as queries:
            self.assertEqual(self.client.get(toolbox.url).status_code, 200)
        writes = [
            query["sql"]
            for query in queries.captured_queries
            if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]
        self.assertEqual(writes, [])

    def test_arabic_pages_are_right_to_left_and_the_rest_is_labelled(self):
        for url in [
            "/ar/",
            "/ar/toolboxes/",
            "/ar/toolboxes/safer-spaces-for-lgbtqi-people/",
            "/ar/news/closing-conference-brussels/",
            "/ar/podcasts/idahobit-2021-safer-spaces/",
        ]:
            with self.subTest(url=url):
                self.assertContains(self.client.get(url), 'dir="rtl"')
        listing = BeautifulSoup(
            self.client.get("/ar/toolboxes/").content, "html.parser"
        )
        self.assertEqual(len(listing.select('.card__title[lang="en"]')), 3)
        response = self.client.get("/ar/toolboxes/parenting-in-a-new-country/")
        self.assertEqual(response.status_code, 404)


def demo_data_files():
    """{English data file: {language: its translation}} of every app's demo data."""
    files = {}
    for path in sorted(settings.BASE_DIR.glob("*/demo/data/*.yaml")):
        name, *language = path.stem.split(".")
        files.setdefault(path.with_name(f"{name}.yaml"), {})
        if language:
            files[path.with_name(f"{name}.yaml")][language[0]] = path
    return files


class DemoDataFilesTests(SimpleTestCase):
    def test_each_language_file_has_exactly_the_items_and_strings_of_the_english(self):
        """A translator's file cannot miss or add an item or a string: it has the
        sections and slugs of the English file, and for each item the strings under
        `en` there, or null where the item is not translated."""
        languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        files = demo_data_files()
        self.assertTrue(any(files.values()))
        for english_path, translations in files.items():
            english = read_yaml(english_path)
            sections = {
                section: {slug: item["en"] for slug, item in items.items()}
                for section, items in english.items()
                if isinstance(items, dict)
                and all(
                    isinstance(item, dict) and "en" in item for item in items.values()
                )
            }
            for code, path in translations.items():
                with self.subTest(file=path.name):
                    self.assertIn(code, languages - {"en"})
                    translated = read_yaml(path)
                    self.assertEqual(set(translated), set(sections))
                    for section, items in sections.items():
                        self.assertEqual(set(translated[section]), set(items), section)
                        for slug, strings in translated[section].items():
                            if strings is not None:
                                self.assertEqual(
                                    string_paths(strings),
                                    string_paths(items[slug]),
                                    f"{section}/{slug}",
                                )

    def test_french_is_translated_in_full(self):
        for english_path, translations in demo_data_files().items():
            if translations:
                with self.subTest(file=english_path.name):
                    french = read_yaml(translations["fr"])
                    untranslated = [
                        f"{section}/{slug}"
                        for section, items in french.items()
                        for slug, strings in items.items()
                        if strings is None
                    ]
                    self.assertEqual(untranslated, [])
