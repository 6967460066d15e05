"""Every path by which unreviewed text could reach visitors, tried through the
admin's own URLs; each test then asks the public URL as an anonymous visitor.

The promise (README, DESIGN): nothing reaches visitors without a publisher's
approval, in any language, by any path; never English under another
language's URL; never a translation live before its English version.
"""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import F
from django.test import TestCase
from django.utils import timezone

from wagtail.models import (
    DraftStateMixin,
    Locale,
    LockableMixin,
    Page,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.snippets.models import get_snippet_models

import polib

from home.models import Theme
from tests.factories.content import ToolboxPageFactory
from tests.factories.editorial import localize
from tests.factories.snippets import ThemeFactory
from toolbox.models import ToolboxPage

from .story import (
    FRENCH_TOOLBOX_URL,
    TOOLBOX_URL,
    LiveSiteMixin,
    reloaded,
    snippet_url,
    toolbox_form,
)

LIVE_FRENCH = "FR Trust-building dialogue with migrant parents."


def cross_language_aliases():
    return Page.objects.filter(alias_of__isnull=False).exclude(
        locale_id=F("alias_of__locale_id")
    )


class DraftsEverywhereTests(TestCase):
    def test_every_snippet_type_has_drafts_locking_and_the_review_workflow(self):
        """A snippet type added later without them fails here."""
        for model in get_snippet_models():
            with self.subTest(model=model.__name__):
                for mixin in (
                    DraftStateMixin,
                    RevisionMixin,
                    LockableMixin,
                    WorkflowMixin,
                ):
                    self.assertTrue(issubclass(model, mixin), mixin.__name__)
                self.assertEqual(model.get_default_workflow().name, "Editorial review")


class TranslatorPathsTests(LiveSiteMixin, TestCase):
    """A translator alone can change nothing visitors see."""

    def assert_french_unchanged_until_approved(self, new_text):
        page = reloaded(self.toolbox_fr)
        self.assertTrue(page.workflow_in_progress)
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, LIVE_FRENCH))
        self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, new_text))
        self.approve(page)
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, new_text))
        self.assertEqual(reloaded(page).live_revision.user, self.translator)

    def test_an_edited_segment_of_a_live_page_waits_for_the_publisher(self):
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "NEW", "Trust-building")
        self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, "NEW Trust-building"))
        self.submit_translation(self.toolbox_fr, self.translator)
        page = reloaded(self.toolbox_fr)
        # The row visitors see is the published revision, not the submission.
        self.assertEqual(page.summary, LIVE_FRENCH)
        self.assertEqual(page.live_revision, page.get_latest_revision().get_previous())
        self.assert_french_unchanged_until_approved("NEW Trust-building")

    def test_a_po_file_upload_waits_for_the_publisher(self):
        translation = self.translation_of(self.toolbox)
        self.as_user(self.translator)
        download = self.client.get(
            f"/admin/localize/translate/{translation.pk}/pofile/download/"
        )
        po = polib.pofile(download.content.decode())
        for entry in po:
            if "Trust-building" in entry.msgid:
                entry.msgstr = "PO Dialogue de confiance."
        upload = SimpleUploadedFile("fr.po", str(po).encode())
        self.post(
            f"/admin/localize/translate/{translation.pk}/pofile/upload/",
            {"file": upload, "next": self.edit_url(self.toolbox_fr)},
        )
        self.submit_translation(self.toolbox_fr, self.translator)
        self.assert_french_unchanged_until_approved("PO Dialogue de confiance.")

    def test_machine_translation_waits_for_the_publisher(self):
        self.toolbox.summary = "Listening comes first."
        self.toolbox.save_revision().publish()
        translation = self.translation_of(self.toolbox)
        self.as_user(self.translator)
        self.post(f"/admin/localize/translate/{translation.pk}/machine_translate/")
        self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, "Listening"))
        self.submit_translation(self.toolbox_fr, self.translator)
        page = reloaded(self.toolbox_fr)
        self.assertTrue(page.workflow_in_progress)
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, LIVE_FRENCH))

    def test_requested_changes_leave_the_live_text_live(self):
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "NEW", "Trust-building")
        self.submit_translation(self.toolbox_fr, self.translator)
        self.request_changes(self.toolbox_fr, "Use « vous ».")
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, LIVE_FRENCH))
        page = reloaded(self.toolbox_fr)
        self.assertEqual(page.live_revision, page.get_latest_revision().get_previous())

        self.as_user(self.translator)
        response = self.client.get(self.edit_url(page))
        self.assertContains(response, "Use « vous ».")

    def test_segments_are_frozen_while_in_review_and_approval_publishes_the_submission(
        self,
    ):
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "NEW", "Trust-building")
        self.submit_translation(self.toolbox_fr, self.translator)
        for user in (self.translator, self.publisher):
            (response,) = self.edit_segments(
                translation, user, "LATER", "Trust-building"
            )
            self.assertEqual(response.status_code, 403)
        self.as_user(self.translator)
        response = self.post(
            f"/admin/localize/translate/{translation.pk}/machine_translate/"
        )
        self.assertEqual(response.status_code, 403)
        self.approve(self.toolbox_fr)
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, "NEW Trust-building"))
        self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, "LATER"))

    def test_a_withdrawn_translation_can_change_and_is_submitted_again(self):
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "NEW", "Trust-building")
        self.submit_translation(self.toolbox_fr, self.translator)
        self.as_user(self.translator)
        self.post(self.edit_url(self.toolbox_fr), {"action": "withdraw"})
        self.assertFalse(reloaded(self.toolbox_fr).workflow_in_progress)
        (response,) = self.edit_segments(
            translation, self.translator, "LATER", "Trust-building"
        )
        self.assertIn(response.status_code, (200, 201))
        self.submit_translation(self.toolbox_fr, self.translator)
        self.assert_french_unchanged_until_approved("LATER Trust-building")

    def test_a_translator_cannot_publish_or_convert_to_an_alias(self):
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "NEW", "Trust-building")
        self.as_user(self.translator)
        for url, data in (
            (self.edit_url(self.toolbox_fr), {"action": "publish"}),
            (self.edit_url(self.toolbox_fr), {"localize-convert-to-alias": "1"}),
            (f"/admin/localize/page/{self.toolbox_fr.pk}/convert_to_alias/", {}),
            (f"/admin/pages/{self.toolbox_fr.pk}/unpublish/", {}),
        ):
            response = self.post(url, data)
            self.assertIn(response.status_code, (302, 403), url)
        page = reloaded(self.toolbox_fr)
        self.assertIsNone(page.alias_of_id)
        self.assertTrue(page.live)
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, LIVE_FRENCH))

    def test_the_editor_offers_no_alias_and_no_publish_to_a_translator(self):
        self.as_user(self.translator)
        response = self.client.get(self.edit_url(self.toolbox_fr))
        self.assertEqual(response.status_code, 200)
        content = response.content.decode()
        self.assertNotIn("convert_to_alias", content)
        self.assertIn("&quot;canPublish&quot;: false", content)
        self.assertNotIn(f"/admin/pages/{self.toolbox.pk}/edit/", content)

    def test_a_snippet_edited_after_stopping_sync_waits_for_the_publisher(self):
        translation = self.translation_of(self.theme)
        self.as_user(self.translator)
        self.post(
            f"/admin/localize/translate/{translation.pk}/disable/",
            {"next": self.edit_url(self.theme_fr)},
        )
        response = self.post(
            self.edit_url(self.theme_fr),
            {
                "name": "Parents (non relu)",
                "slug": "migrant-parents",
                "description": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        self.assertEqual(
            Theme.objects.get(pk=self.theme_fr.pk).name, "FR Migrant parents"
        )
        self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, "non relu"))
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, "FR Migrant parents"))

        self.as_user(self.translator)
        self.post(
            self.edit_url(self.theme_fr),
            {
                "name": "Parents (relu)",
                "slug": "migrant-parents",
                "description": "",
                "action-submit": "1",
            },
        )
        self.approve(self.theme_fr)
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, "Parents (relu)"))


