"""Admin hooks of the editorial gate (run before wagtail-localize's own)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, TranslatableMixin

from . import review
from .permissions import can_edit_locale, editable_locale_ids, reads_contact_messages

BEFORE_LOCALIZE = -1


@hooks.register("before_edit_page", order=BEFORE_LOCALIZE)
def page_translation_gate(request, page):
    """Handle "Submit for review" and guard "Publish" in the translation editor."""
    if request.method != "POST":
        return None
    if "localize-convert-to-alias" in request.POST:
        raise PermissionDenied  # an alias would serve English under /xx/
    action = request.POST.get("action")
    if action not in {"publish", "submit-for-review"}:
        return None
    translation = review.active_translation(page)
    if translation is None:
        return None
    if action == "submit-for-review":
        review.submit_page_translation(request, translation, page)
        return redirect(request.path)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    if review.refuse_incomplete(request, translation):
        return redirect(request.path)
    return None  # wagtail-localize publishes, recording the publisher


def _check_snippet_locale(request, instance):
    if isinstance(instance, TranslatableMixin) and not can_edit_locale(
        request.user, instance.locale_id
    ):
        raise PermissionDenied


@hooks.register("before_edit_snippet", order=BEFORE_LOCALIZE)
def snippet_translation_gate(request, instance):
    """Snippets of other locales are read-only; only publishers publish them."""
    _check_snippet_locale(request, instance)
    if request.method != "POST":
        return None
    action = request.POST.get("action")
    translation = review.active_translation(instance) if action else None
    if translation is None:
        return None
    if action == "ready-for-review":
        review.mark_snippet_ready(request, translation)
        return redirect(request.path)
    if action == "publish":
        if not review.can_publish_snippet_translation(request.user, instance):
            raise PermissionDenied
        if review.refuse_incomplete(request, translation):
            return redirect(request.path)
        review.record_snippet_published(translation, request.user)
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


@hooks.register("register_admin_urls")
def report_urls():
    from .report import TranslationStatusReport

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
    from .report import WAITING_STATES, status_rows

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
