"""Every page type previews: live and as a draft, in English and in French, as a
new page under a live or a draft parent, and in wagtail-localize's translation
editor. A page type added later is covered as soon as it exists: it fails here
until tests/factories has a factory for it.

Previews go through the admin's URLs as a superuser: the edit form's data is
posted to the preview URL, which must find it valid, then the preview itself
must answer 200. That is Wagtail's assertPageIsPreviewable made stricter: it
does not check the rendered preview's status, nor preview a page before it is
first saved (the add view's preview).
"""

import re
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.urls import reverse

from wagtail.blocks import ListBlock, StreamBlock, StructBlock
from wagtail.fields import StreamField
from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import querydict_from_html
from wagtail_factories import PageFactory
from wagtail_localize.models import Translation

from bs4 import BeautifulSoup

from home.models import HomePage
from news.models import EventPage
from tests.factories import content, home
from tests.factories.editorial import localize
from tests.factories.home import (
    make_home,
    translate,
)
from tests.factories.snippets import ThemeFactory
from toolbox.models import ToolboxModulePage

# A page is "live" (published), a "draft" (never published) under a live
# parent, or a "draft-under-draft": never published, nor its parent. The draft
# home page sits outside every site, as a new home does before a site serves it.
LIVE, DRAFT, DRAFT_UNDER_DRAFT = "live", "draft", "draft-under-draft"
LANGUAGES = ("en", "fr")


def project_page_models():
    """This project's page types (not Wagtail's nor a library's), each after
    the type of its parent."""
    venv = Path(sys.prefix)

    def ours(model):
        path = Path(apps.get_app_config(model._meta.app_label).path)
        return path.is_relative_to(settings.BASE_DIR) and not path.is_relative_to(venv)

    models = [model for model in get_page_models() if ours(model)]
    return sorted(models, key=lambda model: len(ancestor_types(model, models)))


def parent_type(model, models):
    """The project page type `model` is created under, or None (the root)."""
    return next(
        (
            parent
            for parent in model.allowed_parent_page_models()
            if parent is not model and parent in models
        ),
        None,
    )


def ancestor_types(model, models):
    parent = parent_type(model, models)
    return [] if parent is None else [parent, *ancestor_types(parent, models)]


def page_factories():
    """The page factory of each page type, from tests/factories."""
    found = {}
    for module in (home, content):
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, PageFactory)
                and not value._meta.abstract
            ):
                found[value._meta.model] = value
    return found


def build_pages(all_live):
    """An English page of each type in each state, parents first, as
    {(type, state): page}. With `all_live`, the pages are all live, their
    states only saying where they are in the tree."""
    models = project_page_models()
    factories = page_factories()
    root = Page.get_first_root_node()
    pages = {}
    for state in (LIVE, DRAFT, DRAFT_UNDER_DRAFT):
        for model in models:
            parent_model = parent_type(model, models)
            parent_state = DRAFT if state == DRAFT_UNDER_DRAFT else LIVE
            if parent_model is None:
                # The root is live, never a draft.
                parent = root if parent_state == LIVE else None
            else:
                parent = pages.get((parent_model, parent_state))
            if parent is None or model not in factories:
                continue  # test_every_page_type_has_a_factory says which
            if model is HomePage and state == LIVE:
                page = make_home()
            else:
                page = factories[model](
                    parent=parent,
                    slug=f"{model._meta.model_name}-{state}",
                    live=all_live or state == LIVE,
                )
                if not page.live:
                    page.save_revision()
            pages[model, state] = page
    return pages


