"""Non-page views: the language redirect at /, health check, robots.txt."""

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.utils.cache import patch_vary_headers
from django.utils.translation import trans_real
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail.models import Locale

from .selectors import home_page_for

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
    """200 when the database answers, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database did not answer")
        return HttpResponse(
            "database unavailable\n", status=503, content_type="text/plain"
        )
    return HttpResponse("ok\n", content_type="text/plain")


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{code}/search/" for code, _name in settings.LANGUAGES),
        "",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
