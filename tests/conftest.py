import factory.random
import pytest

factory.random.reseed_random("equalcity")


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded and generated files go to a temporary folder, never ./media."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths; a test must not see another test's site."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
