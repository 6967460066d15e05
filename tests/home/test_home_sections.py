"""The home page's sections (upcoming events, latest news, toolboxes, the
latest episode, partners) are the same for every visitor: rendered once per
content generation (shared_fragment), again on the next request after any
publish, and at least every ten minutes for what the clock changes."""

import datetime
import time
from unittest import mock

from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory, TestCase, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bs4 import BeautifulSoup

from home import generation
from tests.factories.content import (
    ArticlePageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
)
from tests.factories.home import make_home


@override_settings(PAGE_CACHE_SECONDS=0)
class HomeSectionsTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.news = NewsIndexPageFactory(parent=cls.home)
        ArticlePageFactory(parent=cls.news, title="Safer spaces")
        cls.event = EventPageFactory(
            parent=cls.news,
            title="Workshop this afternoon",
            start=timezone.now() - datetime.timedelta(hours=1),
            end=timezone.now() + datetime.timedelta(hours=1),
        )

    def card_titles(self):
        soup = BeautifulSoup(self.client.get(self.home.url).content, "html.parser")
        return [a.get_text(strip=True) for a in soup.select("main .card__title a")]

    def test_sections_are_read_once_then_follow_publishing(self):
        self.client.get(self.home.url)  # makes the site's settings
        with CaptureQueriesContext(connection) as first:
            titles = self.card_titles()
        with CaptureQueriesContext(connection) as second:
            self.assertEqual(self.card_titles(), titles)
        self.assertIn("Safer spaces", titles)
        self.assertLess(len(second), len(first))
        ArticlePageFactory(parent=self.news, title="Just published")
        self.assertIn("Just published", self.card_titles())

    def test_an_event_that_has_ended_leaves_within_ten_minutes(self):
        self.assertIn("Workshop this afternoon", self.card_titles())
        later = timezone.now() + datetime.timedelta(hours=2)
        clock = mock.Mock(time=lambda: time.time() + 2 * 60 * 60)
        with (
            mock.patch("django.utils.timezone.now", return_value=later),
            mock.patch("home.templatetags.site_tags.time", clock),
        ):
            self.assertNotIn("Workshop this afternoon", self.card_titles())


class SharedFragmentTagTests(TestCase):
    TEMPLATE = Template(
        '{% load site_tags %}{% shared_fragment "test" key %}{{ value }}'
        "{% endshared_fragment %}"
    )

    def render(self, value, preview=False):
        request = RequestFactory().get("/")
        request.is_preview = preview
        return self.TEMPLATE.render(
            Context({"request": request, "key": 1, "value": value})
        )

    def test_kept_for_every_visitor_until_the_content_changes(self):
        self.assertEqual(self.render("first"), "first")
        self.assertEqual(self.render("second"), "first")
        generation.bump()
        self.assertEqual(self.render("third"), "third")

    def test_a_preview_always_renders_afresh(self):
        self.assertEqual(self.render("live"), "live")
        self.assertEqual(self.render("draft", preview=True), "draft")
        self.assertEqual(self.render("other"), "live")
