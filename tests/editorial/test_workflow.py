"""The editorial story, driven through the admin and wagtail-localize endpoints:
nothing goes live in any language without a publisher's approval."""

from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import TestCase

from wagtail.models import Locale, PageLogEntry, TaskState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_localize.models import StringSegment, Translation

from bs4 import BeautifulSoup

from tests.factories.content import ToolboxIndexPageFactory
from tests.factories.editorial import make_user
from tests.factories.home import make_home, translate
from tests.factories.snippets import ThemeFactory
from toolbox.models import ToolboxPage

from .story import AdminActions


class EditorialStoryMixin(AdminActions):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.index = ToolboxIndexPageFactory(parent=cls.home)
        translate(cls.home, "fr")
        translate(cls.index, "fr", title="Boîtes à outils")
        translate(cls.home, "de")
        translate(cls.index, "de", title="Werkzeugkästen")
        cls.theme = ThemeFactory(slug="migrant-parents", name="Migrant parents")
        cls.staff = make_user("staff", "Communications staff")
        cls.publisher = make_user("publisher", "Publishers")
        cls.translator = make_user("translator-fr", "Translators (French)")
        cls.german = make_user("translator-de", "Translators (German)")
        cls.french = Locale.objects.get(language_code="fr")

    # Steps of the story -------------------------------------------------

    def staff_create_and_submit(self):
        self.as_user(self.staff)
        response = self.post(
            f"/admin/pages/add/toolbox/toolboxpage/{self.index.pk}/",
            nested_form_data(
                {
                    "title": "Parenting in a new country",
                    "slug": "parenting",
                    "theme": self.theme.pk,
                    "summary": "Trust-building dialogue with migrant parents.",
                    "audience": "frontline-workers",
                    "introduction": rich_text("What the toolbox contains."),
                    "how_developed": rich_text(""),
                    "steps": inline_formset(
                        [{"title": "Listen first", "text": rich_text("Listen.")}]
                    ),
                    "downloads": inline_formset([]),
                    "related_pages": inline_formset([]),
                    "action-submit": "Submit for review",
                }
            ),
        )
        self.assertEqual(response.status_code, 302)
        return ToolboxPage.objects.get(slug="parenting", locale__language_code="en")

    def approve(self, page):
        task_state = page.current_workflow_state.current_task_state
        self.as_user(self.publisher)
        response = self.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {}
        )
        self.assertIn(response.status_code, (200, 302))

    def request_changes(self, page, comment):
        task_state = page.current_workflow_state.current_task_state
        self.as_user(self.publisher)
        self.post(
            f"/admin/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
            {"comment": comment},
        )

    def submit_for_translation(self, page):
        self.as_user(self.staff)
        response = self.post(
            f"/admin/localize/submit/page/{page.pk}/", {"locales": [self.french.pk]}
        )
        self.assertEqual(response.status_code, 302)
        french = page.get_translation(self.french).specific
        translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale=self.french
        )
        return french, translation

    def fill_segments(self, translation, user, skip=0):
        self.as_user(user)
        segments = list(StringSegment.objects.filter(source=translation.source))
        for segment in segments[skip:]:
            response = self.client.put(
                f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
                urlencode({"value": f"FR {segment.string.data}"}),
                content_type="application/x-www-form-urlencoded",
            )
            self.assertIn(response.status_code, (200, 201), response.content)

    def translator_submit(self, french):
        self.as_user(self.translator)
        return self.post(
            f"/admin/pages/{french.pk}/edit/", {"action": "submit-for-review"}
        )

    def live_toolbox(self, page):
        page.refresh_from_db()
        return page.live


