from django.test import override_settings

import factory.random
import pytest

factory.random.reseed_random("equalcity")


@pytest.fixture(scope="session", autouse=True)
def media_root(tmp_path_factory):
    """Uploaded and generated files go to a temporary folder, never ./media.

    Session-wide, because TestCase.setUpTestData creates files once per class.
    """
    path = tmp_path_factory.mktemp("media")
    with override_settings(MEDIA_ROOT=path):
        yield path


@pytest.fixture(autouse=True)
def empty_cache():
    """Wagtail caches site root paths; a test must not see another test's site."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
