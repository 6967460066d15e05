"""Guard wagtail-localize's admin endpoints by locale and publish rights.

Its segment, override, PO file, machine translation and stop endpoints check
only whether the user may edit the model (snippets) or page; its "Sync
translated pages" view publishes every locale with only the global
"submit translation" permission. Here every such request is checked against
the locales the user works in and, when it would publish, their right to
publish in each target locale.
"""

import re

from django.core.exceptions import PermissionDenied
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from .permissions import can_edit_locale
from .review import can_publish_snippet_translation


def _can_publish(user, instance):
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    return can_publish_snippet_translation(user, instance)


class TranslationScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        return self.back_to_source(request, response)

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
            translation = Translation.objects.filter(
                pk=view_kwargs["translation_id"]
            ).first()
            if translation and not can_edit_locale(
                request.user, translation.target_locale_id
            ):
                raise PermissionDenied
        if (
            match.url_name == "update_translations"
            and request.method == "POST"
            and request.POST.get("publish_translations")
        ):
            source = TranslationSource.objects.filter(
                pk=view_kwargs.get("translation_source_id")
            ).first()
            if source is not None:
                for translation in source.translations.filter(enabled=True):
                    target = source.get_translated_instance(translation.target_locale)
                    if not _can_publish(request.user, target):
                        raise PermissionDenied
        return None