class StaffPathsTests(LiveSiteMixin, TestCase):
    """Communications staff alone change nothing visitors see."""

    def test_translating_a_page_does_not_publish_its_snippets_translations(self):
        theme_translation = self.translation_of(self.theme)
        self.edit_segments(theme_translation, self.translator, "UNREVIEWED")
        toolbox = ToolboxPageFactory(
            parent=self.index, title="Listening", slug="listening", theme=self.theme
        )
        self.as_user(self.staff)
        response = self.post(
            f"/admin/localize/submit/page/{toolbox.pk}/",
            {"locales": [self.french.pk]},
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, "UNREVIEWED"))
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, "FR Migrant parents"))
        theme = Theme.objects.get(pk=self.theme_fr.pk)
        self.assertEqual(theme.name, "FR Migrant parents")
        self.assertTrue(theme.live)
        self.assertIn("UNREVIEWED", theme.get_latest_revision_as_object().name)

    def test_translating_under_an_untranslated_parent_makes_no_alias(self):
        self.as_user(self.staff)
        response = self.post(
            f"/admin/localize/submit/page/{self.toolbox.pk}/",
            {"locales": [Locale.objects.get(language_code="nl").pk]},
        )
        self.assertEqual(response.status_code, 302)
        self.assertFalse(cross_language_aliases().exists())
        dutch = Page.objects.filter(locale__language_code="nl")
        self.assertEqual(dutch.count(), 3)  # home, index and toolbox, as drafts
        self.assertFalse(dutch.filter(live=True).exists())
        for url in ("/nl/", "/nl/toolboxes/", "/nl/toolboxes/parenting/"):
            self.assertEqual(self.visitor_page(url).status_code, 404, url)
        self.assertNotIn(b"/nl/", self.visitor_page("/sitemap-pages.xml").content)

    def test_new_snippet_translations_are_drafts(self):
        theme = ThemeFactory(name="Unaccompanied children", slug="children")
        self.as_user(self.staff)
        self.post(
            f"/admin/localize/submit/snippet/home/theme/{theme.pk}/",
            {"locales": [self.french.pk]},
        )
        french = theme.get_translation(self.french)
        self.assertFalse(french.live)
        Theme.objects.filter(pk=french.pk).update(name="Enfants (brouillon)")
        response = self.visitor_page("/fr/toolboxes/")
        self.assertNotContains(response, "brouillon")
        # Until a publisher approves the French name, the English one shows,
        # marked as English.
        self.assertContains(
            response, '<option value="children" lang="en">Unaccompanied children'
        )

    def test_a_renamed_english_theme_waits_for_the_publisher(self):
        self.as_user(self.staff)
        for action in ({}, {"action-publish": "1"}):
            self.post(
                self.edit_url(self.theme),
                {
                    "name": "Parents on the move",
                    "slug": "migrant-parents",
                    "description": "",
                    **action,
                },
            )
        self.assertEqual(Theme.objects.get(pk=self.theme.pk).name, "Migrant parents")
        self.assertFalse(self.visitor_sees(TOOLBOX_URL, "Parents on the move"))

        self.post(
            self.edit_url(self.theme),
            {
                "name": "Parents on the move",
                "slug": "migrant-parents",
                "description": "",
                "action-submit": "1",
            },
        )
        self.approve(self.theme)
        self.assertTrue(self.visitor_sees(TOOLBOX_URL, "Parents on the move"))

    def test_a_new_english_theme_waits_for_the_publisher(self):
        self.as_user(self.staff)
        self.post(
            "/admin/snippets/home/theme/add/",
            {"name": "Older migrants", "slug": "older-migrants", "description": ""},
        )
        theme = Theme.objects.get(slug="older-migrants")
        self.assertFalse(theme.live)
        self.assertNotContains(self.visitor_page("/en/toolboxes/"), "Older migrants")

    def test_staff_cannot_publish_a_page_by_any_button(self):
        self.as_user(self.staff)
        form = toolbox_form(self.toolbox, summary="Unreviewed summary.")
        for data in (
            {**form, "action-publish": "1"},
            {**form, "action-workflow-action": "1", "workflow-action-name": "approve"},
        ):
            self.post(self.edit_url(self.toolbox), data)
        self.post(
            "/admin/bulk/wagtailcore/page/publish/",
            {"id": [self.toolbox.pk]},
        )
        revision = reloaded(self.toolbox).get_latest_revision()
        self.post(
            f"/admin/pages/{self.toolbox.pk}/revisions/{revision.pk}/revert/",
            {**form, "action-publish": "1"},
        )
        self.assertFalse(self.visitor_sees(TOOLBOX_URL, "Unreviewed summary."))


