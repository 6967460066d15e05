"""Settings shared by every environment.

Everything that differs between machines comes from environment variables
(listed in README.md and .env.example); nothing here is edited per deployment.
"""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"


def env_bool(name, default=False):
    """Read a yes/no environment variable ("1", "true", "yes", "on" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable as a list of non-empty items."""
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


DEBUG = False

INSTALLED_APPS = [
    "home",
    "home.editorial",
    "toolbox",
    "news",
    "podcasts",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "home.request_memo.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "home.web.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.web.routing.FastRoutingMiddleware",
    "home.editorial.middleware.TranslationScopeMiddleware",
]

ROOT_URLCONF = "config.urls"
# A refused form comes back filled in, with the reason (home.web.views.csrf_failure).
CSRF_FAILURE_VIEW = "home.web.views.csrf_failure"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

# Database: DATABASE_URL, or a SQLite file in the project folder.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (required once there is more than one
# application server), otherwise a per-process memory cache.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "equalcity",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Wagtail's rendition look-ups: kept by each process as they are (no pickling:
# Wagtail writes back every rendition a page shows, on every request) until
# the content generation changes, as it does when an image does.
CACHES["renditions"] = {"BACKEND": "home.generation.ProcessCache"}
# Sessions (the admin's logins): read from the shared cache, written through
# to the database so that a Redis restart logs nobody out.
if os.environ.get("REDIS_URL"):
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# The page cache (home.web.page_cache): what anonymous visitors get is stored
# for this many seconds (0 turns it off), and shared caches (a CDN) may keep
# it for CDN_MAX_AGE seconds. Changes retire stored pages at once.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
CDN_MAX_AGE = int(os.environ.get("CDN_MAX_AGE", "60"))
PAGE_CACHE_EXCLUDED_PATHS = [
    "/admin/",
    "/documents/",
    "/podcasts/audio/",
    "/healthz",
]

# A CDN or caching proxy in front of the site is purged of a page when it is
# published or unpublished (wagtail.contrib.frontend_cache); other pages that
# list it follow within CDN_MAX_AGE seconds.
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx, any HTTP PURGE
    WAGTAILFRONTENDCACHE["http"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ["CLOUDFLARE_ZONE_ID"],
    }

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source; the partner cities' languages and Arabic
# (right-to-left) are translations.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("nl", _("Dutch")),
    ("de", _("German")),
    ("it", _("Italian")),
    ("sv", _("Swedish")),
    ("ar", _("Arabic")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [SITE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

# Country names come from django-countries in each language; its Italian and
# Swedish names for North Macedonia are the pre-2019 ones.
COUNTRIES_OVERRIDE = {"MK": _("North Macedonia")}

# Static files and media
STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Media on an S3-compatible bucket when AWS_STORAGE_BUCKET_NAME is set, so that
# every application server sees the same files. Credentials come from the
# standard AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY variables (or an instance
# role), read by django-storages and boto3 themselves.
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    _S3_OPTIONS = {
        "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
        "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
        "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
        "default_acl": None,  # objects inherit the bucket's policy: private
        "file_overwrite": False,  # two uploads of "report.pdf" keep both
    }
    STORAGES["default"] = {
        # Documents and original images: private; Wagtail's /documents/ view
        # checks privacy, then redirects to a URL signed for an hour.
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {**_S3_OPTIONS, "querystring_auth": True},
    }
    STORAGES["renditions"] = {
        # Image renditions (images/ in the bucket, which its policy or the CDN
        # makes readable): plain URLs, since cached pages outlive a signature.
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **_S3_OPTIONS,
            "querystring_auth": False,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
        },
    }
    WAGTAILIMAGES_RENDITION_STORAGE = "renditions"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Static files through WhiteNoise; with DEBUG off and no collectstatic (the
# browser tests, a one-machine demo) it finds them in the apps.
WHITENOISE_USE_FINDERS = env_bool("WHITENOISE_USE_FINDERS", default=False)
# Serve MEDIA_ROOT from Django itself: only for development and demos, a real
# deployment serves media from its web server or S3.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=False)

# Email: SMTP when EMAIL_HOST is set, otherwise printed to the console.
if os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Equalcity <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Contact form messages are deleted this many days after they were sent
# (manage.py purge_contact_messages, run daily by cron or a scheduler).
CONTACT_MESSAGE_RETENTION_DAYS = int(
    os.environ.get("CONTACT_MESSAGE_RETENTION_DAYS", "90")
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {
            "handlers": ["console"],
            "level": "ERROR",
            "propagate": False,
        },
        "equalcity": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Equalcity"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Search: the database (PostgreSQL full-text search in production, stemming
# each language); set OPENSEARCH_URL to use an OpenSearch cluster instead.
if os.environ.get("OPENSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "wagtail.search.backends.opensearch2",
            "URLS": [os.environ["OPENSEARCH_URL"]],
            "INDEX": os.environ.get("OPENSEARCH_INDEX", "equalcity"),
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}
WAGTAILDOCS_EXTENSIONS = [
    "csv",
    "docx",
    "m4a",
    "mp3",
    "odt",
    "ogg",
    "pdf",
    "pptx",
    "rtf",
    "txt",
    "xlsx",
]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024  # podcast episodes
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Images and documents that live content uses change only through a publisher
# (home/editorial/media.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "home.editorial.media.LiveImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "home.editorial.media.LiveDocumentForm"
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# wagtail-localize: a new translation is a draft until a publisher approves it.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation pre-fills the translation editor: DeepL when a key is set
# (dev and test settings fall back to wagtail-localize's dummy translator).
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }

# The admin speaks each user's preferred language.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# Approval publishes with the English version (never a translation before it).
WAGTAIL_FINISH_WORKFLOW_ACTION = "home.editorial.workflow_finish.publish_workflow_state"
# Emails when something awaits review, and to the submitter on a decision.
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False

# Page permissions, limited to the locales each editor works in.
PAGE_PERMISSION_TESTER = "home.editorial.permissions.LocalePagePermissionTester"

# Demo users with known roles may only be created outside production.
EQUALCITY_DEMO_USERS = False
