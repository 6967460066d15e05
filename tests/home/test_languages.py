"""Language prefixes, the redirect from /, and the language switcher."""

from django.test import TestCase

from bs4 import BeautifulSoup

from tests.factories.home import StandardPageFactory, make_home, translate


def switcher_languages(response):
    soup = BeautifulSoup(response.content, "html.parser")
    switcher = soup.select_one(".language-switcher")
    if switcher is None:
        return {}
    return {link["lang"]: link["href"] for link in switcher.select("a")}


class LanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home(hero_heading="Safer cities")
        cls.about = StandardPageFactory(
            parent=cls.home, slug="about", title="About Equalcity", show_in_menus=True
        )
        cls.home_fr = translate(cls.home, "fr", hero_heading="Des villes plus sûres")
        cls.about_fr = translate(cls.about, "fr", title="À propos d'Equalcity")
        # German: the home page is live, the about page only a draft.
        cls.home_de = translate(cls.home, "de", hero_heading="Sicherere Städte")
        cls.about_de = translate(cls.about, "de", publish=False, title="Über uns")

    def test_home_and_about_render_in_english_and_french(self):
        for url, text in [
            ("/en/", "Safer cities"),
            ("/fr/", "Des villes plus sûres"),
            ("/en/about/", "About Equalcity"),
            ("/fr/about/", "À propos d&#x27;Equalcity"),
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assertContains(response, text)

    def test_pages_carry_their_language_and_direction(self):
        self.assertContains(self.client.get("/fr/"), '<html lang="fr" dir="ltr">')
        self.assertContains(self.client.get("/en/"), '<html lang="en" dir="ltr">')

    def test_a_language_without_a_published_translation_gives_404(self):
        self.assertEqual(self.client.get("/de/about/").status_code, 404)
        self.assertEqual(self.client.get("/it/about/").status_code, 404)

    def test_a_language_without_a_home_page_gives_404_not_english(self):
        response = self.client.get("/it/")
        self.assertEqual(response.status_code, 404)
        self.assertNotContains(response, "Safer cities", status_code=404)

    def test_root_redirects_to_the_accept_language(self):
        response = self.client.get("/", headers={"accept-language": "fr-BE,fr;q=0.9"})
        self.assertRedirects(response, "/fr/", fetch_redirect_response=False)
        self.assertIn("Accept-Language", response["Vary"])

    def test_root_redirects_to_english_by_default(self):
        self.assertRedirects(
            self.client.get("/"), "/en/", fetch_redirect_response=False
        )

    def test_root_skips_languages_the_site_is_not_published_in(self):
        response = self.client.get("/", headers={"accept-language": "it, de;q=0.8"})
        self.assertRedirects(response, "/de/", fetch_redirect_response=False)

    def test_switcher_offers_only_languages_where_the_page_is_live(self):
        about = switcher_languages(self.client.get("/en/about/"))
        self.assertEqual(about, {"en": "/en/about/", "fr": "/fr/about/"})
        home = switcher_languages(self.client.get("/fr/"))
        self.assertEqual(home, {"en": "/en/", "fr": "/fr/", "de": "/de/"})

    def test_switcher_marks_the_current_language(self):
        soup = BeautifulSoup(self.client.get("/fr/about/").content, "html.parser")
        current = soup.select_one('.language-switcher a[aria-current="true"]')
        self.assertEqual(current["lang"], "fr")

    def test_navigation_is_built_from_the_tree_of_the_current_language(self):
        soup = BeautifulSoup(self.client.get("/fr/").content, "html.parser")
        links = [link["href"] for link in soup.select(".main-nav a")]
        self.assertEqual(links, ["/fr/about/"])
        soup = BeautifulSoup(self.client.get("/de/").content, "html.parser")
        self.assertEqual(soup.select(".main-nav a"), [])

    def test_interface_strings_are_translated(self):
        response = self.client.get("/fr/")
        self.assertContains(response, "Aller au contenu principal")
        self.assertContains(response, "Quitter cette page")

    def test_public_pages_set_no_cookie(self):
        for url in ["/en/", "/fr/about/", "/en/search/?q=cities", "/en/missing/"]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.cookies, {})
                self.assertNotIn("csrfmiddlewaretoken", response.content.decode())