class EditorialStoryTests(EditorialStoryMixin, TestCase):
    def test_staff_submission_waits_for_a_publisher(self):
        page = self.staff_create_and_submit()
        self.assertFalse(page.live)
        self.assertTrue(page.workflow_in_progress)
        self.assertEqual(self.client.get("/en/toolboxes/parenting/").status_code, 404)

        # A forged publish by staff is refused.
        self.as_user(self.staff)
        self.post(
            f"/admin/pages/{page.pk}/edit/",
            nested_form_data(
                {
                    "title": "Parenting in a new country",
                    "slug": "parenting",
                    "theme": self.theme.pk,
                    "summary": "Forged.",
                    "audience": "frontline-workers",
                    "introduction": rich_text("x"),
                    "how_developed": rich_text(""),
                    "steps": inline_formset([{"title": "x", "text": rich_text("x")}]),
                    "downloads": inline_formset([]),
                    "related_pages": inline_formset([]),
                    "action-publish": "publish",
                }
            ),
        )
        self.assertFalse(self.live_toolbox(page))

        self.approve(page)
        self.assertTrue(self.live_toolbox(page))
        self.client.logout()
        self.assertEqual(self.client.get("/en/toolboxes/parenting/").status_code, 200)
        publish = PageLogEntry.objects.filter(page=page, action="wagtail.publish").get()
        self.assertEqual(publish.user, self.publisher)

    def test_translation_goes_live_only_when_the_publisher_approves(self):
        page = self.staff_create_and_submit()
        self.approve(page)
        french, translation = self.submit_for_translation(page)
        self.assertFalse(french.live)
        self.assertEqual(self.client.get("/fr/toolboxes/parenting/").status_code, 404)

        self.fill_segments(translation, self.translator)
        self.translator_submit(french)
        french.refresh_from_db()
        self.assertTrue(french.workflow_in_progress)
        self.client.logout()
        self.assertEqual(self.client.get("/fr/toolboxes/parenting/").status_code, 404)

        # The publisher reviews it in the translation editor.
        self.as_user(self.publisher)
        response = self.client.get(f"/admin/pages/{french.pk}/edit/")
        self.assertContains(response, "Approve and publish")
        self.assertContains(response, "Request changes")
        self.approve(french)
        self.client.logout()
        response = self.client.get("/fr/toolboxes/parenting/")
        self.assertContains(response, "FR Parenting in a new country")
        publish = PageLogEntry.objects.filter(page=french, action="wagtail.publish")
        self.assertEqual(publish.get().user, self.publisher)

    def test_an_untranslated_segment_blocks_submitting_and_publishing(self):
        page = self.staff_create_and_submit()
        self.approve(page)
        french, translation = self.submit_for_translation(page)
        self.fill_segments(translation, self.translator, skip=1)
        response = self.translator_submit(french)
        self.assertEqual(response.status_code, 302)
        french.refresh_from_db()
        self.assertFalse(french.workflow_in_progress)

        self.as_user(self.publisher)
        self.post(f"/admin/pages/{french.pk}/edit/", {"action": "publish"})
        french.refresh_from_db()
        self.assertFalse(french.live)

    def test_requested_changes_reach_the_translator_who_resubmits(self):
        page = self.staff_create_and_submit()
        self.approve(page)
        french, translation = self.submit_for_translation(page)
        self.fill_segments(translation, self.translator)
        self.translator_submit(french)
        self.request_changes(french, "Please use « vous » throughout.")

        self.as_user(self.translator)
        response = self.client.get(f"/admin/pages/{french.pk}/edit/")
        self.assertContains(response, "Please use « vous » throughout.")
        self.assertContains(response, "Changes requested by")
        self.assertContains(response, "Submit for review")

        self.translator_submit(french)
        french.refresh_from_db()
        state = french.current_workflow_state
        self.assertEqual(state.status, "in_progress")
        self.assertEqual(state.current_task_state.status, TaskState.STATUS_IN_PROGRESS)

    def test_a_translator_works_only_in_their_own_locale(self):
        page = self.staff_create_and_submit()
        self.approve(page)
        french, translation = self.submit_for_translation(page)
        self.as_user(self.staff)
        self.post(
            f"/admin/localize/submit/page/{page.pk}/",
            {"locales": [Locale.objects.get(language_code="de").pk]},
        )
        german = page.get_translation(Locale.objects.get(language_code="de"))
        german_translation = Translation.objects.get(
            source__object_id=page.translation_key, target_locale__language_code="de"
        )
        segment = StringSegment.objects.filter(source=translation.source).first()

        self.as_user(self.translator)
        for target in (german, page):
            self.assertIn(
                self.client.get(f"/admin/pages/{target.pk}/edit/").status_code,
                (302, 403),
            )
        response = self.client.put(
            f"/admin/localize/translate/{german_translation.pk}/strings/{segment.pk}/edit/",
            urlencode({"value": "Hallo"}),
            content_type="application/x-www-form-urlencoded",
        )
        self.assertEqual(response.status_code, 403)
        self.post(f"/admin/pages/{german.pk}/edit/", {"action": "submit-for-review"})
        german.refresh_from_db()
        self.assertFalse(german.workflow_in_progress)

        # Nor publish French, even with every segment translated.
        self.fill_segments(translation, self.translator)
        self.as_user(self.translator)
        response = self.post(f"/admin/pages/{french.pk}/edit/", {"action": "publish"})
        # Wagtail's admin answers a refused permission with a redirect and message.
        self.assertIn(response.status_code, (302, 403))
        french.refresh_from_db()
        self.assertFalse(french.live)

    def test_translators_cannot_edit_snippets_of_other_locales(self):
        german_theme = self.theme.copy_for_translation(
            Locale.objects.get(language_code="de")
        )
        german_theme.save()
        french_theme = self.theme.copy_for_translation(self.french)
        french_theme.save()
        self.as_user(self.translator)
        for theme, allowed in (
            (german_theme, False),
            (self.theme, False),
            (french_theme, True),
        ):
            response = self.client.get(f"/admin/snippets/home/theme/edit/{theme.pk}/")
            self.assertEqual(response.status_code == 200, allowed, theme.locale)
        response = self.post(
            f"/admin/snippets/home/theme/edit/{german_theme.pk}/",
            {"name": "Hacked", "slug": german_theme.slug, "description": ""},
        )
        german_theme.refresh_from_db()
        self.assertNotEqual(german_theme.name, "Hacked")

    def test_an_english_change_marks_french_out_of_date_until_approved(self):
        from home.editorial.status import LIVE, OUT_OF_DATE, translation_state

        page = self.staff_create_and_submit()
        self.approve(page)
        french, translation = self.submit_for_translation(page)
        self.fill_segments(translation, self.translator)
        self.translator_submit(french)
        self.approve(french)
        translation.refresh_from_db()
        self.assertEqual(translation_state(translation)[0], LIVE)

        page.refresh_from_db()
        page.summary = "A new English summary."
        revision = page.save_revision(user=self.publisher)
        with self.captureOnCommitCallbacks(execute=True):
            revision.publish(user=self.publisher)
        translation.refresh_from_db()
        self.assertEqual(translation_state(translation)[0], OUT_OF_DATE)
        self.client.logout()
        response = self.client.get("/fr/toolboxes/parenting/")
        self.assertContains(response, "FR Parenting in a new country")

        self.fill_segments(translation, self.translator)
        self.translator_submit(french)
        self.approve(french)
        translation.refresh_from_db()
        self.assertEqual(translation_state(translation)[0], LIVE)
        self.client.logout()
        self.assertContains(
            self.client.get("/fr/toolboxes/parenting/"), "FR A new English summary."
        )

    def test_sync_with_publish_immediately_needs_publish_rights(self):
        page = self.staff_create_and_submit()
        self.approve(page)
        _french, translation = self.submit_for_translation(page)
        self.as_user(self.staff)
        response = self.client.post(
            f"/admin/localize/update/{translation.source.pk}/",
            {"publish_translations": "on"},
        )
        self.assertEqual(response.status_code, 403)


