"""The site's own address, for every absolute URL it writes.

Canonical and hreflang links, og:url, JSON-LD, the sitemap, the feeds and their
enclosures, calendar entries and robots.txt name the site by the address it is
configured with (`WAGTAILADMIN_BASE_URL`: the one address staff and visitors
reach it at), never by the request's `Host`. ALLOWED_HOSTS checks the host
name but not the port, so `Host: example.org:666` would otherwise put `:666`
into pages that caches, feed readers and search engines keep.
"""

from urllib.parse import urljoin, urlsplit

from django.conf import settings


def site_root():
    """The configured address ("https://example.org"), without a trailing slash."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute_url(url):
    """`url` (a path, or already absolute, e.g. a file on a CDN) on the site's
    configured address."""
    return urljoin(site_root() + "/", url)


def path_of(url):
    """The path and query of `url`, whatever host it names."""
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")
