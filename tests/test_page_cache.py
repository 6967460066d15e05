"""The page cache: anonymous visitors get stored pages, and every change an
editor makes through the admin shows on the visitor's next request.

Each invalidation test has a visitor see the page twice (the second time from
the cache), acts through the admin's own URLs, then asks again.
"""

from django.contrib.auth import get_user_model
from django.test import Client, TestCase, override_settings

from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import SiteSettings
from tests.editorial.story import (
    TOOLBOX_URL,
    LiveSiteMixin,
    snippet_url,
    toolbox_form,
)
from tests.editorial.test_media import (
    LiveMediaTestCase,
    document_data,
    image_data,
)
from tests.factories.content import StandardPageFactory
from tests.factories.home import ContactPageFactory


class VisitorMixin:
    def visit(self, url, **headers):
        return Client().get(url, headers=headers)

    def warm(self, url):
        """A visitor has seen `url`; the next visitor gets it from the cache."""
        # The first page served would create the site's settings (a change).
        SiteSettings.for_site(Site.objects.get(is_default_site=True))
        self.visit(url)
        response = self.visit(url)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-Cache"], "hit")
        return response

    def assertRetired(self, url, status=200):
        """The next visitor of `url` gets a fresh page (or `status`)."""
        response = self.visit(url)
        self.assertEqual(response.status_code, status)
        if status == 200:
            self.assertEqual(response["X-Cache"], "miss")
        return response


class WhatIsStoredTests(VisitorMixin, LiveSiteMixin, TestCase):
    def test_each_language_is_stored_on_its_own(self):
        english = self.warm(TOOLBOX_URL)
        french = self.warm("/fr/toolboxes/parenting/")
        self.assertContains(english, 'lang="en"')
        self.assertContains(french, 'lang="fr"')
        self.assertNotEqual(english.content, french.content)

    def test_stored_pages_are_fit_for_a_cdn_and_browsers_ask_again(self):
        response = self.warm(TOOLBOX_URL)
        control = {part.strip() for part in response["Cache-Control"].split(",")}
        self.assertEqual(control, {"public", "max-age=0", "s-maxage=60"})
        self.assertIn("Last-Modified", response)
        again = self.visit(TOOLBOX_URL, if_none_match=response["ETag"])
        self.assertEqual(again.status_code, 304)
        self.assertEqual(again.content, b"")

    def test_a_logged_in_user_never_gets_nor_fills_the_cache(self):
        self.warm(TOOLBOX_URL)
        self.as_user(self.staff)
        response = self.client.get(TOOLBOX_URL)
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("X-Cache", response)
        self.assertContains(response, "wagtail-userbar")
        visitor = self.visit(TOOLBOX_URL)
        self.assertEqual(visitor["X-Cache"], "hit")
        self.assertNotContains(visitor, "wagtail-userbar")

    def test_a_page_holding_a_form_token_is_never_stored(self):
        ContactPageFactory(parent=self.home)
        for _ in range(2):
            response = self.visit("/en/contact/")
            self.assertEqual(response.status_code, 200)
            self.assertNotIn("X-Cache", response)
            self.assertIn("csrftoken", response.cookies)

    def test_admin_and_errors_are_never_stored(self):
        for url in ("/admin/login/", "/en/no-such-page/"):
            with self.subTest(url=url):
                self.visit(url)
                self.assertNotIn("X-Cache", self.visit(url))

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_the_cache_can_be_turned_off(self):
        self.visit(TOOLBOX_URL)
        self.assertEqual(self.visit(TOOLBOX_URL)["X-Cache"], "miss")


