"""The admin screens staff use: snippets with search and filters, page editors."""

from django.test import TestCase

from wagtail.test.utils import WagtailTestUtils

from tests.factories.content import (
    one_page_of_each_type,
)
from tests.factories.home import make_home
from tests.factories.snippets import (
    PartnerFactory,
    PersonFactory,
    ThemeFactory,
    TraineeCityFactory,
)


class SnippetAdminTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        ThemeFactory(name="Migrant parents")
        PersonFactory(name="Aïda Yancy")
        PartnerFactory(name="RainbowHouse Brussels", country="BE")
        PartnerFactory(name="City of Gothenburg", country="SE")
        TraineeCityFactory(name="Antwerp", country="BE")
        TraineeCityFactory(name="Malmö", country="SE")

    def setUp(self):
        self.client.force_login(self.create_test_user())

    def test_every_snippet_has_a_listing(self):
        for url, text in [
            ("/admin/snippets/home/theme/", "Migrant parents"),
            ("/admin/snippets/home/person/", "Aïda Yancy"),
            ("/admin/snippets/home/partner/", "RainbowHouse Brussels"),
            ("/admin/snippets/home/traineecity/", "Antwerp"),
        ]:
            with self.subTest(url=url):
                self.assertContains(self.client.get(url), text)

    def test_snippet_search_and_filters(self):
        response = self.client.get("/admin/snippets/home/partner/?country=SE")
        self.assertContains(response, "City of Gothenburg")
        self.assertNotContains(response, "RainbowHouse Brussels")
        response = self.client.get("/admin/snippets/home/traineecity/?q=malm")
        self.assertContains(response, "Malmö")
        self.assertNotContains(response, "Antwerp")


class PageEditorTests(WagtailTestUtils, TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.pages = one_page_of_each_type(make_home())

    def setUp(self):
        self.client.force_login(self.create_test_user())

    def test_every_page_type_opens_in_the_editor(self):
        for page in self.pages:
            with self.subTest(page=type(page).__name__):
                response = self.client.get(f"/admin/pages/{page.pk}/edit/")
                self.assertEqual(response.status_code, 200)
