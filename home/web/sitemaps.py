"""/sitemap.xml: every live page in every language, with hreflang alternates.

/sitemap.xml is a sitemap index; it lists the pages of the sitemap
(/sitemap-pages.xml, /sitemap-pages.xml?p=2, …), `MultilingualSitemap.limit`
URLs each, so that no request reads the whole site.
"""

import dataclasses
from collections import defaultdict
from functools import reduce
from operator import or_

from django.db.models import Max, Q
from django.db.models.functions import Coalesce

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as sitemaps_views
from wagtail.models import Page

from home import generation
from home.addresses import absolute_url, path_of
from home.restrictions import public
from home.web.metadata import with_x_default


class MultilingualSitemap(Sitemap):
    """Wagtail's sitemap lists one language's tree; this one lists them all.

    Each URL carries `xhtml:link rel="alternate"` entries for its live
    translations and an x-default pointing to the English page. Alternates are
    looked up once per sitemap page, not once per URL. Each sitemap page costs
    the same few queries whatever its size and the site's.
    """

    # URLs per sitemap page. The protocol allows 50,000, but each URL here
    # carries up to eight alternates, and a page is written again on the first
    # request after every change: 1,000 URLs made 510 kB and held a worker
    # for 0.6 s (bench, "afresh"); 250 make 128 kB in a quarter of that.
    limit = 250

    def _home_pages(self):
        if not hasattr(self, "_homes"):
            root = self.get_wagtail_site().root_page
            self._homes = list(public(root.get_translations(inclusive=True).live()))
        return self._homes

    def _site_pages(self):
        homes = self._home_pages()
        if not homes:
            return Page.objects.none()
        in_site = reduce(or_, (Q(path__startswith=home.path) for home in homes))
        return public(Page.objects.live()).filter(in_site)

    def items(self):
        return self._site_pages().select_related("locale").order_by("path")

    def get_latest_lastmod(self):
        """The latest change for the index, by one aggregate (Django's default
        would read every page)."""
        return (
            self._site_pages()
            .annotate(
                changed=Coalesce("last_published_at", "latest_revision_created_at")
            )
            .aggregate(latest=Max("changed"))["latest"]
        )

    def _url(self, page):
        return absolute_url(page.get_url(self.request))

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        keys = {item.translation_key for item in pages}
        versions = defaultdict(list)
        for version in (
            self._site_pages()
            .filter(translation_key__in=keys)
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            versions[version.translation_key].append(version)

        urls = []
        for item in pages:
            alternates = [
                {"lang_code": code, "location": location}
                for code, location in with_x_default(
                    [
                        (version.locale.language_code, self._url(version))
                        for version in versions[item.translation_key]
                    ]
                )
            ]
            urls.append(
                {
                    "item": item,
                    "location": self._url(item),
                    "lastmod": item.last_published_at
                    or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        lastmods = [url["lastmod"] for url in urls if url["lastmod"]]
        if lastmods:
            self.latest_lastmod = max(lastmods)
        return urls


def sitemap_index(request, **kwargs):
    """Wagtail's sitemap index, on the site's configured address (Django's
    names the sitemap pages by the request's Host, port included)."""
    response = sitemaps_views.index(request, **kwargs)
    response.context_data["sitemaps"] = [
        dataclasses.replace(item, location=absolute_url(path_of(item.location)))
        for item in response.context_data["sitemaps"]
    ]
    return response


def sitemap_section(request, section, **kwargs):
    """A page of the sitemap (Wagtail's view), written once per content
    generation for every server: a thousand URLs with their alternates take
    a second to write, and every visitor and crawler gets the same. What is
    not a page number goes to Django's view, which refuses it."""

    def render():
        return sitemaps_views.sitemap(request, section=section, **kwargs)

    page = request.GET.get("p", "1")
    if not (page.isascii() and page.isdigit() and len(page) < 7):
        return render()
    name = f"sitemap:{section}:{page.lstrip('0')}"
    return generation.shared_response(request, name, render)
