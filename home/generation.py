"""The content generation: one number for everything visitors can see.

Every save or delete of something a public page shows (a page, a snippet, an
image, a document, site settings, a site, a locale, a view restriction, a
redirect, a search promotion) increments it. Whatever is cached for visitors
(whole pages in `home.web.page_cache`, the site-wide parts of a page through
`shared`) is stored under the current number, so that an increment retires
all of it at once, on every server: the number lives in the default cache
(Redis when `REDIS_URL` is set; several servers need it).

The number is incremented at once and again after the transaction commits:
a request served in between may cache what it read before the commit, and the
second increment retires that too.
"""

import contextlib
import secrets

from django.apps import apps
from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import translation

from wagtail.signals import page_unpublished, post_page_move, unpublished

from .request_memo import memoized

KEY = "content-generation"
SHARED_TIMEOUT = 24 * 60 * 60

# Models whose rows visitors see, by app label, and the models of those apps
# (or of Wagtail's) that change without changing what visitors see.
CONTENT_APPS = {"home", "toolbox", "news", "podcasts"}
WAGTAIL_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
    "wagtailcore.collection",
    "wagtailimages.image",
    "wagtaildocs.document",
    "wagtailredirects.redirect",
    "wagtailsearchpromotions.searchpromotion",
}


def current():
    """The current generation, read once per request."""
    return memoized(KEY, _read)


def remember(generation):
    """The current generation, given as read along with something else (the
    page cache reads it with the page); read now when not given."""
    if generation is None:
        return current()
    return memoized(KEY, lambda: generation)


def _read():
    generation = cache.get(KEY)
    if generation is None:
        _start()
        generation = cache.get(KEY)
    return generation


def _start():
    """A new series, from a random number: after the cache is emptied (a Redis
    restart, a test), no process takes old values for the new ones."""
    cache.add(KEY, secrets.randbelow(2**62), timeout=None)


def bump():
    """Retire everything cached for visitors, now and once the change commits."""
    _increment()
    transaction.on_commit(_increment)


def _increment():
    try:
        cache.incr(KEY)
    except ValueError:  # not set yet, or evicted
        _start()


# What this process has read of the shared values, for one generation only:
# values never change within a generation, so each process reads each once.
_process = {"generation": None, "values": {}}
PROCESS_MAX_VALUES = 2000


def shared(key, compute, timeout=SHARED_TIMEOUT):
    """`compute()` once per content generation for every server, then kept by
    each process until the generation changes. For what every visitor sees
    alike: navigation, site settings, locales, the homes, breadcrumbs. The
    value must pickle, and callers must not change it."""
    if isinstance(key, tuple):
        key = ":".join(str(part) for part in key)
    generation = current()
    if generation is None:
        # The cache is unavailable (home.cache): no number retires what this
        # process would keep, so keep it for this request only.
        return memoized(f"shared:{key}", compute)
    if _process["generation"] != generation:
        _process["generation"] = generation
        _process["values"] = {}
    values = _process["values"]
    if key in values:
        return values[key]
    cache_key = f"shared:{generation}:{key}"
    stored = cache.get(cache_key)
    if stored is None:
        stored = (compute(),)  # in a tuple, so that None is a value too
        cache.set(cache_key, stored, timeout)
    if len(values) < PROCESS_MAX_VALUES:
        values[key] = stored[0]
    return stored[0]


def is_content(model):
    """Whether saving or deleting a `model` row can change a public page."""
    meta = model._meta
    if meta.app_label in CONTENT_APPS:
        return True
    if meta.label_lower in WAGTAIL_MODELS:
        return True
    page_model = apps.get_model("wagtailcore", "Page")
    return issubclass(model, page_model)


def _changed(sender, **kwargs):
    if is_content(sender):
        bump()


def _always(sender, **kwargs):
    bump()


def connect():
    """Called once from `HomeConfig.ready()`."""
    post_save.connect(_changed, dispatch_uid="generation-save")
    post_delete.connect(_changed, dispatch_uid="generation-delete")
    # Moves update paths with queries, not saves; unpublishing a snippet
    # saves it, unpublishing a page may touch only its revision.
    post_page_move.connect(_always, dispatch_uid="generation-move")
    page_unpublished.connect(_always, dispatch_uid="generation-page-unpublished")
    unpublished.connect(_always, dispatch_uid="generation-unpublished")


class ProcessCache(BaseCache):
    """A cache backend kept in this process, as the objects themselves, and
    emptied whenever the content generation changes (for Wagtail's rendition
    look-ups: `CACHES["renditions"]`)."""

    def __init__(self, location, params):
        super().__init__(params)
        self._generation = None
        self._values = {}

    def _current(self):
        generation = current()
        if generation is None:
            return {}  # the cache is unavailable: nothing may be kept (`shared`)
        if generation != self._generation:
            self._generation = generation
            self._values = {}
        return self._values

    def get(self, key, default=None, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._current().get(key, default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        values = self._current()
        if len(values) >= PROCESS_MAX_VALUES:
            values.clear()
        values[self.make_and_validate_key(key, version=version)] = value

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if self.has_key(key, version=version):
            return False
        self.set(key, value, timeout, version)
        return True

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self.has_key(key, version=version)

    def delete(self, key, version=None):
        key = self.make_and_validate_key(key, version=version)
        return self._current().pop(key, None) is not None

    def has_key(self, key, version=None):
        return self.make_and_validate_key(key, version=version) in self._current()

    def clear(self):
        self._values = {}


# Whether shared fragments (`{% shared_fragment %}`) and shared responses are
# read from the cache; `rendered_afresh` turns both off.
SHARED_FRAGMENTS = True
SHARED_RESPONSES = True


@contextlib.contextmanager
def rendered_afresh():
    """Every shared fragment and shared response rendered, not read, as on
    the first request after a change: what a page costs to write, not what
    the cache saves (query budgets in tests, the benchmark's "afresh"
    column). For tests and measurements in one thread only."""
    global SHARED_FRAGMENTS, SHARED_RESPONSES  # noqa: PLW0603 (a switch for measurements)
    saved = SHARED_FRAGMENTS, SHARED_RESPONSES
    SHARED_FRAGMENTS = SHARED_RESPONSES = False
    try:
        yield
    finally:
        SHARED_FRAGMENTS, SHARED_RESPONSES = saved


# Headers of a shared response worth keeping with its content.
SHARED_RESPONSE_HEADERS = ("Content-Type", "Last-Modified", "X-Robots-Tag")


def shared_response(request, name, render):
    """`render()`'s response, made once per content generation and language
    for every server: for whole responses that are the same for every visitor
    and costly to write (feeds, pages of the sitemap), page cache on or off.
    Only a 200 is kept; a preview always renders afresh."""
    current_generation = None
    if SHARED_RESPONSES and not getattr(request, "is_preview", False):
        current_generation = current()
    if current_generation is None:
        return render()
    key = f"response:{current_generation}:{translation.get_language()}:{name}"
    stored = cache.get(key)
    if stored is None:
        response = render()
        if response.status_code != 200 or response.streaming:
            return response
        if hasattr(response, "render"):
            response.render()
        headers = {
            header: response[header]
            for header in SHARED_RESPONSE_HEADERS
            if header in response
        }
        stored = (response.content, headers)
        cache.set(key, stored, SHARED_TIMEOUT)
    content, headers = stored
    return HttpResponse(content, headers=headers)
