"""The quick exit is on every public page, before the content."""

from django.test import TestCase

from bs4 import BeautifulSoup

from home.models import SiteSettings
from tests.factories.home import StandardPageFactory, make_home, translate


class QuickExitTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.safety = StandardPageFactory(
            parent=cls.home, slug="staying-safe-online", title="Staying safe online"
        )
        translate(cls.home, "fr")
        translate(cls.safety, "fr", title="Rester en sécurité en ligne")
        settings = SiteSettings.for_site(cls.home.get_site())
        settings.quick_exit_url = "https://weather.example/"
        settings.safety_page = cls.safety
        settings.save()

    def exit_link(self, url, status=200):
        response = self.client.get(url)
        self.assertEqual(response.status_code, status)
        soup = BeautifulSoup(response.content, "html.parser")
        return soup, soup.select_one("[data-quick-exit]")

    def test_every_public_page_type_has_the_quick_exit(self):
        for url, status in [
            ("/en/", 200),
            ("/en/staying-safe-online/", 200),
            ("/en/search/?q=safe", 200),
            ("/en/no-such-page/", 404),
            ("/fr/", 200),
        ]:
            with self.subTest(url=url):
                _soup, link = self.exit_link(url, status)
                self.assertIsNotNone(link)
                self.assertEqual(link["href"], "https://weather.example/")
                self.assertEqual(link.name, "a", "without JavaScript it is a link")

    def test_quick_exit_comes_before_the_content_in_tab_order(self):
        soup, link = self.exit_link("/en/")
        focusable = soup.select("a[href], button, input, select, textarea")
        self.assertEqual(focusable[0]["class"], ["skip-link"])
        self.assertIs(focusable[1], link)
        main = soup.select_one("main")
        self.assertNotIn(link, main.descendants)

    def test_script_is_loaded_from_the_site_and_not_inline(self):
        """Only JSON-LD data blocks, which never run, are inline."""
        soup, _link = self.exit_link("/en/")
        scripts = soup.select('script:not([type="application/ld+json"])')
        self.assertTrue(scripts)
        for script in scripts:
            self.assertTrue(script.get("src", "").startswith("/static/"))
            self.assertEqual(script.string, None)
        self.assertEqual(soup.select("[style]"), [])

    def test_the_safety_page_link_is_in_the_visitors_language(self):
        soup, _link = self.exit_link("/fr/")
        hint = soup.select_one(".quick-exit__hint a")
        self.assertEqual(hint["href"], "/fr/staying-safe-online/")
        self.assertIn("Quitter cette page", soup.select_one("[data-quick-exit]").text)
