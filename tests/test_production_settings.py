"""The production settings, read from the environment as on a server.

Each case runs Python in a subprocess with its own environment, because the
settings modules read the environment once, when they are imported.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_DIR = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "production-like-" + "k" * 50,
    "ALLOWED_HOSTS": "equalcity.example,testserver",
    "WAGTAILADMIN_BASE_URL": "https://equalcity.example",
}
S3 = {
    "AWS_STORAGE_BUCKET_NAME": "equalcity-media",
    "AWS_S3_ENDPOINT_URL": "https://s3.storage.example",
    "AWS_S3_REGION_NAME": "eu-west-3",
    "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "AWS_S3_CUSTOM_DOMAIN": "media.equalcity.example",
}
REDIS = {"REDIS_URL": "redis://cache.internal:6379/0"}

# Prints what the settings chose; never touches the network (signing a URL is
# a local computation).
DESCRIBE_SETTINGS = """
import json
import django
from django.conf import settings
django.setup()
from django.core.files.storage import storages
default_storage = storages["default"]
from wagtail.images.models import get_rendition_storage
renditions = get_rendition_storage()
print(json.dumps({
    "default": settings.STORAGES["default"]["BACKEND"],
    "default_class": type(default_storage).__name__,
    "bucket": getattr(default_storage, "bucket_name", None),
    "document_url": default_storage.url("documents/report.pdf"),
    "renditions_class": type(renditions).__name__,
    "rendition_url": renditions.url("images/photo.width-800.webp"),
    "session_engine": settings.SESSION_ENGINE,
    "cache": settings.CACHES["default"]["BACKEND"],
    "staticfiles": settings.STORAGES["staticfiles"]["BACKEND"],
}))
"""

# Requests a static file through the whole middleware stack.
REQUEST_STATIC = """
import json
import django
django.setup()
from django.templatetags.static import static
from django.test import Client
url = static("css/site.css")
response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip")
print(json.dumps({
    "url": url,
    "status": response.status_code,
    "cache_control": response.get("Cache-Control", ""),
    "content_encoding": response.get("Content-Encoding", ""),
    "plain_cache_control": Client().get("/static/css/site.css").get(
        "Cache-Control", ""
    ),
}))
"""


def run(args, **env):
    """Run Python in the project folder with only `env` added to a clean
    environment (nothing of the caller's settings leaks in)."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "DJANGO_", "SECURE_", "WHITENOISE_"))
        and key
        not in {"SECRET_KEY", "ALLOWED_HOSTS", "REDIS_URL", "DEBUG", "STATIC_ROOT"}
    }
    environment.update(env)
    return subprocess.run(
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


def describe(**env):
    result = run(["-c", DESCRIBE_SETTINGS], **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_media_go_to_the_bucket_private_and_renditions_public_when_one_is_set():
    chosen = describe(**S3)

    assert chosen["default"] == "storages.backends.s3.S3Storage"
    assert chosen["default_class"] == "S3Storage"
    assert chosen["bucket"] == "equalcity-media"
    # Documents and originals: only through a signed URL that expires.
    assert chosen["document_url"].startswith(
        "https://s3.storage.example/equalcity-media/documents/report.pdf?"
    )
    assert "X-Amz-Signature=" in chosen["document_url"]
    assert "X-Amz-Expires=3600" in chosen["document_url"]
    # Renditions: a plain, stable URL on the media domain (pages cache it).
    assert chosen["renditions_class"] == "S3Storage"
    assert (
        chosen["rendition_url"]
        == "https://media.equalcity.example/images/photo.width-800.webp"
    )


def test_renditions_are_unsigned_on_the_bucket_without_a_custom_domain():
    chosen = describe(**{**S3, "AWS_S3_CUSTOM_DOMAIN": ""})

    assert chosen["rendition_url"] == (
        "https://s3.storage.example/equalcity-media/images/photo.width-800.webp"
    )


def test_media_stay_on_the_file_system_without_a_bucket():
    chosen = describe()

    assert chosen["default"] == "django.core.files.storage.FileSystemStorage"
    assert chosen["bucket"] is None
    assert chosen["document_url"] == "/media/documents/report.pdf"
    assert chosen["rendition_url"] == "/media/images/photo.width-800.webp"


def test_sessions_are_read_from_redis_when_it_is_set():
    chosen = describe(**REDIS)

    # Django's Redis cache, degrading to a miss during an outage (home/cache.py).
    assert chosen["cache"] == "home.cache.ResilientRedisCache"
    assert chosen["session_engine"] == "django.contrib.sessions.backends.cached_db"


def test_sessions_stay_in_the_database_without_redis():
    chosen = describe()

    assert chosen["cache"] == "django.core.cache.backends.locmem.LocMemCache"
    assert chosen["session_engine"] == "django.contrib.sessions.backends.db"


def test_deploy_check_passes_with_a_typical_several_server_environment():
    """S3, Redis and OpenSearch set: `check --deploy` has nothing to report."""
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        **PRODUCTION,
        **S3,
        **REDIS,
        OPENSEARCH_URL="https://search.internal:9200",
        CSRF_TRUSTED_ORIGINS="https://equalcity.example",
    )

    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """`collectstatic` under the production settings into a temporary folder."""
    static_root = tmp_path_factory.mktemp("static")
    result = run(
        ["manage.py", "collectstatic", "--noinput", "-v0"],
        **PRODUCTION,
        STATIC_ROOT=str(static_root),
    )
    assert result.returncode == 0, result.stderr
    return static_root


def test_hashed_static_files_are_compressed_and_cached_for_ever(collected_static):
    result = run(
        ["-c", REQUEST_STATIC],
        **PRODUCTION,
        STATIC_ROOT=str(collected_static),
        SECURE_SSL_REDIRECT="0",
    )
    assert result.returncode == 0, result.stderr
    served = json.loads(result.stdout.strip().splitlines()[-1])

    assert served["url"].startswith("/static/css/site.")
    assert served["url"] != "/static/css/site.css"  # the name carries a hash
    assert served["status"] == 200
    assert served["cache_control"] == "max-age=315360000, public, immutable"
    assert served["content_encoding"] == "gzip"
    # The unhashed name may change at the next release: cached one minute.
    assert served["plain_cache_control"] == "max-age=60, public"
