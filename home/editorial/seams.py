"""Every change this project makes to Wagtail's and wagtail-localize's internals.

Nothing else in the project patches either library; `install()` runs once, from
`EditorialConfig.ready()`. Each seam keeps one promise of the editorial
workflow: nothing reaches visitors without a publisher, in any language.
`tests/editorial/test_seams.py` fails when the installed versions differ from
the ones below, and when an upstream template shadowed here changes, so each
seam is looked at again on every upgrade.

=====================  ==============================================================
seam                   create_or_update_translation
upstream               wagtail-localize 1.14.5,
                       TranslationSource.create_or_update_translation
changes                never publishes; a live page or snippet gets a new revision
                       only (upstream rewrites the row visitors see, and sets
                       live=False on snippets); while a publisher reviews it, the
                       target is left alone; parent pages missing in the language
                       become draft translations, not live aliases of English
upstream issue         wagtail-localize #676, #655, #634, #463 (no review step)
remove when            upstream saves drafts of live objects as revisions
=====================  ==============================================================
seam                   no_locale_sync
upstream               wagtail-localize 1.14.5, LOCALE_COMPONENTS and
                       sync_trees_on_locale_sync_save
changes                the locale "Sync from" option is gone (it makes aliases
                       that serve English under /xx/)
remove when            upstream offers a setting
=====================  ==============================================================
seam                   no_publish_on_sync
upstream               wagtail-localize 1.14.5,
                       UpdateTranslationsForm.publish_translations
changes                "Sync translated pages" has no "Publish immediately"
upstream issue         wagtail-localize #676
remove when            upstream offers a setting
=====================  ==============================================================
seam                   restrict_editor, and the shadowed template
                       wagtail_localize/admin/edit_translation.html
upstream               wagtail-localize 1.14.5 edit_translation view and template
changes                the review panel above the editor; no "Convert to alias
                       page"; read-only while in review; no links that the user
                       may not follow; the workflow links of a snippet's status
                       panel, which upstream leaves out (a 500 once in review)
remove when            upstream has a review step
=====================  ==============================================================

The rest of the review gate goes through public extension points, listed
here so that an upgrade looks at them too:

- `middleware.py`: wagtail-localize's endpoints, by URL name (locale scope,
  segments frozen in review, no "Publish immediately", no alias), and the
  cascade of Wagtail's unschedule views (they send no signal);
- `wagtail_hooks.py`: the translation editor's submit/withdraw/publish, the
  publish, bulk action and cascade hooks, the action and reports menus;
- `models.PublisherApprovalTask`, a Wagtail task type, and
  `workflow_finish.py` (WAGTAIL_FINISH_WORKFLOW_ACTION);
- `management/commands/publish_scheduled.py`, Wagtail's command extended;
- `media.py`: permission policies and form bases for images and documents;
- `permissions.LocalePagePermissionTester`, Wagtail's page permissions by
  locale (BasePage.permissions_for_user).
"""

import json

from django import forms
from django.contrib.admin.utils import quote
from django.db.models.signals import post_save
from django.urls import reverse

from wagtail.models import DraftStateMixin, Page
from wagtail_localize.locales.components import LOCALE_COMPONENTS
from wagtail_localize.models import (
    LocaleSynchronization,
    Translation,
    TranslationSource,
    sync_trees_on_locale_sync_save,
)
from wagtail_localize.views.update_translations import UpdateTranslationsForm

from .permissions import can_edit_locale

WAGTAIL_VERSION = "8.0.1"
WAGTAIL_LOCALIZE_VERSION = "1.14.5"

# Upstream templates shadowed in this app's templates/, compared with the
# installed ones by the tests: {template: {our line: upstream line, or None
# where ours is added}}. Everything else must match upstream line for line.
SHADOWED_TEMPLATES = {
    "wagtail_localize/admin/edit_translation.html": {
        "{% load editorial_tags i18n wagtailadmin_tags %}": (
            "{% load i18n wagtailadmin_tags %}"
        ),
        "{% restrict_editor %}": None,
        "{% review_panel %}": None,
    },
}

_upstream_create_or_update = TranslationSource.create_or_update_translation
_upstream_sync_form_init = UpdateTranslationsForm.__init__


def install():
    TranslationSource.create_or_update_translation = create_or_update_translation
    no_locale_sync()
    no_publish_on_sync()


def is_live(instance):
    return not isinstance(instance, DraftStateMixin) or instance.live


def create_or_update_translation(
    self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False
):
    """wagtail-localize's method, made to keep the review gate (see the table).

    `publish` is ignored: publishing is the publisher's act, through the
    workflow or the editor's Publish button (`review.publish_translation`).
    """
    original = self.get_source_instance()
    if isinstance(original, Page) and copy_parent_pages:
        translate_missing_parents(original.specific, locale, user)
    try:
        target = self.get_translated_instance(locale)
    except target_model(self).DoesNotExist:
        target = None
    if target is not None and getattr(target, "alias_of_id", None) and target.live:
        # An alias serves English under /xx/: it leaves the site before it
        # becomes a translation (upstream would keep it live).
        target.unpublish(user=user)
    if target is None or not is_live(target):
        return _upstream_create_or_update(
            self, locale, user, False, copy_parent_pages, fallback
        )
    if getattr(target, "workflow_in_progress", False):
        # Frozen while a publisher reviews it: approval publishes what was
        # submitted. The translation is brought up to date after the review.
        return target, False
    keep_row_as_published(target)
    self.get_translated_instance = lambda _locale: target
    try:
        return _upstream_create_or_update(
            self, locale, user, False, copy_parent_pages, fallback
        )
    finally:
        del self.get_translated_instance
        target.live = True


