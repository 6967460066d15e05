"""Which page types may be created where, and that each one renders."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import HomePage, StandardPage
from tests.factories.home import StandardPageFactory, make_home


class HomePageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()

    def test_home_page_sits_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_home_page_renders_and_previews(self):
        self.assertPageIsRenderable(self.home)
        self.assertPageIsPreviewable(
            self.home,
            post_data=nested_form_data(
                {
                    "title": "Equalcity",
                    "slug": "equalcity",
                    "hero_heading": "Safer cities",
                    "introduction": rich_text("Welcome."),
                    "body": streamfield([]),
                }
            ),
        )


class StandardPageTypeTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.page = StandardPageFactory(parent=cls.home, title="About")

    def setUp(self):
        self.client.force_login(self.create_test_user())

    def test_standard_page_parents(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})

    def test_standard_page_children(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_staff_can_create_a_standard_page_with_every_block(self):
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "Partners",
                    "slug": "partners",
                    "introduction": "Who we work with.",
                    "body": streamfield(
                        [
                            ("heading", {"text": "Coordinator", "level": "h2"}),
                            ("paragraph", rich_text("IOM coordinates Equalcity.")),
                            (
                                "quote",
                                {"quote": "Safe spaces matter.", "attribution": "Aïda"},
                            ),
                            (
                                "call_to_action",
                                {
                                    "heading": "Contact us",
                                    "text": "",
                                    "page": "",
                                    "external_url": "https://example.org/",
                                    "link_text": "Write to us",
                                },
                            ),
                        ]
                    ),
                }
            ),
        )

    def test_call_to_action_needs_exactly_one_link(self):
        response = self.client.post(
            f"/admin/pages/add/home/standardpage/{self.home.pk}/",
            nested_form_data(
                {
                    "title": "Broken",
                    "slug": "broken",
                    "body": streamfield(
                        [
                            (
                                "call_to_action",
                                {
                                    "heading": "Go",
                                    "text": "",
                                    "page": "",
                                    "external_url": "",
                                    "link_text": "Go",
                                },
                            )
                        ]
                    ),
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Choose either a page or an external link")
        self.assertFalse(StandardPage.objects.filter(slug="broken").exists())

    def test_standard_page_renders_and_previews(self):
        self.assertPageIsRenderable(self.page)
        self.assertPageIsPreviewable(
            self.page,
            post_data=nested_form_data(
                {
                    "title": "About",
                    "slug": self.page.slug,
                    "introduction": "",
                    "body": streamfield([("paragraph", rich_text("Text."))]),
                }
            ),
        )


class EmbedBlockTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()

    def test_an_embed_renders_as_a_consent_box_without_loading_anything(self):
        page = StandardPageFactory(
            parent=self.home,
            slug="listen",
            body=[
                {
                    "type": "embed",
                    "value": {
                        "platform": "youtube",
                        "url": "https://www.youtube.com/watch?v=abcdefgh",
                        "title": "Webinar recording",
                    },
                }
            ],
        )
        response = self.client.get(page.url)
        self.assertContains(
            response, 'data-embed-src="https://www.youtube-nocookie.com/embed/abcdefgh"'
        )
        self.assertNotContains(response, "<iframe")
        self.assertContains(response, 'href="https://www.youtube.com/watch?v=abcdefgh"')

    def test_an_address_the_platform_cannot_embed_is_refused(self):
        self.client.force_login(self.create_test_user())
        response = self.client.post(
            f"/admin/pages/add/home/standardpage/{self.home.pk}/",
            nested_form_data(
                {
                    "title": "Broken embed",
                    "slug": "broken-embed",
                    "body": streamfield(
                        [
                            (
                                "embed",
                                {
                                    "platform": "spotify",
                                    "url": "https://example.org/not-spotify",
                                    "title": "x",
                                },
                            )
                        ]
                    ),
                }
            ),
        )
        self.assertContains(response, "not an address that platform can embed")
        self.assertFalse(StandardPage.objects.filter(slug="broken-embed").exists())


class ImageAltTextTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()

    def post_figure(self, **image):
        from wagtail_factories import ImageFactory

        photo = ImageFactory()
        return self.client.post(
            f"/admin/pages/add/home/standardpage/{self.home.pk}/",
            nested_form_data(
                {
                    "title": "Workshop photos",
                    "slug": "workshop-photos",
                    "body": streamfield(
                        [
                            (
                                "image",
                                {
                                    "image": {"image": photo.pk, **image},
                                    "caption": "",
                                    "credit": "",
                                },
                            )
                        ]
                    ),
                    "action-publish": "publish",
                }
            ),
        )

    def test_a_content_image_needs_alt_text_or_to_be_marked_decorative(self):
        """Drafts may wait for it (Wagtail defers validation), publishing may not."""
        self.client.force_login(self.create_test_user())
        response = self.post_figure(alt_text="", decorative="")
        self.assertEqual(response.status_code, 200)
        self.assertFalse(StandardPage.objects.filter(slug="workshop-photos").exists())
        response = self.post_figure(
            alt_text="Trainees around a table at the June workshop", decorative=""
        )
        self.assertEqual(response.status_code, 302)
        page = StandardPage.objects.get(slug="workshop-photos")
        self.assertContains(
            self.client.get(page.url),
            'alt="Trainees around a table at the June workshop"',
        )
