"""Every role × every admin action × English, French and Arabic (deliverable 7).

Each cell is tried through the admin's own URLs as that person, and reads
what they get: sent to the sign-in page, refused, or done. Actions that
change something run in a savepoint rolled back after the cell, and "done"
is read from the database and the public site, not only from the status.
The site, roles and steps come from tests/editorial/story.py.
"""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.test import TestCase

import wagtail_factories
from wagtail.models import Collection, Site, Workflow

from tests.editorial.story import LiveSiteMixin, reloaded, snippet_url, toolbox_form
from tests.factories.content import DocumentFactory
from tests.factories.editorial import localize, make_user

LOGIN, DENIED, DONE = "sign-in page", "refused", "done"
LOCALES = ["en", "fr", "ar"]
# The translator groups of home/editorial/migrations/0002_roles_and_workflow.py.
TRANSLATOR_GROUPS = {
    "fr": "French",
    "nl": "Dutch",
    "de": "German",
    "it": "Italian",
    "sv": "Swedish",
    "ar": "Arabic",
}
TRANSLATORS = {f"translator-{code}": code for code in TRANSLATOR_GROUPS}
ROLES = ["anonymous", "no group", "staff", "publisher", *TRANSLATORS, "administrator"]

# Which roles may do what, as DESIGN.md describes them. "own" means: only in
# the locales of the role's group (staff: English; a translator: theirs).
EDITING = {"staff": "own", "publisher": "all", "translator": "own"}
RULES = {
    "view explorer": {"staff": "all", "publisher": "all", "translator": "all"},
    "create page": {"staff": "own", "publisher": "all"},
    "edit": EDITING,
    "save draft": EDITING,
    "submit for review": EDITING,
    "publish": {"publisher": "all"},
    "unpublish": {"publisher": "all"},
    "delete": {"publisher": "all"},
    "move": {"publisher": "all"},
    "copy": {"staff": "own", "publisher": "all"},
    "approve in workflow": {"publisher": "all"},
    "translate": {"staff": "all", "publisher": "all"},
    "edit snippet": EDITING,
    # Images, documents, users and settings belong to no locale. Media that
    # no live content uses may be changed or deleted by whoever may upload
    # (home/editorial/media.py; tests/editorial/test_media.py covers media
    # in use, which only publishers change).
    "upload image": {"staff": "all", "publisher": "all"},
    "replace image": {"staff": "all", "publisher": "all"},
    "delete image": {"staff": "all", "publisher": "all"},
    "upload document": {"staff": "all", "publisher": "all"},
    "replace document": {"staff": "all", "publisher": "all"},
    "delete document": {"staff": "all", "publisher": "all"},
    "manage users": {},
    "manage groups": {},
    "edit site settings": {},
}
CHANGES_VISITORS_COULD_SEE = {
    "save draft",
    "submit for review",
    "publish",
    "unpublish",
    "delete",
    "copy",
    "approve in workflow",
}
UNLOCALIZED = {name for name in RULES if "image" in name or "document" in name} | {
    "manage users",
    "manage groups",
    "edit site settings",
}


def expected(role, action, language):
    if role in {"anonymous", "no group"}:
        return LOGIN  # no admin access at all (403 for the editor's PUTs)
    if role == "administrator":
        return DONE
    kind = "translator" if role in TRANSLATORS else role
    scope = RULES[action].get(kind)
    own = TRANSLATORS.get(role, "en")
    if scope == "all" or (scope == "own" and language == own):
        return DONE
    return DENIED


