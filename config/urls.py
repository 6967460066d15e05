from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemaps_views
from wagtail.documents import urls as wagtaildocs_urls

from home.web import views as home_views
from home.web.sitemaps import MultilingualSitemap
from podcasts import views as podcast_views
from search import views as search_views

# /sitemap.xml is an index of the sections' pages (/sitemap-pages.xml?p=2, …).
SITEMAPS = {"pages": MultilingualSitemap}
urlpatterns = [
    path("", home_views.language_redirect, name="language_redirect"),
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemaps_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemaps_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "podcasts/audio/<int:document_id>/<str:filename>",
        podcast_views.serve_audio,
        name="podcast_audio",
    ),
]

if settings.DEBUG:
    # Imported here: only development serves static files through Django.
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if settings.SERVE_MEDIA:
    # Imported here: only development and demos serve media through Django.
    from django.views.static import serve as serve_media

    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/(?P<path>.*)$",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        )
    )

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("", include(wagtail_urls)),
)
