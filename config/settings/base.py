"""Settings shared by every environment.

Everything that differs between machines comes from environment variables
(listed in README.md and .env.example); nothing here is edited per deployment.
"""

import os
from datetime import timedelta
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
    "newsletter",
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
    "django_tasks",
    "django_tasks_db",
    "anymail",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Hardening: first, so that every log line of the request carries its id.
    "home.web.request_id.RequestIdMiddleware",
    "home.request_memo.RequestMemoMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Hardening: outside the page cache, so that stored pages get them too.
    "home.web.csp.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
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
# PostgreSQL's planner cost of reading a page out of order: 1.1 fits SSD
# storage and a database that stays in memory (the server's default, 4, is
# for spinning disks). With 4 a common word makes it read the whole search
# index rather than its GIN index (search/migrations/0001): 28 ms against
# 11 ms over the bench's data. DATABASE_RANDOM_PAGE_COST="" keeps the
# server's own setting (behind a pooler that refuses connection options, set
# it on the database with ALTER DATABASE instead).
_RANDOM_PAGE_COST = os.environ.get("DATABASE_RANDOM_PAGE_COST", "1.1")
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and (
    _RANDOM_PAGE_COST
):
    _OPTIONS = DATABASES["default"].setdefault("OPTIONS", {})
    _OPTIONS["options"] = " ".join(
        [_OPTIONS.get("options", ""), f"-c random_page_cost={float(_RANDOM_PAGE_COST)}"]
    ).strip()

# Cache: Redis when REDIS_URL is set (required once there is more than one
# application server), otherwise a per-process memory cache.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            # Hardening: a Redis outage is a cache miss, logged, never a 500
            # (home/cache.py); short timeouts so a hanging Redis costs
            # REDIS_TIMEOUT seconds, and then nothing for a few seconds.
            "BACKEND": "home.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "equalcity",
            "OPTIONS": {
                "socket_connect_timeout": float(
                    os.environ.get("REDIS_TIMEOUT", "0.25")
                ),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.25")),
            },
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
    {
        # Hardening: staff passwords of at least 12 characters.
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
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
# Serve image renditions (MEDIA_ROOT/images/) from Django itself: only for
# development and demos; a real deployment serves them from nginx or S3.
SERVE_MEDIA = env_bool("SERVE_MEDIA", default=False)

# Hardening: private documents. A document is only ever served through
# Wagtail's /documents/<id>/<file> view, which checks the collection's view
# restrictions first (home/web/documents.py adds byte ranges); MEDIA_ROOT's
# documents/ is served by nobody (config/urls.py, deploy/nginx/). Never
# "direct", which links to the storage's own URL. On a bucket the view
# redirects to a URL signed for an hour (the objects stay private); on disk
# Django sends the file, or, behind nginx, hands it over with X-Accel-Redirect
# to nginx's internal location SENDFILE_URL (nginx then answers byte ranges
# and holds the slow download, not a gunicorn worker).
WAGTAILDOCS_SERVE_METHOD = (
    "redirect" if os.environ.get("AWS_STORAGE_BUCKET_NAME") else "serve_view"
)
if os.environ.get("SENDFILE_URL"):
    SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    SENDFILE_ROOT = str(MEDIA_ROOT)
    SENDFILE_URL = os.environ["SENDFILE_URL"]

# Email: every message leaves the request (home.mail.QueuedEmailBackend):
# stored, then sent by the task worker through EMAIL_DELIVERY_BACKEND: SMTP
# when EMAIL_HOST is set, otherwise printed to the worker's console.
EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
if os.environ.get("EMAIL_HOST"):
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ["EMAIL_HOST"]
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=True)
else:
    EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A mail provider's API instead of SMTP (django-anymail): ANYMAIL_ESP names it
# ("postmark", "mailgun", "amazon_ses", "brevo", …); every other ANYMAIL_*
# variable is one of its settings without the prefix (ANYMAIL_WEBHOOK_SECRET,
# ANYMAIL_POSTMARK_SERVER_TOKEN, …). Its webhooks (/anymail/<esp>/tracking/)
# report bounces and complaints, which suppress the address (newsletter).
ANYMAIL_ESP = os.environ.get("ANYMAIL_ESP", "")
ANYMAIL = {
    name.removeprefix("ANYMAIL_"): value
    for name, value in os.environ.items()
    if name.startswith("ANYMAIL_") and name != "ANYMAIL_ESP"
}
if ANYMAIL_ESP:
    EMAIL_DELIVERY_BACKEND = f"anymail.backends.{ANYMAIL_ESP}.EmailBackend"
