"""Partner and trainee-city countries come from django-countries: named in the
visitor's language, chosen from the European list, counted as before."""

from django.core.exceptions import ValidationError
from django.test import TestCase
from django.utils import translation

from bs4 import BeautifulSoup

from home.models import Partner, TraineeCity
from home.selectors import trainee_city_stats
from tests.factories.content import ToolboxIndexPageFactory, ToolboxPageFactory
from tests.factories.home import make_home, translate
from tests.factories.snippets import PartnerFactory, TraineeCityFactory

BELGIUM = {
    "en": "Belgium",
    "fr": "Belgique",
    "nl": "België",
    "de": "Belgien",
    "it": "Belgio",
    "sv": "Belgien",
    "ar": "بلجيكا",
}


class CountryNameTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        home = make_home()
        index = ToolboxIndexPageFactory(parent=home)
        toolbox = ToolboxPageFactory(
            parent=index,
            slug="unaccompanied-children",
            authoring_partner=PartnerFactory(
                name="City of Gothenburg", city="Gothenburg", country="SE"
            ),
        )
        for language_code in ("fr", "ar"):
            translate(home, language_code)
            translate(index, language_code)
            translate(toolbox, language_code)

    def written_by(self, language_code):
        response = self.client.get(
            f"/{language_code}/toolboxes/unaccompanied-children/"
        )
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        return soup.select_one("#written-by").get_text(" ", strip=True)

    def test_a_toolbox_names_its_partners_country_in_the_visitors_language(self):
        for language_code, sweden in [
            ("en", "Sweden"),
            ("fr", "Suède"),
            ("ar", "السويد"),
        ]:
            with self.subTest(language=language_code):
                written_by = self.written_by(language_code)
                self.assertIn("Gothenburg", written_by)
                self.assertIn(sweden, written_by)
                self.assertNotIn(" SE", written_by)

    def test_a_country_is_named_in_every_site_language(self):
        partner = PartnerFactory(country="BE")
        city = TraineeCityFactory(name="Antwerp", country="BE")
        for language_code, belgium in BELGIUM.items():
            with (
                self.subTest(language=language_code),
                translation.override(language_code),
            ):
                self.assertEqual(partner.country.name, belgium)
                self.assertEqual(str(city), f"Antwerp ({belgium})")

    def test_staff_choose_from_the_european_countries_only(self):
        for model in (Partner, TraineeCity):
            with self.subTest(model=model.__name__):
                codes = [
                    code for code, _name in model._meta.get_field("country").choices
                ]
                self.assertEqual(len(codes), 39)
                self.assertIn("GB", codes)
                self.assertNotIn("US", codes)
        with self.assertRaises(ValidationError) as raised:
            TraineeCity(name="New York", country="US").full_clean()
        self.assertIn("country", raised.exception.error_dict)


class HomeCountryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        translate(make_home(), "ar")
        for name, country in [
            ("Antwerp", "BE"),
            ("Ghent", "BE"),
            ("Paris", "FR"),
            ("Milan", "IT"),
            ("Malmö", "SE"),
            ("Valletta", "MT"),
        ]:
            TraineeCityFactory(name=name, country=country)
        TraineeCityFactory(name="Warsaw", country="PL", live=False)

    def test_the_home_page_counts_live_cities_and_their_distinct_countries(self):
        self.assertEqual(
            trainee_city_stats(),
            {"cities": 6, "cities_exact": 6, "countries": 5, "countries_exact": 5},
        )
        for path in ("/en/", "/ar/"):
            with self.subTest(path=path):
                response = self.client.get(path)
                self.assertContains(response, "<bdi>6</bdi>", html=False)
                self.assertContains(response, "<bdi>5</bdi>", html=False)
