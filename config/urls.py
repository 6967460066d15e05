from pathlib import Path

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home.web import documents as home_documents
from home.web import page_passwords
from home.web import views as home_views
from home.web.sitemaps import MultilingualSitemap, sitemap_index, sitemap_section
from podcasts import views as podcast_views
from search import views as search_views


def anymail_urls():
    """The mail provider's bounce and complaint webhooks, when one is used."""
    if not settings.ANYMAIL_ESP:
        return []
    return [path("anymail/", include("anymail.urls"))]


# /sitemap.xml is an index of the sections' pages (/sitemap-pages.xml?p=2, …).
SITEMAPS = {"pages": MultilingualSitemap}
urlpatterns = [
    path("", home_views.language_redirect, name="language_redirect"),
    path("healthz", home_views.healthz, name="healthz"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_section,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("admin/", include(wagtailadmin_urls)),
    *anymail_urls(),
    # Wagtail's document view (privacy checked first), with byte ranges;
    # the same URLs as Wagtail's own, which `document.url` keeps naming.
    re_path(r"^documents/(\d+)/(.*)$", home_documents.serve),
    # Hardening: Wagtail's password form for restricted documents, throttled.
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        page_passwords.authenticate_document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
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

    # Image renditions only, as nginx in deploy/: documents (and original
    # images, episode audio) go through /documents/ and /podcasts/audio/,
    # which check view restrictions. The folder is the root, so that
    # "images/../documents/" cannot step out of it.
    urlpatterns.append(
        re_path(
            rf"^{settings.MEDIA_URL.strip('/')}/images/(?P<path>.*)$",
            serve_media,
            {"document_root": Path(settings.MEDIA_ROOT) / "images"},
        )
    )

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("newsletter/", include("newsletter.urls")),
    # Hardening: Wagtail's page password form, throttled (before Wagtail's own).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        page_passwords.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
)