# Hardening: a mail server that hangs gives up after EMAIL_TIMEOUT seconds;
# mail is sent by the task worker anyway, never in anyone's request.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Equalcity <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Hardening: background tasks (django-tasks). "background" is a queue in the
# database, run by `manage.py db_worker --backend background` (the
# equalcity-worker systemd unit; `make run` starts one): every email goes
# there (the contact form's to staff, Wagtail's review notifications,
# password resets), with retries. "default" keeps Wagtail's own tasks
# (reference index, renditions, CDN purges) in the request, as before, so
# that what the editorial checks read is up to date when a page is saved.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Hardening: visitors' search terms (Reports → Search terms) are deleted this
# many days after the searches (manage.py flush_search_hits, run daily); 0
# counts no searches at all. Wagtail's own clean-up reads the same number.
SEARCH_TERMS_RETENTION_DAYS = int(os.environ.get("SEARCH_TERMS_RETENTION_DAYS", "7"))
WAGTAILSEARCH_HITS_MAX_AGE = SEARCH_TERMS_RETENTION_DAYS

# The newsletter by email (newsletter/): a confirmation link works for
# NEWSLETTER_CONFIRM_HOURS; a sign-up not confirmed is deleted after
# NEWSLETTER_UNCONFIRMED_DAYS (manage.py purge_newsletter_signups, daily).
# Issues go out NEWSLETTER_BATCH_SIZE emails every NEWSLETTER_BATCH_SECONDS
# (the rate limit, per worker run). One client may sign up
# NEWSLETTER_SIGNUPS_PER_HOUR times an hour; one address gets at most one
# sign-up email per NEWSLETTER_EMAIL_MINUTES.
NEWSLETTER_CONFIRM_HOURS = int(os.environ.get("NEWSLETTER_CONFIRM_HOURS", "48"))
NEWSLETTER_UNCONFIRMED_DAYS = int(os.environ.get("NEWSLETTER_UNCONFIRMED_DAYS", "7"))
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", "50"))
NEWSLETTER_BATCH_SECONDS = int(os.environ.get("NEWSLETTER_BATCH_SECONDS", "60"))
NEWSLETTER_SIGNUPS_PER_HOUR = int(os.environ.get("NEWSLETTER_SIGNUPS_PER_HOUR", "10"))
NEWSLETTER_EMAIL_MINUTES = int(os.environ.get("NEWSLETTER_EMAIL_MINUTES", "10"))

# Contact form messages are deleted this many days after they were sent
# (manage.py purge_contact_messages, run daily by cron or a scheduler).
CONTACT_MESSAGE_RETENTION_DAYS = int(
    os.environ.get("CONTACT_MESSAGE_RETENTION_DAYS", "90")
)

# Hardening (logs): one JSON object per line on stdout, each with the id of
# the request it belongs to (home.web.request_id); no visitor address, form
# content or query string in any field (home.web.logging). A refused request
# (4xx: a foreign Host, an oversized body) is one WARNING line without a
# traceback; an unhandled exception is an ERROR with its traceback; plain
# 404s are left to the web server's access log.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "home.web.logging.RequestIdFilter"},
        "client_errors": {"()": "home.web.logging.ClientErrorFilter"},
    },
    "formatters": {
        "json": {"()": "home.web.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            "filters": ["request_id", "client_errors"],
        },
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {"level": "WARNING"},
        "django.security": {"level": "WARNING"},
        "equalcity": {"level": "INFO"},
    },
}

