"""A view restriction on a page covers its translations and what is below them
(fault 11: a password on an English page left `/fr/…` public and in the
sitemap). Everything here is seen through the public URLs."""

from django.contrib.auth import get_user_model
from django.test import TestCase

from wagtail.models import PageViewRestriction

from bs4 import BeautifulSoup

from tests.factories.content import ArticlePageFactory, NewsIndexPageFactory
from tests.factories.home import StandardPageFactory, make_home, paragraph, translate

SECRET = "Hushhushword"


class TranslatedRestrictionTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        translate(cls.home, "fr")
        cls.private = StandardPageFactory(
            parent=cls.home,
            slug="private",
            title=f"{SECRET} plans",
            body=[paragraph(f"{SECRET} shelter addresses.")],
        )
        cls.child = StandardPageFactory(
            parent=cls.private, slug="child", title=f"{SECRET} child"
        )
        cls.members = StandardPageFactory(
            parent=cls.home, slug="members", title="Members", body=[paragraph(SECRET)]
        )
        cls.news = NewsIndexPageFactory(parent=cls.home)
        cls.article = ArticlePageFactory(
            parent=cls.news, slug="internal", title=f"{SECRET} internal note"
        )
        cls.fr = {
            page.pk: translate(page, "fr")
            for page in [cls.private, cls.child, cls.members, cls.news, cls.article]
        }
        cls.password = PageViewRestriction.objects.create(
            page=cls.private, restriction_type="password", password="letmein"
        )
        PageViewRestriction.objects.create(page=cls.members, restriction_type="login")
        PageViewRestriction.objects.create(
            page=cls.article, restriction_type="password", password="letmein"
        )

    def test_password_covers_the_translation_and_its_subtree(self):
        for url in ["/fr/private/", "/fr/private/child/", "/en/private/"]:
            with self.subTest(url=url):
                response = self.client.get(url)
                html = response.content.decode()
                self.assertNotIn(SECRET, html)
                self.assertIn('type="password"', html)
                self.assertIn("no-cache", response["Cache-Control"])

    def test_the_password_opens_the_translation(self):
        response = self.client.get("/fr/private/")
        form = BeautifulSoup(response.content, "html.parser").find(
            "input", type="password"
        )
        action = form.find_parent("form")["action"]
        self.assertIn(
            f"/authenticate_with_password/{self.password.pk}/"
            f"{self.fr[self.private.pk].pk}/",
            action,
        )
        response = self.client.post(
            action, {"password": "letmein", "return_url": "/fr/private/"}
        )
        self.assertRedirects(response, "/fr/private/", fetch_redirect_response=False)
        self.assertIn(SECRET, self.client.get("/fr/private/").content.decode())

    def test_login_restriction_covers_the_translation(self):
        response = self.client.get("/fr/members/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("login/?next=/fr/members/", response["Location"])
        user = get_user_model().objects.create_user("reader", password="x")
        self.client.force_login(user)
        self.assertIn(SECRET, self.client.get("/fr/members/").content.decode())

    def test_sitemap_lists_no_translation_of_a_restricted_page(self):
        text = self.client.get("/sitemap-pages.xml").content.decode()
        self.assertIn("/fr/news/", text)
        for path in ["private/", "private/child/", "members/", "news/internal/"]:
            self.assertNotIn(f"/en/{path}", text)
            self.assertNotIn(f"/fr/{path}", text)

    def test_listings_feeds_and_search_leave_out_the_translation(self):
        for url in [
            "/fr/news/",
            "/fr/news/feed/rss/",
            "/fr/news/feed/atom/",
            f"/fr/search/?q={SECRET}",
            f"/en/search/?q={SECRET}",
            "/fr/",
        ]:
            with self.subTest(url=url):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                for title in ["plans", "child", "internal note"]:
                    self.assertNotIn(f"{SECRET} {title}", html)
                self.assertNotIn("/private/", html)