class PublisherPathsTests(LiveSiteMixin, TestCase):
    """Even a publisher cannot put English under another language's URL."""

    def test_sync_translated_pages_never_publishes(self):
        self.toolbox.summary = "A new English summary."
        self.toolbox.save_revision().publish()
        source = self.translation_of(self.toolbox).source
        self.as_user(self.publisher)
        form = self.client.get(f"/admin/localize/update/{source.pk}/")
        self.assertNotContains(form, "Publish immediately")
        self.assertNotContains(form, 'type="checkbox" name="publish_translations"')
        response = self.post(
            f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
        )
        self.assertEqual(response.status_code, 403)
        self.post(f"/admin/localize/update/{source.pk}/", {})
        self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, "A new English"))
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, LIVE_FRENCH))

    def test_publishing_an_incomplete_translation_is_refused(self):
        self.toolbox.summary = "A new English summary."
        self.toolbox.save_revision().publish()
        self.as_user(self.publisher)
        self.post(self.edit_url(self.toolbox_fr), {"action": "publish"})
        self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, "A new English"))
        self.assertTrue(self.visitor_sees(FRENCH_TOOLBOX_URL, LIVE_FRENCH))

    def test_drafts_holding_english_text_cannot_be_published_in_bulk(self):
        self.as_user(self.staff)
        self.post(
            f"/admin/localize/submit/page/{self.toolbox.pk}/",
            {"locales": [Locale.objects.get(language_code="nl").pk]},
        )
        dutch = list(Page.objects.filter(locale__language_code="nl"))
        self.as_user(self.publisher)
        query = "&".join(f"id={page.pk}" for page in dutch)
        self.post(f"/admin/bulk/wagtailcore/page/publish/?{query}", {})
        self.assertFalse(Page.objects.filter(locale__language_code="nl", live=True))
        for url in ("/nl/", "/nl/toolboxes/", "/nl/toolboxes/parenting/"):
            self.assertEqual(self.visitor_page(url).status_code, 404, url)

    def test_an_english_page_cannot_be_copied_into_the_french_tree(self):
        self.as_user(self.publisher)
        response = self.post(
            f"/admin/pages/{self.toolbox.pk}/copy/",
            {
                "new_title": "Parenting copy",
                "new_slug": "parenting-copy",
                "new_parent_page": self.index_fr.pk,
                "publish_copies": "on",
            },
        )
        self.assertEqual(response.status_code, 200)  # the form, with the error
        self.assertFalse(Page.objects.filter(slug="parenting-copy").exists())
        self.assertEqual(
            self.visitor_page("/fr/toolboxes/parenting-copy/").status_code, 404
        )

    def test_an_english_page_cannot_be_moved_into_the_french_tree(self):
        self.as_user(self.publisher)
        self.post(
            f"/admin/pages/{self.toolbox.pk}/move/{self.index_fr.pk}/confirm/",
        )
        self.assertEqual(reloaded(self.toolbox).get_parent().pk, self.index.pk)


