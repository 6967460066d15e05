"""Non-page views: the language redirect at /, health check, robots.txt."""

import logging

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import trans_real
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from wagtail import views as wagtail_views
from wagtail.contrib.forms.models import FormMixin
from wagtail.models import Locale, Page

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


def csrf_failure(request, reason=""):
    """A form refused by the CSRF check comes back with what the visitor wrote.

    It happens when a browser blocks cookies or a page stayed open for a long
    time. A form page (the contact form) is shown again, filled in, with the
    reason and a fresh security cookie; anything else gets a page that explains.
    """
    logger.info("CSRF check refused a form at %s: %s", request.path, reason)
    page = _form_page_at(request)
    if page is None:
        return TemplateResponse(request, "403_csrf.html", status=403)
    context = page.get_context(request)
    context["form"] = page.get_form(request.POST, page=page, user=request.user)
    context["security_check_failed"] = True
    return TemplateResponse(request, page.get_template(request), context, status=403)


def _form_page_at(request):
    match = request.resolver_match
    if match is None or match.func is not wagtail_views.serve:
        return None
    page = Page.find_for_request(request, match.args[0])
    page = page.specific if page is not None else None
    return page if isinstance(page, FormMixin) and page.live else None