class RolesTests(TestCase):
    def test_roles_exist_after_migrate(self):
        names = set(Group.objects.values_list("name", flat=True))
        self.assertTrue(
            {
                "Communications staff",
                "Publishers",
                "Translators (French)",
                "Translators (Arabic)",
            }
            <= names
        )
        self.assertNotIn("Editors", names)


class TranslationStatusReportTests(EditorialStoryMixin, TestCase):
    """The status report's states and exports match the database."""

    def test_report_states_and_csv(self):
        import csv
        import io

        page = self.staff_create_and_submit()
        self.approve(page)
        french, translation = self.submit_for_translation(page)
        self.fill_segments(translation, self.translator, skip=1)

        self.as_user(self.publisher)
        response = self.client.get(
            "/admin/reports/translation-status/", {"export": "csv"}
        )
        self.assertEqual(response.status_code, 200)
        content = b"".join(response.streaming_content).decode()
        rows = list(csv.DictReader(io.StringIO(content)))
        states = {(row["Title"], row["Language"]): row["State"] for row in rows}
        self.assertEqual(states[("Parenting in a new country", "fr")], "In progress")
        self.assertEqual(states[("Parenting in a new country", "de")], "Not translated")
        self.assertEqual(states[("Toolboxes", "fr")], "Not translated")

        self.fill_segments(translation, self.translator)
        self.translator_submit(french)
        self.as_user(self.publisher)
        response = self.client.get(
            "/admin/reports/translation-status/", {"state": "awaiting_review"}
        )
        self.assertContains(response, "Parenting in a new country")
        self.assertNotContains(response, "Toolboxes</a>")
        response = self.client.get(
            "/admin/reports/translation-status/", {"export": "xlsx"}
        )
        self.assertEqual(response.status_code, 200)

        self.approve(french)
        self.as_user(self.translator)
        response = self.client.get(
            "/admin/reports/translation-status/", {"locale": "fr", "state": "live"}
        )
        self.assertContains(response, "Parenting in a new country")
        # Translators see only their own language.
        response = self.client.get("/admin/reports/translation-status/")
        soup = BeautifulSoup(response.content, "html.parser")
        languages = {row.select("td")[3].get_text() for row in soup.select("tbody tr")}
        self.assertEqual(languages, {"French"})

    def test_the_dashboard_shows_what_waits_in_the_translators_language(self):
        page = self.staff_create_and_submit()
        self.approve(page)
        self.submit_for_translation(page)
        self.as_user(self.translator)
        response = self.client.get("/admin/")
        self.assertContains(response, "Waiting in your language")
        self.assertContains(response, "Parenting in a new country")