class PageChangesTests(VisitorMixin, LiveSiteMixin, TestCase):
    def test_publishing_a_page(self):
        self.warm(TOOLBOX_URL)
        self.as_user(self.staff)
        self.post(
            f"/admin/pages/{self.toolbox.pk}/edit/",
            {
                **toolbox_form(self.toolbox, title="Parenting, revised"),
                "action-submit": "1",
            },
        )
        self.assertNotContains(self.visit(TOOLBOX_URL), "Parenting, revised")
        self.approve(self.toolbox)
        self.assertContains(self.assertRetired(TOOLBOX_URL), "Parenting, revised")

    def test_unpublishing_a_page(self):
        self.warm(TOOLBOX_URL)
        self.warm("/en/toolboxes/")
        self.as_user(self.publisher)
        self.post(f"/admin/pages/{self.toolbox.pk}/unpublish/")
        self.assertRetired(TOOLBOX_URL, status=404)
        index = self.assertRetired("/en/toolboxes/")
        self.assertNotContains(index, "Parenting in a new country")

    def test_moving_a_page(self):
        about = StandardPageFactory(parent=self.home, title="About", slug="about")
        team = StandardPageFactory(parent=self.home, title="Our team", slug="team")
        self.warm("/en/team/")
        self.as_user(self.publisher)
        self.post(f"/admin/pages/{team.pk}/move/{about.pk}/confirm/")
        # Wagtail leaves a redirect from the old address.
        self.assertRedirects(
            self.visit("/en/team/"), "/en/about/team/", status_code=301
        )
        self.assertContains(self.visit("/en/about/team/"), "Our team")

    def test_deleting_a_page(self):
        self.warm(TOOLBOX_URL)
        self.as_user(self.publisher)
        self.post(f"/admin/pages/{self.toolbox.pk}/delete/")
        self.assertRetired(TOOLBOX_URL, status=404)

    def test_approving_a_translation(self):
        french_url = "/fr/toolboxes/parenting/"
        self.warm(french_url)
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "NOUVEAU", "Trust-building")
        self.submit_translation(self.toolbox_fr, self.translator)
        self.assertNotContains(self.visit(french_url), "NOUVEAU")
        self.approve(self.toolbox_fr)
        self.assertContains(self.assertRetired(french_url), "NOUVEAU")


class OtherChangesTests(VisitorMixin, LiveSiteMixin, TestCase):
    def test_publishing_a_snippet(self):
        self.warm(TOOLBOX_URL)
        self.as_user(self.staff)
        self.post(
            snippet_url(self.theme, "edit"),
            {
                "name": "Parents who migrated",
                "slug": self.theme.slug,
                "description": "",
                "action-submit": "1",
            },
        )
        self.approve(self.theme)
        self.assertContains(self.assertRetired(TOOLBOX_URL), "Parents who migrated")

    def test_changing_site_settings(self):
        self.warm(TOOLBOX_URL)
        site = Site.objects.get(is_default_site=True)
        admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x")
        self.as_user(admin)
        data = nested_form_data(
            {
                "contact_name": "The Equalcity team, renamed",
                "contact_email": "",
                "contact_address": "",
                "social_links": streamfield([]),
                "funding_statement": "Funded by the European Union.",
                "sdgs": streamfield([]),
                "quick_exit_url": "https://www.google.com/",
            }
        )
        response = self.post(f"/admin/settings/home/sitesettings/{site.pk}/", data)
        self.assertEqual(response.status_code, 302, response.content[:2000])
        self.assertContains(
            self.assertRetired(TOOLBOX_URL), "The Equalcity team, renamed"
        )


class MediaChangesTests(VisitorMixin, LiveMediaTestCase):
    def test_changing_an_image(self):
        self.warm(self.page.url)
        self.as_user(self.publisher)
        self.post(
            f"/admin/images/{self.photo.pk}/",
            image_data(self.photo, description="Workshop in Rome"),
        )
        page = self.assertRetired(self.page.url)
        self.assertContains(page, 'alt="Workshop in Rome"')

    def test_changing_a_document(self):
        self.warm(self.page.url)
        self.as_user(self.publisher)
        self.post(
            f"/admin/documents/edit/{self.report.pk}/",
            document_data(self.report, title="Annual report 2021"),
        )
        self.assertRetired(self.page.url)


class RecordingBackend(BaseBackend):
    """A CDN that remembers what it was asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


@override_settings(
    WAGTAILFRONTENDCACHE={"cdn": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
)
class FrontendCacheTests(VisitorMixin, LiveSiteMixin, TestCase):
    def setUp(self):
        RecordingBackend.purged = []

    def test_a_cdn_is_purged_of_a_page_published_or_unpublished(self):
        self.as_user(self.staff)
        self.post(
            f"/admin/pages/{self.toolbox.pk}/edit/",
            {**toolbox_form(self.toolbox, title="Revised"), "action-submit": "1"},
        )
        self.assertEqual(RecordingBackend.purged, [])
        self.approve(self.toolbox)
        self.assertIn(f"http://localhost{TOOLBOX_URL}", RecordingBackend.purged)
        RecordingBackend.purged = []
        self.as_user(self.publisher)
        self.post(f"/admin/pages/{self.toolbox.pk}/unpublish/")
        self.assertIn(f"http://localhost{TOOLBOX_URL}", RecordingBackend.purged)
