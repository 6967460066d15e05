"""A live site in English and French, the editorial roles, and the steps each
role takes in the admin, for the editorial tests.

Every step goes through the admin's own URLs with the test client; what
visitors receive is read at the public URL by an anonymous client.
"""

from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.test import Client

from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_localize.models import StringSegment, Translation

from tests.factories.content import ToolboxIndexPageFactory, ToolboxPageFactory
from tests.factories.editorial import localize, make_user
from tests.factories.home import make_home
from tests.factories.snippets import ThemeFactory

TOOLBOX_URL = "/en/toolboxes/parenting/"
FRENCH_TOOLBOX_URL = "/fr/toolboxes/parenting/"


def toolbox_form(toolbox, **changes):
    """A toolbox's edit form as the admin posts it (one step), with `changes`."""
    data = {
        "title": toolbox.title,
        "slug": toolbox.slug,
        "theme": toolbox.theme_id,
        "summary": toolbox.summary,
        "audience": toolbox.audience,
        "introduction": rich_text("What the toolbox contains."),
        "how_developed": rich_text(""),
        "steps": inline_formset([{"title": "Prepare", "text": rich_text("Do it.")}]),
        "downloads": inline_formset([]),
        "related_pages": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


def snippet_url(instance, view, *args):
    opts = instance._meta
    tail = "/".join(str(arg) for arg in (quote(instance.pk), *args))
    return f"/admin/snippets/{opts.app_label}/{opts.model_name}/{view}/{tail}/"


class AdminActions:
    """Acting in the admin as a user, with on_commit callbacks run."""

    def as_user(self, user):
        self.client.force_login(user)

    def post(self, url, data=None, **extra):
        with self.captureOnCommitCallbacks(execute=True):
            return self.client.post(url, data or {}, **extra)


class LiveSiteMixin(AdminActions):
    """English and French live: home, toolbox index, one toolbox, its theme."""

    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.index = ToolboxIndexPageFactory(parent=cls.home)
        cls.theme = ThemeFactory(name="Migrant parents", slug="migrant-parents")
        cls.toolbox = ToolboxPageFactory(
            parent=cls.index,
            title="Parenting in a new country",
            slug="parenting",
            theme=cls.theme,
            summary="Trust-building dialogue with migrant parents.",
        )
        cls.french = Locale.objects.get(language_code="fr")
        cls.theme_fr = localize(cls.theme, "fr")
        cls.home_fr = localize(cls.home, "fr")
        cls.index_fr = localize(cls.index, "fr")
        cls.toolbox_fr = localize(cls.toolbox, "fr")
        cls.staff = make_user("staff", "Communications staff")
        cls.publisher = make_user("publisher", "Publishers")
        cls.translator = make_user("translator-fr", "Translators (French)")
        cls.german = make_user("translator-de", "Translators (German)")
        cls.nobody = make_user("nobody")

    # What visitors receive ------------------------------------------------

    def visitor_page(self, url):
        """The public page at `url` as an anonymous visitor receives it."""
        return Client().get(url)

    def visitor_sees(self, url, text):
        response = self.visitor_page(url)
        return response.status_code == 200 and text in response.content.decode()

    # Acting in the admin --------------------------------------------------

    def translation_of(self, instance, locale=None):
        return Translation.objects.get(
            source__object_id=instance.translation_key,
            target_locale=locale or self.french,
        )

    def edit_segments(self, translation, user, value, containing=""):
        """Type `value` (with the English text appended) into each segment
        whose English text contains `containing`, as in the translation editor."""
        self.as_user(user)
        responses = []
        for segment in StringSegment.objects.filter(
            source=translation.source
        ).select_related("string"):
            if containing not in segment.string.data:
                continue
            responses.append(
                self.client.put(
                    f"/admin/localize/translate/{translation.pk}/strings/"
                    f"{segment.pk}/edit/",
                    urlencode({"value": f"{value} {segment.string.data}"}),
                    content_type="application/x-www-form-urlencoded",
                )
            )
        return responses

    def edit_url(self, instance):
        instance = getattr(instance, "specific", instance)
        if isinstance(instance, Page):
            return f"/admin/pages/{instance.pk}/edit/"
        return snippet_url(instance, "edit")

    def submit_translation(self, instance, user):
        self.as_user(user)
        return self.post(self.edit_url(instance), {"action": "submit-for-review"})

    def workflow_action(self, instance, action, user, **data):
        instance = reloaded(instance)
        task_state = instance.current_workflow_state.current_task_state
        self.as_user(user)
        if isinstance(instance, Page):
            url = (
                f"/admin/pages/workflow/action/{instance.pk}/{action}/{task_state.pk}/"
            )
        else:
            url = snippet_url(instance, "workflow/action", action, task_state.pk)
        return self.post(url, data)

    def approve(self, instance):
        return self.workflow_action(instance, "approve", self.publisher)

    def request_changes(self, instance, comment):
        return self.workflow_action(instance, "reject", self.publisher, comment=comment)


def reloaded(instance):
    instance = getattr(instance, "specific", instance)
    return type(instance).objects.get(pk=instance.pk)