class PermissionMatrixTests(LiveSiteMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.pages = {"en": cls.toolbox, "fr": cls.toolbox_fr}
        cls.indexes = {"en": cls.index, "fr": cls.index_fr}
        cls.themes = {"en": cls.theme, "fr": cls.theme_fr}
        localize(cls.home, "ar")
        cls.indexes["ar"] = localize(cls.index, "ar")
        cls.pages["ar"] = localize(cls.toolbox, "ar")
        cls.themes["ar"] = localize(cls.theme, "ar")
        cls.users = {
            "no group": cls.nobody,
            "staff": cls.staff,
            "publisher": cls.publisher,
            "translator-fr": cls.translator,
            "translator-de": cls.german,
            "administrator": get_user_model().objects.create_superuser(
                "administrator", "administrator@example.org", "x"
            ),
        }
        for role, code in TRANSLATORS.items():
            if role not in cls.users:
                group = f"Translators ({TRANSLATOR_GROUPS[code]})"
                cls.users[role] = make_user(role, group)
        cls.document = DocumentFactory(title="Leaflet")
        cls.image = wagtail_factories.ImageFactory(
            title="Portrait", collection=Collection.get_first_root_node()
        )
        cls.site = Site.objects.get(is_default_site=True)

    # Acting ----------------------------------------------------------------

    def act(self, role, action, language):
        """What `role` gets when trying `action` on the `language` version."""
        self.client.logout()
        if role != "anonymous":
            self.client.force_login(self.users[role])
        step = getattr(self, "do_" + action.replace(" ", "_"))
        with transaction.atomic():
            outcome = step(language)
            if outcome != DONE and action in CHANGES_VISITORS_COULD_SEE:
                self.assertEqual(
                    self.live_page(language), self.before[language], (role, action)
                )
            transaction.set_rollback(True)
        if action in CHANGES_VISITORS_COULD_SEE:
            # What was cached for visitors meanwhile is not rolled back.
            cache.clear()
        return outcome

    def live_page(self, language):
        """The toolbox's content as visitors get it in `language`."""
        response = self.visitor_page(f"/{language}/toolboxes/parenting/")
        return response.content.decode().split("<main", 1)[-1]

    def seen(self, response, done):
        """Sign-in page, refusal (403, or Wagtail's redirect to the dashboard
        with "permission denied"), or done as `done` says."""
        location = response.get("Location", "")
        if response.status_code == 302 and "/admin/login/" in location:
            return LOGIN
        if response.status_code == 403 and not response.wsgi_request.user.has_perm(
            "wagtailadmin.access_admin"
        ):
            return LOGIN  # Wagtail answers requests other than GET with 403
        if done(response):
            return DONE
        self.assertIn(response.status_code, {200, 302, 403, 404}, response)
        return DENIED

    def get(self, url):
        return self.seen(self.client.get(url), lambda r: r.status_code == 200)

    def page(self, language):
        return self.pages[language]

    def do_view_explorer(self, language):
        return self.get(f"/admin/pages/{self.indexes[language].pk}/")

    def do_create_page(self, language):
        return self.get(
            f"/admin/pages/add/toolbox/toolboxpage/{self.indexes[language].pk}/"
        )

    def do_edit(self, language):
        return self.get(f"/admin/pages/{self.page(language).pk}/edit/")

    def save(self, language, action=None):
        """The edit form posted (English), or the translation editor's
        action (translations), as the admin's buttons do."""
        page = self.page(language)
        before = page.revisions.count()
        if language == "en":
            data = toolbox_form(page, summary="Changed in the matrix.")
            if action:
                data[action] = "on"
        else:
            data = {"action": action or "save"}
            if action is None:
                return self.save_segment(language, before)
        response = self.post(f"/admin/pages/{page.pk}/edit/", data)
        return response, reloaded(page), before

    def save_segment(self, language, before):
        translation = self.translation_of(self.toolbox, self.pages[language].locale)
        segment = translation.source.stringsegment_set.first()
        response = self.client.put(
            f"/admin/localize/translate/{translation.pk}/strings/{segment.pk}/edit/",
            f"value={language}+changed",
            content_type="application/x-www-form-urlencoded",
        )
        return self.seen(response, lambda r: r.status_code == 200)

    def do_save_draft(self, language):
        result = self.save(language)
        if isinstance(result, str):
            return result
        response, page, before = result
        return self.seen(response, lambda r: page.revisions.count() > before)

    def do_submit_for_review(self, language):
        if language == "en":
            response, page, _before = self.save(language, "action-submit")
        else:
            response, page, _before = self.save(language, "submit-for-review")
        return self.seen(response, lambda r: page.workflow_in_progress)

    def do_publish(self, language):
        if language == "en":
            response, page, _before = self.save(language, "action-publish")
            url = "/en/toolboxes/parenting/"
            text = "Changed in the matrix."
            return self.seen(response, lambda r: self.visitor_sees(url, text))
        # A translation waiting for review, published from its editor.
        page = self.page(language)
        Workflow.objects.get(name="Editorial review").start(
            page, self.users["administrator"]
        )
        response = self.post(f"/admin/pages/{page.pk}/edit/", {"action": "publish"})
        page = reloaded(page)
        return self.seen(response, lambda r: not page.workflow_in_progress)

    def do_unpublish(self, language):
        page = self.page(language)
        response = self.post(f"/admin/pages/{page.pk}/unpublish/", {})
        return self.seen(response, lambda r: not reloaded(page).live)

    def do_delete(self, language):
        page = self.page(language)
        response = self.post(
            f"/admin/pages/{page.pk}/delete/", {"confirm_site_name": ""}
        )
        model = type(page)
        return self.seen(
            response, lambda r: not model.objects.filter(pk=page.pk).exists()
        )

    def do_move(self, language):
        return self.get(f"/admin/pages/{self.page(language).pk}/move/")

    def do_copy(self, language):
        page = self.page(language)
        response = self.post(
            f"/admin/pages/{page.pk}/copy/",
            {
                "new_title": "Copied in the matrix",
                "new_slug": "copied-in-the-matrix",
                "new_parent_page": self.indexes[language].pk,
            },
        )
        copies = type(page).objects.filter(slug="copied-in-the-matrix")
        return self.seen(response, lambda r: copies.exists())

    def do_approve_in_workflow(self, language):
        page = self.page(language)
        Workflow.objects.get(name="Editorial review").start(
            page, self.users["administrator"]
        )
        task_state = reloaded(page).current_workflow_state.current_task_state
        response = self.post(
            f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {}
        )
        return self.seen(response, lambda r: not reloaded(page).workflow_in_progress)

    def do_translate(self, language):
        """English: send for translation; translations: update (sync) them
        from the English page."""
        if language == "en":
            return self.get(f"/admin/localize/submit/page/{self.toolbox.pk}/")
        source = self.translation_of(self.toolbox, self.page(language).locale).source
        return self.get(f"/admin/localize/update/{source.pk}/")

    def do_edit_snippet(self, language):
        return self.get(snippet_url(self.themes[language], "edit"))

    def do_upload_image(self, language):
        return self.get("/admin/images/multiple/add/")

    def do_replace_image(self, language):
        return self.get(f"/admin/images/{self.image.pk}/")

    def do_delete_image(self, language):
        response = self.post(f"/admin/images/{self.image.pk}/delete/")
        model = type(self.image)
        return self.seen(
            response, lambda r: not model.objects.filter(pk=self.image.pk).exists()
        )

    def do_upload_document(self, language):
        return self.get("/admin/documents/multiple/add/")

    def do_replace_document(self, language):
        return self.get(f"/admin/documents/edit/{self.document.pk}/")

    def do_delete_document(self, language):
        response = self.post(f"/admin/documents/delete/{self.document.pk}/")
        model = type(self.document)
        return self.seen(
            response, lambda r: not model.objects.filter(pk=self.document.pk).exists()
        )

    def do_manage_users(self, language):
        return self.get("/admin/users/")

    def do_manage_groups(self, language):
        return self.get("/admin/groups/")

    def do_edit_site_settings(self, language):
        return self.get(f"/admin/settings/home/sitesettings/{self.site.pk}/")

    # The matrix ------------------------------------------------------------

    def test_every_role_gets_what_its_role_allows(self):
        """And whatever a role may not do leaves what visitors see as it was."""
        self.before = {language: self.live_page(language) for language in LOCALES}
        self.assertIn("FR Trust-building dialogue", self.before["fr"])
        self.assertIn("AR Trust-building dialogue", self.before["ar"])
        wrong = []
        for action in RULES:
            languages = ["en"] if action in UNLOCALIZED else LOCALES
            for language in languages:
                for role in ROLES:
                    want = expected(role, action, language)
                    got = self.act(role, action, language)
                    if got != want:
                        wrong.append(
                            f"{role} / {action} / {language}: {got}, not {want}"
                        )
        self.assertEqual(wrong, [])