def block_form_data(block, state, prefix):
    """The POST data the admin's JavaScript sends for a block in form state
    `state`: StreamFields are drawn in the browser, so the edit page's HTML
    does not hold their values."""
    if isinstance(block, StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            data |= block_form_data(child, state[name], f"{prefix}-{name}")
        return data
    if isinstance(block, StreamBlock):
        items = [
            (item["type"], block.child_blocks[item["type"]], item) for item in state
        ]
    elif isinstance(block, ListBlock):
        items = [(None, block.child_block, item) for item in state]
    else:
        if isinstance(state, dict):  # a chooser: its value is the chosen id
            state = state["id"]
        return {prefix: "" if state is None else state}
    data = {f"{prefix}-count": len(items)}
    for number, (type_name, child, item) in enumerate(items):
        item_prefix = f"{prefix}-{number}"
        data |= {
            f"{item_prefix}-deleted": "",
            f"{item_prefix}-order": number,
            f"{item_prefix}-id": item["id"] or "",
        }
        if type_name:
            data[f"{item_prefix}-type"] = type_name
        data |= block_form_data(child, item["value"], f"{item_prefix}-value")
    return data


class PreviewTestCase(WagtailPageTestCase):
    def setUp(self):
        self.client.force_login(self.create_test_user())

    def edit_form_data(self, page):
        """What the edit form of `page` posts, unchanged."""
        response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        self.assertEqual(response.status_code, 200)
        form = querydict_from_html(response.content.decode(), form_id="page-edit-form")
        data = dict(form.lists())
        latest = page.get_latest_revision_as_object()
        for field in latest._meta.get_fields():
            if isinstance(field, StreamField):
                block = field.stream_block
                state = block.get_form_state(getattr(latest, field.name))
                data |= block_form_data(block, state, field.name)
        return data

    def new_page_form_data(self, page):
        """The edit form of `page`, as the add form of a new page of its type
        posts it: another slug, and its inline children new ones."""
        data = self.edit_form_data(page)
        data["slug"] = f"new-{page.slug}"
        for key in list(data):
            inline = re.fullmatch(r"([^-]+)-\d+-id", key)
            if inline and f"{inline[1]}-INITIAL_FORMS" in data:
                data[key] = ""
            if key.endswith("-INITIAL_FORMS"):
                data[key] = "0"
        return data

    def assertPreviews(self, preview_url, data, modes):
        """`data` posted to `preview_url` is valid, and the preview renders in
        every mode. Returns the last preview."""
        for mode in modes:
            msg = f"preview mode {mode!r}"
            response = self.client.post(preview_url, data, QUERY_STRING=f"mode={mode}")
            self.assertEqual(response.status_code, 200, msg)
            self.assertJSONEqual(
                response.content.decode(),
                {"is_valid": True, "is_available": True},
                msg,
            )
            response = self.client.get(preview_url, {"mode": mode})
            self.assertEqual(response.status_code, 200, msg)
        return response

    def assertPageIsPreviewed(self, page):
        """The preview of a saved page, from its own edit form."""
        page = page.specific
        return self.assertPreviews(
            reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
            self.edit_form_data(page),
            [mode for mode, _label in page.preview_modes],
        )

    def assertNewPageIsPreviewed(self, model, parent, data):
        """The preview of a new `model` page under `parent`, as the add view
        shows it before the page is first saved."""
        url = reverse(
            "wagtailadmin_pages:preview_on_add",
            args=[model._meta.app_label, model._meta.model_name, parent.pk],
        )
        return self.assertPreviews(
            url, data, [mode for mode, _label in model().preview_modes]
        )


class EveryPageTypePreviewsTests(PreviewTestCase):
    """Each page type, live, as a draft and as a draft under a draft parent, in
    English and in a French copy (copy_for_translation, edited in Wagtail's own
    form), and new under a live and a draft parent."""

    @classmethod
    def setUpTestData(cls):
        cls.models = project_page_models()
        cls.pages = {}
        for (model, state), page in build_pages(all_live=False).items():
            cls.pages[model, "en", state] = page
            cls.pages[model, "fr", state] = translate(page, "fr", publish=state == LIVE)

    def pages_in(self, state):
        """(type, language, page) of every page in `state`."""
        for model in self.models:
            for language in LANGUAGES:
                if (model, language, state) in self.pages:
                    yield model, language, self.pages[model, language, state]

    def test_every_page_type_has_a_factory(self):
        missing = set(self.models) - set(page_factories())
        self.assertFalse(missing, "Add a factory in tests/factories for these types")

    def test_the_tree_is_in_the_state_each_test_names(self):
        for model, language, page in self.pages_in(LIVE):
            with self.subTest(model=model.__name__, language=language):
                self.assertTrue(page.live)
                self.assertEqual(page.locale.language_code, language)
        for state in (DRAFT, DRAFT_UNDER_DRAFT):
            for model, language, page in self.pages_in(state):
                with self.subTest(model=model.__name__, language=language, state=state):
                    self.assertFalse(page.live)
                    self.assertIsNone(page.first_published_at)
                    self.assertEqual(page.locale.language_code, language)
                    parent = page.get_parent()
                    self.assertEqual(parent.live, state == DRAFT or parent.is_root())

    def test_every_live_page_previews(self):
        for model, language, page in self.pages_in(LIVE):
            with self.subTest(model=model.__name__, language=language):
                self.assertPageIsPreviewed(page)

    def test_every_draft_previews(self):
        for model, language, page in self.pages_in(DRAFT):
            with self.subTest(model=model.__name__, language=language):
                self.assertPageIsPreviewed(page)

    def test_every_draft_under_a_draft_parent_previews(self):
        for model, language, page in self.pages_in(DRAFT_UNDER_DRAFT):
            with self.subTest(model=model.__name__, language=language):
                self.assertPageIsPreviewed(page)

    def test_every_new_page_previews_under_a_live_parent(self):
        for model, language, page in self.pages_in(LIVE):
            with self.subTest(model=model.__name__, language=language):
                self.assertNewPageIsPreviewed(
                    model, page.get_parent(), self.new_page_form_data(page)
                )

    def test_every_new_page_previews_under_a_draft_parent(self):
        for model, language, page in self.pages_in(DRAFT_UNDER_DRAFT):
            with self.subTest(model=model.__name__, language=language):
                self.assertNewPageIsPreviewed(
                    model, page.get_parent(), self.new_page_form_data(page)
                )


class TranslationEditorPreviewTests(PreviewTestCase):
    """wagtail-localize's translation editor previews each page type's French
    translation, published, as a draft and as a draft under a draft parent."""

    @classmethod
    def setUpTestData(cls):
        cls.translations = {}
        # The English pages are all live: only their translations are drafts.
        for (model, state), page in build_pages(all_live=True).items():
            french = localize(page, "fr", publish=state == LIVE)
            cls.translations[model, state] = (
                french,
                Translation.objects.get(
                    source__object_id=page.translation_key,
                    target_locale=french.locale,
                ),
            )

    def test_every_translation_previews_in_the_translation_editor(self):
        for (model, state), (french, translation) in self.translations.items():
            with self.subTest(model=model.__name__, state=state):
                self.assertEqual(french.live, state == LIVE)
                for mode, _label in french.preview_modes:
                    url = reverse(
                        "wagtail_localize:preview_translation", args=[translation.pk]
                    )
                    if mode:
                        url = f"{url}{mode}/"
                    response = self.client.get(url)
                    self.assertEqual(response.status_code, 200)


def chapter_navigation(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return (
        soup.select_one(".page-intro .meta").get_text(strip=True),
        [link.get_text(strip=True) for link in soup.select(".pagination__link")],
    )


class DraftChapterPreviewTests(PreviewTestCase):
    """A chapter that is not live is numbered after the live chapters, and
    chapters link only to live ones."""

    @classmethod
    def setUpTestData(cls):
        site_home = make_home()
        index = content.ToolboxIndexPageFactory(parent=site_home)
        cls.toolbox = content.ToolboxPageFactory(parent=index, title="Parenting")
        cls.first = content.ToolboxModulePageFactory(parent=cls.toolbox, title="One")
        cls.draft = content.ToolboxModulePageFactory(
            parent=cls.toolbox, title="Draft", live=False
        )
        cls.draft.save_revision()
        cls.second = content.ToolboxModulePageFactory(parent=cls.toolbox, title="Two")

    def test_a_draft_chapter_comes_after_the_live_ones(self):
        self.assertEqual(
            chapter_navigation(self.assertPageIsPreviewed(self.draft)),
            (
                "Chapter 3 of 3",
                ["Previous chapter: Two", "Back to the toolbox Parenting"],
            ),
        )

    def test_a_new_chapter_comes_after_the_live_ones(self):
        response = self.assertNewPageIsPreviewed(
            ToolboxModulePage, self.toolbox, self.new_page_form_data(self.first)
        )
        self.assertEqual(chapter_navigation(response)[0], "Chapter 3 of 3")

    def test_a_live_chapter_links_only_to_live_chapters(self):
        self.assertEqual(
            chapter_navigation(self.assertPageIsPreviewed(self.first)),
            (
                "Chapter 1 of 2",
                ["Next chapter: Two", "Back to the toolbox Parenting"],
            ),
        )
        self.assertEqual(
            chapter_navigation(self.client.get(self.second.url)),
            (
                "Chapter 2 of 2",
                ["Previous chapter: One", "Back to the toolbox Parenting"],
            ),
        )


class DraftNewsPreviewTests(PreviewTestCase):
    """A news page's related news are found from its index, live or not."""

    @classmethod
    def setUpTestData(cls):
        site_home = make_home()
        theme = ThemeFactory()
        live_index = content.NewsIndexPageFactory(parent=site_home)
        content.ArticlePageFactory(parent=live_index, title="Live news", themes=[theme])
        cls.draft = content.ArticlePageFactory(
            parent=live_index, title="Draft news", themes=[theme], live=False
        )
        cls.draft.save_revision()
        cls.draft_index = content.NewsIndexPageFactory(
            parent=site_home, slug="draft-news", live=False
        )
        cls.draft_event = content.EventPageFactory(
            parent=cls.draft_index, themes=[theme], live=False
        )
        cls.draft_event.save_revision()

    def test_a_draft_news_page_lists_live_related_news(self):
        response = self.assertPageIsPreviewed(self.draft)
        self.assertContains(response, "Live news")

    def test_news_under_a_draft_index_previews_with_its_themes(self):
        self.assertPageIsPreviewed(self.draft_event)
        data = self.new_page_form_data(self.draft_event)
        self.assertTrue(data["themes"])
        self.assertNewPageIsPreviewed(EventPage, self.draft_index, data)
