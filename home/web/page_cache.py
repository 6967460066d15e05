"""The page cache: what anonymous visitors get, stored once per content generation.

A response is stored when it is the same for every visitor: a GET or HEAD
without a session cookie (nobody logged in), answered 200 with a whole body,
no cookie set (a page holding a form token sets one), and not marked private.
The key holds the host, the language and the path with its query string; the
stored page holds the content generation (`home.generation`) it was made in:
any change visitors could see makes every stored page stale at once, on every
server. The generation and the page come in one round trip.

Responses fit for a shared cache (a CDN) say so: `Cache-Control: public` with
`s-maxage` (`CDN_MAX_AGE`), `max-age=0` so that browsers ask again (and get
a 304 by `ETag` or `Last-Modified`, or the new page), and `X-Cache: hit` or
`miss` for whoever measures. `wagtail.contrib.frontend_cache` purges the CDN
on publish when it is configured.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.dispatch import Signal
from django.http import HttpResponse, HttpResponseNotModified
from django.http.request import split_domain_port
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.http import http_date, parse_http_date_safe, quote_etag

from home import generation

CACHEABLE_METHODS = {"GET", "HEAD"}

# Sent with `request` when a stored page is served: the view did not run, so
# what a view does besides rendering (counting a search) is done on this.
served_from_cache = Signal()
STORED_HEADERS = ("Content-Type", "Content-Language", "Vary", "X-Robots-Tag", "Link")


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.may_serve(request):
            return self.get_response(request)
        seconds = settings.PAGE_CACHE_SECONDS
        key = self.key(request)
        # One round trip for the generation and the page: a page stored under
        # an older generation is a miss.
        found = cache.get_many([generation.KEY, key]) if seconds else {}
        current = generation.remember(found.get(generation.KEY))
        stored = found.get(key)
        if stored is not None and stored["generation"] == current:
            served_from_cache.send(sender=type(self), request=request)
            return self.respond(request, stored, hit=True)
        response = self.get_response(request)
        if not self.may_store(request, response):
            return response
        stored = self.store(response, current)
        if seconds:
            cache.set(key, stored, seconds)
        return self.respond(request, stored, hit=False, response=response)

    @staticmethod
    def may_serve(request):
        return (
            request.method in CACHEABLE_METHODS
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and not request.path.startswith(tuple(settings.PAGE_CACHE_EXCLUDED_PATHS))
        )

    @staticmethod
    def may_store(request, response):
        # `Vary: Cookie` alone does not disqualify: the page was rendered for a
        # request without a session, and only such requests are served it.
        control = response.get("Cache-Control", "").lower()
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and "private" not in control
            and "no-store" not in control
            and "no-cache" not in control
        )

    @staticmethod
    def key(request):
        # The language as LocaleMiddleware will choose it: from the path's
        # prefix, else (robots.txt, the sitemap) from the browser's languages.
        language = translation.get_language_from_request(request, check_path=True)
        path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
        # The host name without the port: pages name the site by its configured
        # address, and a port in Host must not make a new copy of every page.
        host = split_domain_port(request.get_host())[0]
        return f"page:{host}:{language}:{path}"

    @staticmethod
    def store(response, current):
        content = response.content
        return {
            "generation": current,
            "content": content,
            "headers": {
                name: response[name] for name in STORED_HEADERS if name in response
            },
            "etag": quote_etag(hashlib.sha256(content).hexdigest()[:32]),
            "last_modified": int(time.time()),
        }

    def respond(self, request, stored, hit, response=None):
        response = self.unchanged(request, stored) or response or self.rebuild(stored)
        response["ETag"] = stored["etag"]
        response["Last-Modified"] = http_date(stored["last_modified"])
        response["X-Cache"] = "hit" if hit else "miss"
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=settings.CDN_MAX_AGE
        )
        return response

    @staticmethod
    def rebuild(stored):
        response = HttpResponse(stored["content"])
        for name, value in stored["headers"].items():
            response[name] = value
        return response

    @staticmethod
    def unchanged(request, stored):
        """A 304 when the browser or CDN holds this very version."""
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match is not None:
            if stored["etag"] in {tag.strip() for tag in if_none_match.split(",")}:
                return HttpResponseNotModified()
            return None
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        if since is not None and stored["last_modified"] <= since:
            return HttpResponseNotModified()
        return None