class LanguagesTogetherTests(LiveSiteMixin, TestCase):
    """A translation never goes live before its English version."""

    def draft_english_with_french_in_review(self):
        toolbox = ToolboxPageFactory(
            parent=self.index, title="Listening", slug="listening", live=False
        )
        localize(toolbox, "fr", publish=False)
        french = toolbox.get_translation(self.french).specific
        self.submit_translation(french, self.translator)
        return toolbox, reloaded(french)

    def test_a_translation_of_an_unpublished_page_cannot_be_approved(self):
        toolbox, french = self.draft_english_with_french_in_review()
        self.assertTrue(french.workflow_in_progress)
        self.as_user(self.publisher)
        response = self.client.get(self.edit_url(french))
        self.assertNotContains(response, "Approve and publish")
        self.assertContains(response, "The English version is not live yet")
        response = self.approve(french)  # forged: the button is not there
        self.assertIn(response.status_code, (302, 403))
        self.as_user(self.publisher)
        self.post(self.edit_url(french), {"action": "publish"})
        self.assertFalse(reloaded(french).live)
        self.assertEqual(self.visitor_page("/fr/toolboxes/listening/").status_code, 404)

    def test_a_translation_approved_before_a_scheduled_english_page_waits_for_it(self):
        toolbox, french = self.draft_english_with_french_in_review()
        launch = timezone.now() + timezone.timedelta(days=1)
        toolbox.go_live_at = launch
        toolbox.save_revision().publish()
        self.assertFalse(reloaded(toolbox).live)
        self.approve(french)
        french = reloaded(french)
        self.assertFalse(french.live)
        self.assertEqual(french.scheduled_revision.approved_go_live_at, launch)

        # The English launch is cancelled: the French one too.
        self.as_user(self.publisher)
        response = self.post(
            f"/admin/pages/{toolbox.pk}/revisions/"
            f"{reloaded(toolbox).scheduled_revision.pk}/unschedule/",
        )
        self.assertEqual(response.status_code, 302)
        self.assertIsNone(reloaded(french).scheduled_revision)

    def test_scheduled_publishing_never_publishes_a_translation_first(self):
        toolbox, french = self.draft_english_with_french_in_review()
        past = timezone.now() - timezone.timedelta(minutes=5)
        revision = french.get_latest_revision()
        revision.approved_go_live_at = past
        revision.save()
        call_command("publish_scheduled", stdout=io.StringIO())
        self.assertFalse(reloaded(french).live)
        self.assertEqual(self.visitor_page("/fr/toolboxes/listening/").status_code, 404)

        # With both due, English goes first and French follows.
        revision.approved_go_live_at = past
        revision.save()
        english = reloaded(toolbox).save_revision()
        english.approved_go_live_at = past
        english.save()
        call_command("publish_scheduled", stdout=io.StringIO())
        self.assertTrue(reloaded(toolbox).live)
        self.assertTrue(reloaded(french).live)

    def test_unpublishing_the_english_page_unpublishes_its_translations(self):
        self.as_user(self.publisher)
        self.post(f"/admin/pages/{self.toolbox.pk}/unpublish/")
        self.assertFalse(reloaded(self.toolbox_fr).live)
        self.assertEqual(self.visitor_page(FRENCH_TOOLBOX_URL).status_code, 404)

    def test_bulk_unpublishing_the_english_page_unpublishes_its_translations(self):
        self.as_user(self.publisher)
        self.post(
            "/admin/bulk/wagtailcore/page/unpublish/?id=" + str(self.toolbox.pk),
            {"include_descendants": ""},
        )
        self.assertFalse(reloaded(self.toolbox).live)
        self.assertEqual(self.visitor_page(FRENCH_TOOLBOX_URL).status_code, 404)

    def test_bulk_actions_on_an_english_page_and_its_translation_together(self):
        self.as_user(self.publisher)
        query = f"id={self.toolbox.pk}&id={self.toolbox_fr.pk}"
        self.post(
            f"/admin/bulk/wagtailcore/page/unpublish/?{query}",
            {"include_descendants": ""},
        )
        self.assertFalse(reloaded(self.toolbox).live)
        self.assertFalse(reloaded(self.toolbox_fr).live)
        self.post(f"/admin/bulk/wagtailcore/page/delete/?{query}", {})
        self.assertFalse(ToolboxPage.objects.filter(slug="parenting").exists())

    def test_deleting_the_english_page_deletes_its_translations(self):
        self.as_user(self.publisher)
        self.post(f"/admin/pages/{self.toolbox.pk}/delete/", {"confirm_site_name": ""})
        self.assertFalse(ToolboxPage.objects.filter(slug="parenting").exists())
        self.assertEqual(self.visitor_page(FRENCH_TOOLBOX_URL).status_code, 404)

    def test_a_french_theme_shows_only_while_its_english_theme_is_live(self):
        self.theme.unpublish()
        response = self.visitor_page(FRENCH_TOOLBOX_URL)
        self.assertNotContains(response, "FR Migrant parents")


