"""Production: every secret and host name comes from the environment.

A missing SECRET_KEY or ALLOWED_HOSTS stops the process at start-up (KeyError)
rather than running with a guessable default.
"""

import os
from pathlib import Path

from .base import *  # noqa: F403
from .base import env_bool, env_list

DEBUG = env_bool("DEBUG", default=False)
SECRET_KEY = os.environ["SECRET_KEY"]
ALLOWED_HOSTS = os.environ["ALLOWED_HOSTS"].split(",")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# TLS ends at the load balancer or reverse proxy, which sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True
)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))  # noqa: F405

# Hashed, compressed static files served by WhiteNoise (`manage.py collectstatic`
# runs at deploy time).
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Hardening: without a mail server, mail is dropped with a warning that names
# no address and no content (base settings would print whole contact
# messages into the server log through the console backend).
if not os.environ.get("EMAIL_HOST") and not os.environ.get("ANYMAIL_ESP"):
    EMAIL_DELIVERY_BACKEND = "home.mail.UnconfiguredEmailBackend"
