"""The review loop works for people: what waits reaches publishers, what they
say reaches translators, and no role is offered a button it may not use."""

import json

from django.core import mail
from django.test import TestCase, override_settings

from bs4 import BeautifulSoup

from home.models import Theme

from .story import FRENCH_TOOLBOX_URL, LiveSiteMixin, reloaded


def sidebar_links(html):
    """Every admin URL of the sidebar menu in a rendered admin page."""
    soup = BeautifulSoup(html, "html.parser")
    props = json.loads(soup.find("script", id="wagtail-sidebar-props").string)
    urls = []

    def walk(node):
        if isinstance(node, dict):
            url = node.get("url")
            if isinstance(url, str) and url.startswith("/admin/"):
                urls.append(url)
            node = list(node.values())
        if isinstance(node, list):
            for item in node:
                walk(item)

    walk(props)
    return urls


class ReviewLoopTests(LiveSiteMixin, TestCase):
    def submit_french_theme(self):
        translation = self.translation_of(self.theme)
        self.edit_segments(translation, self.translator, "NEW")
        self.submit_translation(self.theme_fr, self.translator)
        return reloaded(self.theme_fr)

    @override_settings(WAGTAILADMIN_BASE_URL="https://admin.equalcity.example")
    def test_publishers_are_emailed_about_snippets_with_the_real_admin_address(self):
        mail.outbox.clear()
        theme = self.submit_french_theme()
        (message,) = [m for m in mail.outbox if self.publisher.email in m.to]
        self.assertIn("NEW Migrant parents", message.subject)
        self.assertEqual(str(theme), "FR Migrant parents")  # not live yet
        self.assertIn("https://admin.equalcity.example/admin/", message.body)

    def test_the_publishers_dashboard_lists_snippets_and_pages_in_every_language(self):
        self.submit_french_theme()
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "NEW", "Trust-building")
        self.submit_translation(self.toolbox_fr, self.translator)
        self.as_user(self.publisher)
        response = self.client.get("/admin/")
        self.assertContains(response, "Awaiting your review")
        self.assertContains(response, "NEW Migrant parents")
        self.assertContains(response, reloaded(self.toolbox_fr).draft_title)

    def test_the_reviewers_comment_reaches_the_translator_of_a_snippet(self):
        theme = self.submit_french_theme()
        self.request_changes(theme, "« Parents migrants », please.")
        self.as_user(self.translator)
        response = self.client.get(self.edit_url(theme))
        self.assertContains(response, "« Parents migrants », please.")
        self.assertContains(response, "Changes requested by publisher")
        self.assertEqual(Theme.objects.get(pk=theme.pk).name, "FR Migrant parents")

    def test_the_publisher_sees_what_changes_for_visitors_before_approving(self):
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "NEW", "Trust-building")
        self.submit_translation(self.toolbox_fr, self.translator)
        page = reloaded(self.toolbox_fr)
        self.as_user(self.publisher)
        response = self.client.get(self.edit_url(page))
        soup = BeautifulSoup(response.content, "html.parser")
        compare = soup.find("a", string="See what changes for visitors")
        self.assertIsNotNone(compare)
        diff = self.client.get(compare["href"])
        self.assertEqual(diff.status_code, 200)
        soup = BeautifulSoup(diff.content, "html.parser")
        removed = [span.get_text() for span in soup.select(".deletion")]
        added = [span.get_text() for span in soup.select(".addition")]
        self.assertIn("FR", " ".join(removed))  # the live French summary…
        self.assertIn("NEW", " ".join(added))  # …and what the approval publishes
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, "FR Trust-building"))


class NoDeadEndsTests(LiveSiteMixin, TestCase):
    def test_every_menu_item_opens_for_every_role(self):
        for user in (self.staff, self.publisher, self.translator, self.german):
            self.as_user(user)
            for url in sidebar_links(self.client.get("/admin/").content):
                with self.subTest(user=user.username, url=url):
                    self.assertEqual(self.client.get(url).status_code, 200)

    def test_a_translator_is_offered_no_publishing_in_either_editor(self):
        self.as_user(self.translator)
        translation = self.translation_of(self.toolbox)
        self.post(
            f"/admin/localize/translate/{translation.pk}/disable/",
            {"next": self.edit_url(self.toolbox_fr)},
        )
        editor = self.client.get(self.edit_url(self.toolbox_fr))
        self.assertEqual(editor.status_code, 200)
        soup = BeautifulSoup(editor.content, "html.parser")
        actions = {
            button.get("name")
            for button in soup.select("footer button[name], footer a[name]")
        }
        self.assertNotIn("action-publish", actions)
        self.assertNotIn("localize-convert-to-alias", actions)
        self.assertNotContains(editor, "Convert to alias page")
