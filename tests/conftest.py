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
    """Wagtail caches site root paths; a test must not see another test's site
    (nor its counted searches)."""
    from django.core.cache import cache

    cache.clear()
    forget_counted_searches()
    yield
    cache.clear()
    forget_counted_searches()


def forget_counted_searches():
    """Searches a test made and did not flush, which search.hits holds in
    this process: not for the next test to count."""
    from search import hits  # imported late, as the app registry is ready then

    with hits._buffer_lock:
        hits._buffer["counts"].clear()
        hits._buffer["since"] = None


@pytest.fixture(autouse=True)
def queued_email(settings):
    """Email as the site sends it (EMAIL_BACKEND): queued, then delivered by
    the task worker (run in the request in tests) to Django's outbox
    (EMAIL_DELIVERY_BACKEND). Django's test set-up would otherwise put every
    message straight into the outbox."""
    settings.EMAIL_BACKEND = "home.mail.QueuedEmailBackend"
