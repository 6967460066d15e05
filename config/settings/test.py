"""Settings for the pytest suite (pyproject.toml points pytest here)."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Queued as in production; delivered to django.core.mail.outbox (tasks run
# in the request, below, so a message is there when the request returns).
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Uploads stay in the temporary MEDIA_ROOT, even with a bucket in the environment.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILIMAGES_RENDITION_STORAGE = "default"
# Documents from the file system through Django, even with a bucket in the
# environment (not a redirect to /media/, which serves no documents).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILADMIN_BASE_URL = "http://testserver"
EQUALCITY_DEMO_USERS = True
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
# Hardening: tasks run in the request in tests (tests that need the queue and
# its worker switch "background" to the database backend themselves).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}
