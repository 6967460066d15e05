"""The locale seam (home/locales.py): locales read once per content generation."""

from importlib.metadata import version

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale
from wagtail.models.i18n import LocaleManager

from home import locales
from tests.factories.home import StandardPageFactory, make_home, paragraph
from tests.queries import steady_query_count


def test_the_seam_was_written_for_the_installed_wagtail():
    """On an upgrade, read upstream's LocaleManager.get_for_language again,
    then update the version."""
    assert version("wagtail") == locales.WAGTAIL_VERSION
    assert LocaleManager.get_for_language is locales.get_for_language


@override_settings(PAGE_CACHE_SECONDS=0)
class LocaleLookupTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        links = " ".join(
            f'<a linktype="page" id="{cls.home.pk}">home {number}</a>'
            for number in range(10)
        )
        cls.page = StandardPageFactory(
            parent=cls.home, slug="links", body=[paragraph(links)]
        )

    def test_a_page_full_of_links_reads_no_locale(self):
        steady_query_count(self.client, "/en/links/")
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/en/links/")
        self.assertContains(response, '<a href="/en/">home 9</a>')
        locale_queries = [
            query
            for query in queries
            if query["sql"].startswith('SELECT "wagtailcore_locale"')
        ]
        self.assertEqual(locale_queries, [])

    def test_a_language_without_a_locale_is_still_an_error(self):
        with (
            self.settings(
                WAGTAIL_CONTENT_LANGUAGES=[("en", "English"), ("es", "Spanish")],
                LANGUAGES=[("en", "English"), ("es", "Spanish")],
            ),
            self.assertRaises(Locale.DoesNotExist),
        ):
            Locale.objects.get_for_language("es")

    def test_a_new_locale_is_found_at_once(self):
        self.assertNotIn("es", locales.by_code())
        with self.settings(
            WAGTAIL_CONTENT_LANGUAGES=[("en", "English"), ("es", "Spanish")],
            LANGUAGES=[("en", "English"), ("es", "Spanish")],
        ):
            Locale.objects.create(language_code="es")
            self.assertEqual(Locale.objects.get_for_language("es").language_code, "es")