class ForgedRequestsTests(LiveSiteMixin, TestCase):
    """Every role, every publishing endpoint, forged: nothing changes publicly."""

    def test_no_role_but_publishers_can_publish_by_any_endpoint(self):
        translation = self.translation_of(self.toolbox)
        self.edit_segments(translation, self.translator, "FORGED", "Trust-building")
        self.submit_translation(self.toolbox_fr, self.translator)
        french = reloaded(self.toolbox_fr)
        task_state = french.current_workflow_state.current_task_state
        theme_translation = self.translation_of(self.theme)
        endpoints = [
            (self.edit_url(french), {"action": "publish"}),
            (
                f"/admin/pages/workflow/action/{french.pk}/approve/{task_state.pk}/",
                {},
            ),
            ("/admin/bulk/wagtailcore/page/publish/?id=" + str(french.pk), {}),
            (
                f"/admin/localize/update/{translation.source.pk}/",
                {"publish_translations": "on"},
            ),
            (f"/admin/localize/page/{french.pk}/convert_to_alias/", {}),
            (self.edit_url(self.theme_fr), {"action": "publish"}),
            (
                f"/admin/localize/translate/{theme_translation.pk}/disable/",
                {},
            ),
            (
                snippet_url(self.theme, "edit"),
                {"name": "FORGED", "slug": "migrant-parents", "action-publish": "1"},
            ),
        ]
        for user in (self.staff, self.translator, self.german, self.nobody):
            for url, data in endpoints:
                with self.subTest(user=user.username, url=url):
                    self.as_user(user)
                    self.post(url, data)
                    self.assertFalse(self.visitor_sees(FRENCH_TOOLBOX_URL, "FORGED"))
                    self.assertFalse(self.visitor_sees(TOOLBOX_URL, "FORGED"))
                    self.assertTrue(reloaded(french).workflow_in_progress)
        self.assertFalse(cross_language_aliases().exists())

    def test_a_user_without_a_group_cannot_reach_the_admin(self):
        self.as_user(self.nobody)
        response = self.client.get("/admin/")
        self.assertEqual(response.status_code, 302)
        self.assertIn("/admin/login/", response["Location"])
