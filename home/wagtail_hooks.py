from django.http import Http404
from django.utils import translation

from wagtail import hooks
from wagtail.coreutils import get_supported_content_language_variant


@hooks.register("before_serve_page")
def serve_only_in_own_language(page, request, serve_args, serve_kwargs):
    """Answer 404 where a page would be served under another language's prefix.

    Wagtail routes /de/… through `root_page.localized`, which falls back to the
    English home page when there is no live German one: English content would
    then appear under /de/ as if it were German.
    """
    language = get_supported_content_language_variant(translation.get_language())
    if page.locale.language_code != language:
        raise Http404
