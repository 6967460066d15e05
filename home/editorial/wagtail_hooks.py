"""Admin hooks of the editorial gate (run before wagtail-localize's own)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.actions.delete_page import DeletePageAction
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, TranslatableMixin

from . import languages, media, review, two_factor
from .permissions import can_edit_locale, editable_locale_ids, reads_contact_messages
from .report import WAITING_STATES, TranslationStatusReport, status_rows

BEFORE_LOCALIZE = -1

# Images and documents that live content uses change only through a publisher.
media.register()


REVIEW_ACTIONS = {"publish", "submit-for-review", "withdraw"}


def translation_review(request, instance):
    """Submit, withdraw and publish in the translation editor (pages and
    snippets). Returns a redirect, or None to let the editor carry on."""
    if request.method != "POST":
        return None
    if "localize-convert-to-alias" in request.POST:
        raise PermissionDenied  # an alias would serve English under /xx/
    action = request.POST.get("action")
    translation = review.active_translation(instance) if action else None
    if action not in REVIEW_ACTIONS or translation is None:
        return None
    if action == "publish":
        if not review.can_publish(request.user, instance):
            raise PermissionDenied
        review.publish_translation(request, translation, instance)
    elif action == "submit-for-review":
        review.submit_translation(request, translation, instance)
    else:
        review.withdraw_translation(request, instance)
    return redirect(request.path)


@hooks.register("before_edit_page", order=BEFORE_LOCALIZE)
def page_translation_gate(request, page):
    return translation_review(request, page)


def _check_snippet_locale(request, instance):
    if isinstance(instance, TranslatableMixin) and not can_edit_locale(
        request.user, instance.locale_id
    ):
        raise PermissionDenied


@hooks.register("before_edit_snippet", order=BEFORE_LOCALIZE)
def snippet_translation_gate(request, instance):
    """Snippets of other locales are read-only; only publishers publish them."""
    _check_snippet_locale(request, instance)
    if isinstance(instance, TranslatableMixin):
        return translation_review(request, instance)
    return None


@hooks.register("before_delete_snippet", order=BEFORE_LOCALIZE)
def snippet_delete_scope(request, instances):
    for instance in instances:
        _check_snippet_locale(request, instance)


@hooks.register("before_create_snippet", order=BEFORE_LOCALIZE)
def snippet_create_scope(request, model):
    if not issubclass(model, TranslatableMixin):
        return
    code = request.GET.get("locale") or Locale.get_default().language_code
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None or not can_edit_locale(request.user, locale.pk):
        raise PermissionDenied


@hooks.register("construct_page_action_menu")
def no_convert_to_alias(menu_items, request, context):
    """wagtail-localize's "Convert to alias page" would serve English under
    /xx/ (the middleware refuses it too)."""
    menu_items[:] = [
        item for item in menu_items if item.name != "localize-convert-to-alias"
    ]


@hooks.register("construct_reports_menu")
def one_translation_report(request, menu_items):
    """wagtail-localize's "Translations" report links every language, which
    translators may not open; "Translation status" covers it, scoped per user."""
    menu_items[:] = [item for item in menu_items if item.name != "translations"]


# Languages keep together in time (languages.py) -------------------------------


def refuse_early_publishing(request, instance):
    """Refuse to publish a translation with untranslated segments or before its
    English version, with the reason, back on the edit page."""
    reason = review.publishing_refusal(instance, getattr(instance, "go_live_at", None))
    if reason:
        messages.error(request, reason)
        return redirect(request.get_full_path())
    return None


@hooks.register("before_publish_page")
def page_goes_live_after_english(request, page):
    return refuse_early_publishing(request, page)


@hooks.register("before_publish")
def snippet_goes_live_after_english(request, instance):
    return refuse_early_publishing(request, instance)


@hooks.register("construct_translated_pages_to_cascade_actions")
def translations_follow_english(pages, action):
    """Unpublishing or deleting an English page does the same to its
    translations (Wagtail's unpublish and delete views list them first)."""
    if action not in {"unpublish", "delete"}:
        return None
    cascade = {page: languages.translations_of(page.specific) for page in pages}
    if action == "unpublish":
        cascade = {
            page: [translation for translation in translations if translation.live]
            for page, translations in cascade.items()
        }
    return cascade


@hooks.register("before_bulk_action")
def bulk_actions_keep_languages_together(request, action_type, objects, action_view):
    """Bulk publish refuses translations with untranslated segments or whose
    English version is not live; bulk unpublish and delete of English pages
    carry to their translations."""
    if action_view.model is not Page:
        return None
    if action_type == "publish":
        refusals = {
            page.title: reason
            for page in objects
            if (reason := review.publishing_refusal(page.specific))
        }
        if refusals:
            for title, reason in refusals.items():
                messages.error(
                    request,
                    _("“%(title)s” was not published. %(reason)s")
                    % {"title": title, "reason": reason},
                )
            return redirect(action_view.next_url)
    elif action_type in {"unpublish", "delete"}:
        selected = {page.pk for page in objects}  # the action itself does those
        for translations in translations_follow_english(objects, action_type).values():
            for translation in translations:
                if translation.pk in selected:
                    continue
                if action_type == "unpublish":
                    translation.unpublish(user=request.user)
                else:
                    DeletePageAction(translation, user=request.user).execute(
                        skip_permission_checks=True
                    )
    return None


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path(
            "reports/translation-status/",
            TranslationStatusReport.as_view(),
            name="editorial_translation_status",
        ),
        path(
            "reports/translation-status/results/",
            TranslationStatusReport.as_view(results_only=True),
            name="editorial_translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def report_menu_item():
    # Shown to everyone who can reach the admin: its rows are scoped per user.
    return MenuItem(
        _("Translation status"),
        reverse("editorial_translation_status"),
        icon_name="globe",
        order=900,
    )


class WaitingTranslationsPanel(Component):
    """Dashboard: what waits in the translator's languages."""

    name = "waiting_translations"
    template_name = "editorial/waiting_panel.html"
    order = 50

    def __init__(self, rows):
        self.rows = rows

    def get_context_data(self, parent_context):
        return {"rows": self.rows}


@hooks.register("construct_homepage_panels")
def waiting_translations_panel(request, panels):
    locale_ids = editable_locale_ids(request.user)
    default = Locale.get_default()
    if locale_ids is None or locale_ids == {default.pk}:
        return
    rows = [row for row in status_rows(locale_ids) if row.state in WAITING_STATES]
    panels.append(WaitingTranslationsPanel(rows))


@hooks.register("filter_form_submissions_for_user")
def contact_messages_for_the_team(user, form_pages):
    """Visitors' messages are for the team: translators, who may edit the
    contact page in their language, do not see them."""
    return form_pages if reads_contact_messages(user) else form_pages.none()


# Hardening: the second factor's pages (home/editorial/two_factor.py).
hooks.register("register_admin_urls", lambda: two_factor.urlpatterns)
hooks.register("register_account_menu_item", two_factor.account_menu_item)
