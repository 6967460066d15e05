"""Find the site and the page of a request in two queries.

Wagtail finds the site with a query per request, then walks the page tree from
the home page down, two queries a level (the child, then its specific page).
Here the sites and homes are read once per content generation
(`home.generation.shared`), and the page is read by its URL path, which
Wagtail keeps on every page: two queries at any depth. The results go where
Wagtail itself caches them on the request (`_wagtail_site`,
`_wagtail_route_for_request`, the site settings' attribute), so everything
downstream (hooks, `serve`, `Site.find_for_request`) is Wagtail's own code.

Whatever this shortcut cannot answer exactly falls back to Wagtail's walk: a
path under a routable page's own routes (feeds, calendars), a page that is
not live, a missing language, an unknown URL.
"""

import copy

from django.conf import settings
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page, Site, get_page_models
from wagtail.models.sites import get_site_for_hostname

from home.generation import shared
from home.models import SiteSettings


class FastRoutingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.reserved = routable_segments()
        # Not pages: the admin, files, the health check.
        self.skipped = tuple(settings.PAGE_CACHE_EXCLUDED_PATHS)

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith(self.skipped):
            return None
        site = request_site(request)
        request._wagtail_site = site
        if site is not None:
            prime_site_settings(request, site)
        if site is not None and view_func is wagtail_views.serve:
            path = view_kwargs.get("path", view_args[0] if view_args else "")
            route = self.route(request, site, path)
            if route is not None:
                request._wagtail_route_for_request = route
        return None

    def route(self, request, site, path):
        components = [component for component in path.split("/") if component]
        if self.reserved.intersection(components):
            return None
        language = get_supported_content_language_variant(translation.get_language())
        home_path = homes(site).get(language)
        if home_path is None:
            return None
        page = Page.objects.filter(url_path=home_path + path).first()
        if page is None or not page.live:
            return None
        model = page.specific_class
        if model is None:
            return None
        page = model.objects.select_related(*files_of(model)).get(pk=page.pk)
        try:
            return page.route(request, [])
        except Http404:
            return None


def request_site(request):
    """`Site.find_for_request`, the site read once per content generation."""
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()

    def find():
        try:
            return get_site_for_hostname(hostname, port)
        except Site.DoesNotExist:
            return None

    return shared(("site", hostname, port), find)


def prime_site_settings(request, site):
    """Where `SiteSettings.for_request` looks first: the settings read once per
    content generation, with the pages and image they point to."""
    site_settings = shared(
        ("site-settings", site.pk),
        lambda: (
            SiteSettings.base_queryset()
            .select_related("eu_emblem", "privacy_page", "safety_page")
            .get_or_create(site=site)[0]
        ),
    )
    site_settings = copy.copy(site_settings)  # the process keeps the original
    site_settings._request = request
    setattr(request, SiteSettings.get_cache_attr_name(), site_settings)


def homes(site):
    """{language code: URL path} of the site's live home pages."""

    def read():
        root = Page.objects.get(pk=site.root_page_id)
        return dict(
            root.get_translations(inclusive=True)
            .live()
            .values_list("locale__language_code", "url_path")
        )

    return shared(("homes", site.pk), read)


def files_of(model):
    """The page type's own image and document fields, read with the page."""
    return [
        field.name
        for field in model._meta.concrete_fields
        if field.many_to_one
        and field.related_model is not None
        and issubclass(field.related_model, (AbstractImage, AbstractDocument))
    ]


def routable_segments():
    """The first segments of every routable page type's own routes ("feed",
    "calendar"): a page with such a slug below a routable page is shadowed by
    the route in Wagtail, so such paths take Wagtail's way."""
    segments = set()
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin):
            for pattern in model.get_subpage_urls():
                route = str(pattern.pattern).lstrip("^/")
                if route:
                    segments.add(route.split("/")[0])
    return segments
