"""Queries the site-wide templates need: navigation, language versions, homes."""

from django.utils import translation
from django.utils.translation import get_language_info

from wagtail.models import Locale, Site


def current_locale():
    """The Locale of the active language, or the default locale."""
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def home_page_for(request, locale=None):
    """The live home page of the request's site in `locale` (default: active)."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    locale = locale or current_locale()
    root = site.root_page
    if root.locale_id == locale.id:
        return root if root.live else None
    return root.get_translations().filter(locale=locale).live().first()


def navigation(request, current_page=None):
    """The current home page and the main navigation items below it.

    An item is marked current when the visitor is on it or below it.
    """
    home = home_page_for(request)
    if home is None:
        return {"home": None, "items": []}
    current_path = getattr(current_page, "url_path", "")
    items = []
    for page in home.get_children().live().public().in_menu():
        items.append(
            {
                "title": page.title,
                "url": page.get_url(request),
                "current": current_path.startswith(page.url_path),
                "exact": current_path == page.url_path,
            }
        )
    return {"home": home, "home_url": home.get_url(request), "items": items}


def language_versions(request, page=None):
    """Languages in which `page` (or, outside pages, the home page) is live.

    Each item has the language code, its name in that language, the URL of the
    page in it and whether it is the current language.
    """
    page = page or home_page_for(request)
    if page is None:
        return []
    active = translation.get_language()
    translations = (
        page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
        .order_by("locale__language_code")
    )
    versions = []
    for version in translations:
        code = version.locale.language_code
        url = version.get_url(request)
        if not url:
            continue
        versions.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == active,
            }
        )
    return sorted(versions, key=lambda item: (item["code"] != "en", item["code"]))


def live_language_codes(request):
    """Codes of the languages in which the site's home page is live."""
    return [version["code"] for version in language_versions(request)]