def target_model(source):
    return source.specific_content_type.model_class()


def keep_row_as_published(instance):
    """Let `instance.save()` write only the bookkeeping fields of a revision.

    Upstream calls `save()` with the translated content on the live row, then
    `save_revision()`, which saves only `update_fields` (latest revision, draft
    title, unpublished changes). The full save is skipped: the content is in
    the revision, and the row visitors see changes when a publisher publishes it.
    """
    save = instance.save

    def save_bookkeeping_only(*args, update_fields=None, **kwargs):
        if update_fields is None:
            return None
        return save(*args, update_fields=update_fields, **kwargs)

    instance.save = save_bookkeeping_only


def translate_missing_parents(page, locale, user):
    """Create each missing ancestor of `page` in `locale` as a draft translation.

    Upstream makes them aliases of the English pages, live when those are:
    `/nl/toolboxes/` would serve the English index under `lang="nl"`.
    """
    for ancestor in page.get_ancestors().filter(depth__gt=1).specific():
        if ancestor.get_translations().filter(locale=locale).exists():
            continue
        source, _created = TranslationSource.get_or_create_from_instance(ancestor)
        Translation.objects.get_or_create(
            source=source, target_locale=locale, defaults={"enabled": True}
        )
        source.create_or_update_translation(locale, user=user, fallback=True)


def no_locale_sync():
    """Syncing a locale from English creates alias pages that serve English
    text under another language's URLs, without review."""
    LOCALE_COMPONENTS[:] = [
        component
        for component in LOCALE_COMPONENTS
        if component["model"] is not LocaleSynchronization
    ]
    post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


def add_workflow_links(side_panels, instance, viewset):
    """Upstream's status panel of a snippet in a workflow lacks the names of
    its "Compare" and "See full history" links, and fails to render."""
    links = {
        "revisions_compare_url_name": viewset.get_url_name("revisions_compare"),
        "workflow_history_url": reverse(
            viewset.get_url_name("workflow_history"), args=[quote(instance.pk)]
        ),
    }
    for panel in side_panels:
        upstream = panel.get_context_data

        def with_links(parent_context, upstream=upstream):
            return {**upstream(parent_context), **links}

        panel.get_context_data = with_links


def no_publish_on_sync():
    """ "Sync translated pages" would publish every translation, untranslated
    segments in English included: its "Publish immediately" field is hidden and
    ignores what is posted (the middleware refuses a forged one too)."""

    def init_without_publishing(form, *args, **kwargs):
        _upstream_sync_form_init(form, *args, **kwargs)
        field = form.fields["publish_translations"]
        field.disabled = True
        field.widget = forms.HiddenInput()

    UpdateTranslationsForm.__init__ = init_without_publishing


def restrict_editor(context):
    """The translation editor's context, offering only what the user may do.

    Upstream renders links and buttons that lead to a refusal:
    - "Convert to alias page" (an alias serves English): never offered;
    - while a publisher reviews the translation, the editor is read-only, so
      that approval publishes exactly what was submitted;
    - "Translate" on a related object needs the right to submit translations;
    - links to the other languages' versions only where the user may edit;
    - for snippets, the status panel's workflow links (missing upstream).
    """
    user = context["request"].user
    instance = context["instance"]
    viewset = getattr(instance, "snippet_viewset", None)
    if viewset is not None:
        add_workflow_links(context.get("side_panels", []), instance, viewset)
    props = json.loads(context["props"])
    props["links"]["convertToAliasUrl"] = None
    if getattr(instance, "workflow_in_progress", False):
        props["object"]["isLocked"] = True
    source_locale = context["source_locale"]
    edits_source = can_edit_locale(user, source_locale.pk)
    can_submit = user.has_perm("wagtail_localize.submit_translation")
    for segment in props.get("segments", []):
        if isinstance(segment.get("source"), dict):
            if not can_submit:
                segment["source"]["createTranslationRequestUrl"] = None
            if not edits_source:
                segment["source"]["editUrl"] = None
    if not edits_source:
        for version in props.get("translations", []):
            if version["locale"]["code"] == source_locale.language_code:
                version["editUrl"] = None
    context["props"] = json.dumps(props)

    if not edits_source:
        context["source_translation"] = {
            **context["source_translation"],
            "editUrl": None,
        }
    for panel in context.get("side_panels", []):
        if getattr(panel, "translations", None):
            panel.translations = [
                item
                for item in panel.translations
                if can_edit_locale(user, item["locale"].pk)
            ]
            context["translations"] = [
                (item["locale"].get_display_name(), item["url"])
                for item in panel.translations
                if item["locale"].pk != source_locale.pk
            ]
