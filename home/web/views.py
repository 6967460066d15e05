"""Non-page views: the language redirect at /, health check, robots.txt."""

import logging
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import trans_real
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail import views as wagtail_views
from wagtail.contrib.forms.models import FormMixin
from wagtail.models import Locale, Page

from home.addresses import absolute_url, site_root
from home.cache import ResilientRedisCache
from home.selectors import home_page_for

logger = logging.getLogger("equalcity")


def _best_language(request, available):
    """Pick the visitor's preferred language among `available` codes."""
    header = request.headers.get("Accept-Language", "")
    for code, _quality in trans_real.parse_accept_lang_header(header):
        if code == "*":
            break
        for candidate in (code.lower(), code.lower().split("-")[0]):
            if candidate in available:
                return candidate
    return settings.LANGUAGE_CODE


@require_GET
def language_redirect(request):
    """Send `/` to the home page in the best language the site is published in."""
    home = home_page_for(request, Locale.get_default())
    available = set()
    if home is not None:
        available = set(
            home.get_translations(inclusive=True)
            .live()
            .values_list("locale__language_code", flat=True)
        )
    code = _best_language(request, available or {settings.LANGUAGE_CODE})
    response = HttpResponseRedirect(f"/{code}/")
    patch_vary_headers(response, ["Accept-Language"])
    return response


@never_cache
@require_GET
def healthz(request):
    """The database and the cache, reported apart, for load balancers and
    monitoring: 503 when the database does not answer (no page can be
    served), 200 when only the cache is unavailable (pages are served from
    the database, slower: home.cache)."""
    report = {"database": "ok", "cache": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        report["database"] = "unavailable"
    cache = caches["default"]
    if isinstance(cache, ResilientRedisCache) and not cache.ping():
        report["cache"] = "unavailable"
    status = 503 if report["database"] != "ok" else 200
    return JsonResponse(report, status=status)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES),
        "",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def csrf_failure(request, reason=""):
    """A form refused by the CSRF check comes back with what the visitor wrote.

    It happens when a browser blocks cookies or a page stayed open for a long
    time. A form page (the contact form) is shown again, with the reason and a
    fresh security cookie; anything else gets a page that explains. The form
    is filled in only when the post came from this site: a post from another
    site (a forged one) gets the empty form, so that no other site can put
    words into a form on this domain.
    """
    logger.info("CSRF check refused a form at %s: %s", request.path, reason)
    page = _form_page_at(request)
    if page is None:
        return TemplateResponse(request, "403_csrf.html", status=403)
    context = page.get_context(request)
    data = request.POST if _from_this_site(request) else None
    context["form"] = page.get_form(data, page=page, user=request.user)
    context["security_check_failed"] = True
    return TemplateResponse(request, page.get_template(request), context, status=403)


def _origin(url):
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. "http://[::1": not an origin at all
        return ""
    return f"{parts.scheme}://{parts.netloc}".lower()


def _from_this_site(request):
    """Whether the browser says the post came from this site: its `Origin`,
    else its `Referer`, is the site's configured address or the address the
    request was made to. Browsers send `Origin` with every cross-site POST
    ("null" when hidden), so a forged post cannot pass for one from here."""
    origin = request.headers.get("Origin")
    if origin is None:
        referer = request.headers.get("Referer")
        if not referer:
            return False
        origin = _origin(referer)
    own = {_origin(site_root()), f"{request.scheme}://{request.get_host()}".lower()}
    return origin.lower() in own


def _form_page_at(request):
    match = request.resolver_match
    if match is None or match.func is not wagtail_views.serve:
        return None
    page = Page.find_for_request(request, match.args[0])
    page = page.specific if page is not None else None
    return page if isinstance(page, FormMixin) and page.live else None
