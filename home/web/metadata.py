"""What a page says about itself to search engines and social networks.

`page_metadata` gathers the title, description, canonical URL, language
alternates, sharing image and JSON-LD for the <head> of any template; each page
type describes itself in JSON-LD with its own `json_ld(request)` method.
"""

import json

from django.conf import settings
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from home import selectors
from home.addresses import absolute_url
from home.images import share_image_url
from home.text import plain


def json_ld_script(data):
    """A JSON-LD data block; '<', '>' and '&' escaped so the text cannot end it."""
    text = json.dumps(data, ensure_ascii=False, cls=_JSONEncoder)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


class _JSONEncoder(json.JSONEncoder):
    def default(self, o):
        if hasattr(o, "isoformat"):
            return o.isoformat()
        return str(o)


def with_x_default(alternates):
    """(language code, URL) pairs, plus x-default for the source-language one."""
    default = next(
        (url for code, url in alternates if code == settings.LANGUAGE_CODE), None
    )
    return [*alternates, ("x-default", default)] if default else list(alternates)


def page_metadata(request, page=None):
    """Everything the <head> needs, for a page or for a non-page view."""
    versions = selectors.language_versions(request, page)
    if page is None:
        return {
            "canonical": absolute_url(request.path),
            "alternates": [],
            "description": _(
                "Equalcity helps cities and frontline services reach migrant "
                "communities and support survivors of gender-based violence."
            ),
            "json_ld": "",
            "og_type": "website",
            "image": "",
        }
    image = getattr(page, "listing_image", None) or getattr(page, "image", None)
    description = plain(
        page.search_description or getattr(page, "card_summary", "") or page.title
    )
    alternates = [
        {"code": code, "url": url}
        for code, url in with_x_default(
            [(item["code"], item["absolute_url"]) for item in versions]
        )
    ]
    json_ld = page.json_ld(request) if hasattr(page, "json_ld") else None
    return {
        "canonical": absolute_url(page.get_url(request)),
        "alternates": alternates,
        "description": description,
        "json_ld": json_ld_script(json_ld) if json_ld else "",
        "og_type": "article" if getattr(page, "kind", "") else "website",
        "image": share_image_url(request, image),
    }
