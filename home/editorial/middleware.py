"""Guard wagtail-localize's admin endpoints by locale and publish rights.

Its segment, override, PO file, machine translation and stop endpoints check
only whether the user may edit the model (snippets) or page, and ignore
reviews in progress; its "Sync translated pages" view can publish every
locale. Here every such request is checked against the locales the user works
in; segments cannot change while a publisher reviews them; nothing publishes.
"""

import re

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.urls import reverse
from django.utils.translation import gettext as _

from wagtail.models import Page
from wagtail_localize.models import Translation

from . import languages
from .permissions import can_edit_locale

# Endpoints that change a translation's segments: refused while a publisher
# reviews it, so that approval publishes exactly what was submitted.
SEGMENT_WRITES = {
    "edit_string_translation",
    "edit_override",
    "upload_pofile",
    "machine_translate",
}


class TranslationScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        self.unschedule_translations(request, response)
        return self.back_to_source(request, response)

    @staticmethod
    def unschedule_translations(request, response):
        """Cancelling an English version's schedule cancels its translations'.

        Wagtail's unschedule views (pages and snippets) send no signal and run
        no hook, so the cascade follows their successful POST here.
        """
        match = getattr(request, "resolver_match", None)
        if (
            match is None
            or match.url_name != "revisions_unschedule"
            or request.method != "POST"
            or response.status_code != 302
        ):
            return
        model = getattr(match.func, "view_initkwargs", {}).get("model", Page)
        pk = match.kwargs.get("page_id", match.kwargs.get("pk"))
        instance = languages.specific(model.objects.filter(pk=pk).first())
        cancelled = languages.cancel_translation_schedules(instance, request.user)
        if cancelled:
            messages.info(
                request,
                _("The schedules of its translations were cancelled too: %(names)s.")
                % {"names": ", ".join(cancelled)},
            )

    @staticmethod
    def back_to_source(request, response):
        """After "Translate", go back to the page that was sent for translation.

        wagtail-localize redirects to the new translation's editor, which staff
        (who work in English) may not open.
        """
        match = getattr(request, "resolver_match", None)
        if (
            match is None
            or match.url_name != "submit_page_translation"
            or response.status_code != 302
        ):
            return response
        found = re.search(r"/pages/(\d+)/edit/", response.get("Location", ""))
        translated = Page.objects.filter(pk=found.group(1)).first() if found else None
        if translated and not translated.permissions_for_user(request.user).can_edit():
            response["Location"] = reverse(
                "wagtailadmin_pages:edit", args=[match.kwargs["page_id"]]
            )
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or "wagtail_localize" not in match.namespaces:
            return None
        if match.url_name == "convert_to_alias":
            # An alias serves the English page under another language's URL.
            raise PermissionDenied
        if "translation_id" in view_kwargs:
            translation = (
                Translation.objects.filter(pk=view_kwargs["translation_id"])
                .select_related("source")
                .first()
            )
            if translation and not can_edit_locale(
                request.user, translation.target_locale_id
            ):
                raise PermissionDenied
            if (
                translation
                and match.url_name in SEGMENT_WRITES
                and request.method != "GET"
                and in_review(translation)
            ):
                raise PermissionDenied
        if match.url_name == "update_translations" and "publish_translations" in (
            request.POST
        ):
            # "Publish immediately" would publish untranslated segments in
            # English; the form no longer offers it (seams.no_publish_on_sync).
            raise PermissionDenied
        return None


def in_review(translation):
    try:
        target = translation.source.get_translated_instance(
            translation.target_locale_id
        )
    except ObjectDoesNotExist:
        return False
    return getattr(target, "workflow_in_progress", False)
