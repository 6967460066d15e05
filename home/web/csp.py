"""Content-Security-Policy: strict on public pages, looser in the admin.

django-csp's middleware writes `CONTENT_SECURITY_POLICY` on every response.
This subclass changes two things:

- Under the Wagtail admin (`/admin/`: the editor, its previews and
  wagtail-localize's translation editor) it writes
  `ADMIN_CONTENT_SECURITY_POLICY` instead: their own templates carry inline
  scripts and `style` attributes (date pickers, inline panels, the translation
  editor's chooser URLs), which no nonce can cover without shadowing them.
  A view's own decorator (`csp`, `csp_replace`) still wins.
- A preview's page gets the policy of the admin view that shows it.
- Both policies allow images and audio from where the media storage serves
  them when that is another host (`MEDIA_URL` on a CDN, renditions on an S3
  bucket's domain), asked of the storage itself rather than guessed.

Public pages need no nonce, and must not: the page cache
(`home.web.page_cache`) hands one stored body to every visitor.
"""

import contextlib
import functools
from urllib.parse import urlsplit

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import reverse

from wagtail.images.models import get_rendition_storage

from csp.middleware import CSPMiddleware
from csp.utils import default_config


@functools.cache
def admin_prefix():
    return reverse("wagtailadmin_home")


@functools.cache
def media_origins():
    """The origins images and audio come from, other than this site's own."""
    urls = [settings.MEDIA_URL]
    # A storage that cannot say adds nothing.
    with contextlib.suppress(Exception):
        urls.append(get_rendition_storage().url("images/csp-probe.jpg"))
    origins = []
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme and parts.netloc:
            origins.append(f"{parts.scheme}://{parts.netloc}")
    return tuple(dict.fromkeys(origins))


@receiver(setting_changed)
def _forget(setting, **kwargs):
    if setting in {"MEDIA_URL", "STORAGES", "WAGTAILIMAGES_RENDITION_STORAGE"}:
        media_origins.cache_clear()


class SiteCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        # A preview is rendered for a dummy request inside the admin's own
        # request (Wagtail's make_preview_request), which sets the policy.
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        if parts.config is None and request.path_info.startswith(admin_prefix()):
            parts.config = default_config(
                settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            )
        if origins := media_origins():
            parts.update = {
                "img-src": origins,
                "media-src": origins,
                **(parts.update or {}),
            }
        return parts