class SnippetReviewTests(EditorialStoryMixin, TestCase):
    def test_a_snippet_translation_goes_live_only_when_a_publisher_approves(self):
        from home.models import Theme

        self.as_user(self.staff)
        response = self.post(
            f"/admin/localize/submit/snippet/home/theme/{self.theme.pk}/",
            {"locales": [self.french.pk]},
        )
        self.assertEqual(response.status_code, 302)
        translation = Translation.objects.get(
            source__object_id=self.theme.translation_key, target_locale=self.french
        )
        french_theme = self.theme.get_translation(self.french)
        self.assertFalse(french_theme.live)
        url = f"/admin/snippets/home/theme/edit/{french_theme.pk}/"
        self.fill_segments(translation, self.translator)

        self.as_user(self.translator)
        self.post(url, {"action": "submit-for-review"})
        french_theme = Theme.objects.get(pk=french_theme.pk)
        self.assertTrue(french_theme.workflow_in_progress)
        self.assertFalse(french_theme.live)
        response = self.post(url, {"action": "publish"})
        self.assertIn(response.status_code, (302, 403))
        self.assertFalse(Theme.objects.get(pk=french_theme.pk).live)

        task_state = french_theme.current_workflow_state.current_task_state
        self.as_user(self.publisher)
        self.post(
            f"/admin/snippets/home/theme/workflow/action/{french_theme.pk}"
            f"/approve/{task_state.pk}/",
            {},
        )
        french_theme = Theme.objects.get(pk=french_theme.pk)
        self.assertTrue(french_theme.live)
        self.assertEqual(french_theme.name, "FR Migrant parents")
        self.assertEqual(french_theme.live_revision.user, self.translator)


class NoAliasTests(EditorialStoryMixin, TestCase):
    def test_translations_cannot_become_aliases_of_english(self):
        page = self.staff_create_and_submit()
        self.approve(page)
        french, _translation = self.submit_for_translation(page)
        self.as_user(self.publisher)
        response = self.post(f"/admin/localize/page/{french.pk}/convert_to_alias/", {})
        self.assertIn(response.status_code, (302, 403))
        french.refresh_from_db()
        self.assertIsNone(french.alias_of_id)


class NotificationTests(EditorialStoryMixin, TestCase):
    def test_publishers_are_emailed_when_something_awaits_review(self):
        from django.core import mail

        self.publisher.email = "publisher@example.org"
        self.publisher.save()
        self.staff.email = "staff@example.org"
        self.staff.save()
        page = self.staff_create_and_submit()
        recipients = [address for message in mail.outbox for address in message.to]
        self.assertIn("publisher@example.org", recipients)

        mail.outbox.clear()
        self.approve(page)
        recipients = [address for message in mail.outbox for address in message.to]
        self.assertIn("staff@example.org", recipients)


class DemoUsersTests(TestCase):
    def test_demo_users_are_never_created_under_production_settings(self):
        import io

        from django.test import override_settings

        from home.demo.loader import DemoLoader
        from home.demo.users import load_users

        output = io.StringIO()
        with override_settings(EQUALCITY_DEMO_USERS=False):
            load_users(DemoLoader(output))
        self.assertFalse(get_user_model().objects.filter(username="staff").exists())
        self.assertIn("not created", output.getvalue())
        load_users(DemoLoader(output))
        staff = get_user_model().objects.get(username="staff")
        self.assertTrue(staff.groups.filter(name="Communications staff").exists())
