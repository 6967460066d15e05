"""Two editors on one page (deliverable 8): the second is told of the first's
newer version before overwriting it, and a locked page refuses everyone but
the person who locked it."""

from django.contrib.contenttypes.models import ContentType
from django.test import Client, TestCase

from bs4 import BeautifulSoup

from tests.editorial.story import LiveSiteMixin, reloaded, toolbox_form
from tests.factories.editorial import make_user


class EditConflictTests(LiveSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.colleague = make_user("staff-2", "Communications staff")

    def open_editor(self, user):
        """A client with the edit view open, and the revision it loaded."""
        client = Client()
        client.force_login(user)
        response = client.get(f"/admin/pages/{self.toolbox.pk}/edit/")
        self.assertEqual(response.status_code, 200)
        soup = BeautifulSoup(response.content, "html.parser")
        loaded = {
            name: soup.find("input", {"name": name})["value"]
            for name in ["loaded_revision_id", "loaded_revision_created_at"]
        }
        return client, loaded

    def save(self, client, loaded, summary, **extra):
        data = toolbox_form(self.toolbox, summary=summary)
        data.update(loaded)
        with self.captureOnCommitCallbacks(execute=True):
            return client.post(f"/admin/pages/{self.toolbox.pk}/edit/", data, **extra)

    def ping(self, client, revision_id):
        content_type = ContentType.objects.get_for_model(type(self.toolbox))
        return client.post(
            f"/admin/editing-sessions/ping/{content_type.app_label}/"
            f"{content_type.model}/{self.toolbox.pk}/0/",
            {"revision_id": revision_id, "is_editing": "1"},
        ).json()

    def test_the_second_editor_is_told_of_the_first_editors_newer_version(self):
        first, loaded = self.open_editor(self.staff)
        second, stale = self.open_editor(self.colleague)
        self.assertEqual(loaded, stale)
        self.assertEqual(
            self.save(first, loaded, "First editor's text.").status_code, 302
        )
        newest = reloaded(self.toolbox).latest_revision

        # The second editor's page asks every 10 s; the answer names the first.
        answer = self.ping(second, stale["loaded_revision_id"])
        others = answer["other_sessions"]
        self.assertEqual(others[0]["revision_id"], newest.pk)
        self.assertIn("saved a new version", answer["html"])

        # Saving (autosave, as the page does) over it is refused...
        refused = self.save(
            second, stale, "Second editor's text.", HTTP_ACCEPT="application/json"
        )
        self.assertEqual(refused.status_code, 400)
        self.assertEqual(refused.json()["error_code"], "invalid_revision")
        self.assertEqual(reloaded(self.toolbox).latest_revision, newest)
        self.assertIn("First editor's text.", str(newest.as_object().summary))

    def test_a_locked_page_refuses_the_other_editors_save(self):
        self.as_user(self.publisher)
        self.post(f"/admin/pages/{self.toolbox.pk}/lock/")
        self.assertTrue(reloaded(self.toolbox).locked)
        before = reloaded(self.toolbox).latest_revision

        editor, loaded = self.open_editor(self.staff)
        response = self.save(editor, loaded, "Written while locked.")
        self.assertIn(
            "The page could not be saved as it is locked", response.content.decode()
        )
        self.assertEqual(reloaded(self.toolbox).latest_revision, before)

        # The person who locked it still saves.
        publisher, loaded = self.open_editor(self.publisher)
        self.assertEqual(
            self.save(publisher, loaded, "Publisher's text.").status_code, 302
        )
        self.assertNotEqual(reloaded(self.toolbox).latest_revision, before)
