"""Security headers: Content-Security-Policy, Permissions-Policy, the CSRF cookie.

Public pages get a strict policy (no inline script or style, nothing from
another host but the click-to-load players); the admin, its previews and the
translation editor get the looser one their upstream templates need. The
contact page's CSRF cookie lasts as long as the browser session, not a year.
"""

import json

from django.contrib.auth import get_user_model
from django.test import TestCase, override_settings
from django.urls import reverse

from wagtail.models import Site
from wagtail.test.utils.form_data import querydict_from_html

from home import embeds
from home.models import SiteSettings
from tests.factories.content import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.home import ContactPageFactory, make_home
from tests.test_production_settings import PRODUCTION, S3, run


def policy(response, header="Content-Security-Policy"):
    """The policy as {directive: [sources]}."""
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


class SiteMixin:
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        news = NewsIndexPageFactory(parent=cls.home)
        cls.article = ArticlePageFactory(parent=news, title="Training for cities")
        cls.contact = ContactPageFactory(parent=cls.home)
        cls.admin = get_user_model().objects.create_superuser(
            "admin", "admin@example.org", "a long admin password"
        )


class PublicPolicyTests(SiteMixin, TestCase):
    def test_public_pages_get_the_strict_policy(self):
        for url in (self.home.url, self.article.url, self.contact.url, "/en/search/"):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                directives = policy(response)
                self.assertEqual(directives["default-src"], ["'self'"])
                self.assertEqual(directives["script-src"], ["'self'"])
                self.assertEqual(directives["style-src"], ["'self'"])
                self.assertEqual(directives["img-src"], ["'self'", "data:"])
                self.assertEqual(directives["object-src"], ["'none'"])
                self.assertEqual(directives["base-uri"], ["'self'"])
                self.assertEqual(directives["form-action"], ["'self'"])
                self.assertEqual(directives["frame-ancestors"], ["'none'"])
                self.assertNotIn("nonce-", response["Content-Security-Policy"])
                self.assertNotIn("unsafe", response["Content-Security-Policy"])

    def test_a_page_from_the_page_cache_keeps_its_policy(self):
        # The first page served would create the site's settings (a change).
        SiteSettings.for_site(Site.objects.get(is_default_site=True))
        first = self.client.get(self.article.url)
        second = self.client.get(self.article.url)
        self.assertEqual(second["X-Cache"], "hit")
        self.assertEqual(
            second["Content-Security-Policy"], first["Content-Security-Policy"]
        )

    def test_every_click_to_load_player_may_be_framed_and_nothing_else(self):
        players = {
            "https://" + template.split("/")[2]
            for _pattern, template in embeds._PATTERNS.values()
        }
        frame_src = policy(self.client.get(self.home.url))["frame-src"]
        self.assertEqual(set(frame_src), players)

    def test_images_from_a_media_host_are_allowed(self):
        with override_settings(MEDIA_URL="https://media.equalcity.example/media/"):
            directives = policy(self.client.get("/en/search/"))
        self.assertIn("https://media.equalcity.example", directives["img-src"])
        self.assertIn("https://media.equalcity.example", directives["media-src"])
        # Back to this host only once the setting is gone.
        self.assertEqual(policy(self.client.get("/en/search/"))["img-src"][-1], "data:")


class AdminPolicyTests(SiteMixin, TestCase):
    def setUp(self):
        self.client.force_login(self.admin)

    def assert_admin_policy(self, response):
        directives = policy(response)
        # Wagtail's and wagtail-localize's templates carry inline scripts.
        self.assertIn("'unsafe-inline'", directives["script-src"])
        self.assertIn("'unsafe-inline'", directives["style-src"])
        self.assertEqual(directives["object-src"], ["'none'"])
        self.assertEqual(directives["base-uri"], ["'self'"])
        # The editor shows its preview in a frame of its own.
        self.assertEqual(directives["frame-ancestors"], ["'self'"])
        return directives

    def test_the_dashboard_and_the_editor_get_the_admin_policy(self):
        for url in (
            reverse("wagtailadmin_home"),
            reverse("wagtailadmin_pages:edit", args=[self.article.pk]),
        ):
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                self.assert_admin_policy(response)

    def test_the_preview_gets_the_admin_policy(self):
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[self.article.pk])
        edit = self.client.get(
            reverse("wagtailadmin_pages:edit", args=[self.article.pk])
        )
        data = querydict_from_html(
            edit.content.decode(), form_id="page-edit-form", exclude_csrf=True
        )
        data["body-count"] = "0"  # the body's blocks come from JavaScript
        posted = self.client.post(url, data)
        self.assertEqual(json.loads(posted.content)["is_valid"], True)
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Training for cities")
        self.assert_admin_policy(response)

    def test_a_public_page_seen_by_staff_keeps_the_strict_policy(self):
        response = self.client.get(self.article.url)
        self.assertContains(response, "wagtail-userbar")
        self.assertEqual(policy(response)["script-src"], ["'self'"])


class PermissionsPolicyTests(SiteMixin, TestCase):
    def test_features_the_site_does_not_use_are_off(self):
        for url in (self.home.url, reverse("wagtailadmin_login")):
            with self.subTest(url=url):
                header = self.client.get(url)["Permissions-Policy"]
                features = dict(item.split("=", 1) for item in header.split(", "))
                for feature in (
                    "camera",
                    "microphone",
                    "geolocation",
                    "payment",
                    "usb",
                    "interest-cohort",
                    "browsing-topics",
                ):
                    self.assertEqual(features[feature], "()", feature)
                # The players that load on a click may still play protected media.
                self.assertIn('"https://open.spotify.com"', features["encrypted-media"])


class CsrfCookieTests(SiteMixin, TestCase):
    def test_the_contact_form_cookie_ends_with_the_browser_session(self):
        response = self.client.get(self.contact.url)
        self.assertEqual(response.status_code, 200)
        cookie = response.cookies["csrftoken"]
        self.assertEqual(cookie["max-age"], "")
        self.assertEqual(cookie["expires"], "")
        self.assertTrue(cookie["httponly"])
        self.assertEqual(cookie["samesite"], "Lax")

    def test_the_contact_form_still_sends_with_it(self):
        client = self.client_class(enforce_csrf_checks=True)
        client.get(self.contact.url)
        token = client.cookies["csrftoken"].value
        response = client.post(
            self.contact.url,
            {
                "your_name": "Amina",
                "your_email_address": "amina@example.org",
                "your_message": "Where can I find the toolbox?",
                "csrfmiddlewaretoken": token,
            },
            headers={"Origin": "http://testserver"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "We will answer within a week.")


def test_production_cookies_are_secure_session_cookies():
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps({name: getattr(settings, name) for name in ("
        "'CSRF_COOKIE_AGE', 'CSRF_COOKIE_SECURE', 'CSRF_COOKIE_HTTPONLY', "
        "'CSRF_COOKIE_SAMESITE', 'SESSION_COOKIE_SECURE')}))"
    )
    values = json.loads(run(["-c", code], **PRODUCTION).stdout)
    assert values == {
        "CSRF_COOKIE_AGE": None,
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_HTTPONLY": True,
        "CSRF_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": True,
    }


def test_production_images_on_the_bucket_domain_are_allowed():
    code = (
        "import django; django.setup(); "
        "from home.web.csp import media_origins; print(list(media_origins()))"
    )
    result = run(["-c", code], **PRODUCTION, **S3)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.replace("'", '"')) == [
        "https://media.equalcity.example"
    ]