# Hardening (headers): Content-Security-Policy by django-csp
# (home.web.csp.SiteCSPMiddleware). Public pages run no inline script or
# style, and load nothing from another host but the click-to-load players
# (home/embeds.py) and, when media are served from another host, images and
# audio from there (added from MEDIA_URL and the rendition storage). No nonce:
# the page cache gives every visitor the same page.
EMBED_FRAME_SOURCES = [
    "https://open.spotify.com",
    "https://www.youtube-nocookie.com",
    "https://www.linkedin.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "frame-src": EMBED_FRAME_SOURCES,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# The Wagtail admin (its editor, previews and wagtail-localize's translation
# editor) has inline scripts and style attributes in its own templates; it
# still loads nothing from another host, and only it frames its previews.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "media-src": ["'self'", "blob:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", *EMBED_FRAME_SOURCES],
        "frame-ancestors": ["'self'"],
    }
}
# Permissions-Policy (django-permissions-policy): what the site never uses is
# off, for it and for anything it frames; the players may play protected media.
PERMISSIONS_POLICY = {
    **{
        feature: []
        for feature in (
            "accelerometer",
            "ambient-light-sensor",
            "bluetooth",
            "browsing-topics",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "hid",
            "idle-detection",
            "interest-cohort",
            "local-fonts",
            "magnetometer",
            "microphone",
            "midi",
            "payment",
            "screen-wake-lock",
            "serial",
            "usb",
            "xr-spatial-tracking",
        )
    },
    "encrypted-media": ["self", *EMBED_FRAME_SOURCES],
}
# The CSRF cookie (the contact form sets one) ends with the browser session:
# a cookie that lasts a year would record on a visitor's device that they
# opened the form. Scripts never read it (the admin takes its token from the
# page), so it is HttpOnly too; production adds Secure.
CSRF_COOKIE_AGE = None
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

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

# Hardening, accounts (issue 12): throttled logins, long passwords, a second
# factor for staff, sessions that end, an admin that calls no other host.
INSTALLED_APPS += ["axes", "django_otp", "django_otp.plugins.otp_totp"]
_AUTH_MIDDLEWARE = MIDDLEWARE.index(
    "django.contrib.auth.middleware.AuthenticationMiddleware"
)
MIDDLEWARE[_AUTH_MIDDLEWARE + 1 : _AUTH_MIDDLEWARE + 1] = [
    "django_otp.middleware.OTPMiddleware",
    "home.editorial.two_factor.StaffTwoFactorMiddleware",
]
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last, as axes requires
# AxesBackend refuses a locked-out login before ModelBackend checks the
# password; it is a ModelBackend too, so code that logs in with the first
# backend (Wagtail's preview test helpers) gets one that can load users.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# django-axes: LOGIN_FAILURE_LIMIT wrong passwords for one username, or from
# one address, lock that username or address for LOGIN_COOLOFF_MINUTES (each
# new failure restarts the wait); page passwords likewise, per address and
# page restriction. Attempts are counted in the cache and expire with the
# cool-off: no visitor address or username is written to the database or logs.
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
if not os.environ.get("REDIS_URL"):
    # One server without Redis: each worker process counts on its own, so
    # the limit is multiplied by the number of workers (still a handful of
    # guesses per cool-off). Several servers need REDIS_URL anyway.
    SILENCED_SYSTEM_CHECKS = ["axes.W001"]
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(
    minutes=int(os.environ.get("LOGIN_COOLOFF_MINUTES", "15"))
)
AXES_LOCKOUT_PARAMETERS = "home.editorial.accounts.lockout_parameters"
AXES_CLIENT_IP_CALLABLE = "home.editorial.accounts.client_ip"
AXES_CLIENT_STR_CALLABLE = "home.editorial.accounts.client_str"
AXES_LOCKOUT_CALLABLE = "home.editorial.accounts.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False
# How many reverse proxies in front of the application append to
# X-Forwarded-For (nginx in deploy/: 1). 0 trusts no header: REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# REQUIRE_STAFF_2FA: everyone who may open the admin confirms a one-time code
# (TOTP, django-otp) after the password, and sets up an authenticator app
# first if they have none. A staff member with a device always confirms.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", default=False)
OTP_TOTP_ISSUER = WAGTAIL_SITE_NAME
# Staff sessions end STAFF_SESSION_HOURS after login and when the browser
# closes (visitors get no session: the public pages set no cookie).
SESSION_COOKIE_AGE = int(float(os.environ.get("STAFF_SESSION_HOURS", "10")) * 3600)
SESSION_EXPIRE_AT_BROWSER_CLOSE = env_bool(
    "SESSION_EXPIRE_AT_BROWSER_CLOSE", default=True
)
# The admin calls no other host: no Gravatar, no update check, no "What's new".
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# Two editors on one page: Wagtail's editing sessions warn each of the other
# and of a newer saved version (every 10 s); a locked page refuses others' saves.
WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10_000
WAGTAILADMIN_GLOBAL_EDIT_LOCK = False
