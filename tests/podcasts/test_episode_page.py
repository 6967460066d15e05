"""An episode page in another language: guests and themes keep their own words."""

from django.test import TestCase

from wagtail.models import Locale

from bs4 import BeautifulSoup

from tests.factories.content import PodcastEpisodePageFactory, PodcastIndexPageFactory
from tests.factories.home import make_home, translate
from tests.factories.snippets import PersonFactory, ThemeFactory


class EpisodeInAnotherLanguageTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        podcasts = PodcastIndexPageFactory(parent=home)
        episode = PodcastEpisodePageFactory(parent=podcasts, slug="idahobit")
        translated_theme = ThemeFactory(name="Migrant parents", slug="parents")
        english_only = ThemeFactory(name="Children", slug="children")
        french = Locale.objects.get(language_code="fr")
        french_theme = translated_theme.copy_for_translation(french)
        french_theme.name = "Parents migrants"
        french_theme.save()
        episode.themes.set([translated_theme, english_only])
        episode.guests.set([PersonFactory(name="Aïda Yancy", bio="Project manager.")])
        episode.save_revision().publish()
        translate(home, "fr")
        translate(podcasts, "fr")
        translate(episode, "fr", title="IDAHOBIT (fr)")

    def test_untranslated_guests_and_themes_are_marked_as_english(self):
        response = self.client.get("/fr/podcasts/idahobit/")
        html = BeautifulSoup(response.content, "html.parser")
        themes = [
            (item.get_text(strip=True), item.get("lang"))
            for item in html.select(".themes li")
        ]
        self.assertEqual(
            sorted(themes), [("Children", "en"), ("Parents migrants", None)]
        )
        guest = html.select_one("[aria-labelledby=guests-heading] li")
        self.assertEqual(guest.get("lang"), "en")
        self.assertIn("Project manager.", guest.text)

    def test_on_the_english_page_nothing_is_marked(self):
        response = self.client.get("/en/podcasts/idahobit/")
        html = BeautifulSoup(response.content, "html.parser")
        self.assertEqual(
            [item.get("lang") for item in html.select(".themes li")], [None, None]
        )
        self.assertIsNone(
            html.select_one("[aria-labelledby=guests-heading] li").get("lang")
        )
