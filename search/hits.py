"""How often each search is made, counted in the cache, off the request path.

A search request only increments a counter in the cache (Redis in production,
shared by every application server): no database write while a visitor waits.
`manage.py flush_search_hits`, run daily (the equalcity-flush-search-hits
timer), moves the counts into Wagtail's search promotions tables (`Query` and
its daily hits, the admin's "Popular search terms" report) and deletes the
daily hits older than `SEARCH_TERMS_RETENTION_DAYS` days, then the queries
left with no hits and no promotion: visitors' words are not kept longer.
With `SEARCH_TERMS_RETENTION_DAYS = 0` searches are not counted at all.

The cache holds, for each day (UTC dates, as Wagtail's daily hits):

- `search-hits:<day>:<digest>`, the number of searches for one query;
- `search-hits:<day>:queries`, how many distinct queries that day has;
- `search-hits:<day>:query:<n>`, the text of its n-th query.

Only the words of the query are kept, nothing about the visitor.

Each process adds up its searches in memory and adds them to the cache at
most every `BUFFER_SECONDS` (on the next search after that, at exit, and
before `flush_hits`): a search costs no round trip to the cache (three
before, a third of what a search served from the page cache cost). A process
killed outright loses its last seconds of counts, which are statistics.
"""

import atexit
import collections
import contextlib
import datetime
import hashlib
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.urls import Resolver404, resolve
from django.utils import timezone, translation

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from .selectors import clean_query

# Counts live long enough for a daily flush to be late by a day or two.
KEEP_SECONDS = 4 * 24 * 60 * 60
FLUSH_DAYS = 3
BUFFER_SECONDS = 10

# {(day, query string): searches} counted by this process, not yet in the
# cache, and when the oldest of them was counted.
_buffer = {"counts": collections.Counter(), "since": None}
_buffer_lock = threading.Lock()


def _day_key(day, *parts):
    return ":".join(["search-hits", day.isoformat(), *map(str, parts)])


def _counter_key(day, query_string):
    digest = hashlib.sha256(query_string.encode()).hexdigest()[:32]
    return _day_key(day, digest)


def _increment(key):
    cache.add(key, 0, KEEP_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.add(key, 1, KEEP_SECONDS)
        return 1


def record_request(request):
    """Count the search `request` makes: the first page of its results for
    every type, as Wagtail's "Popular search terms" counts searches."""
    query = clean_query(request.GET.get("q", ""))
    if (
        query
        and not request.GET.get("type")
        and request.GET.get("page", "1") in {"", "1"}
    ):
        record_hit(query)


def count_cached_search(sender, request, **kwargs):
    """`served_from_cache` receiver: a search page served from the page cache
    is a search made all the same."""
    if not request.GET.get("q"):
        return  # not a search: no need to resolve the path
    language = translation.get_language_from_path(request.path_info)
    if language is None:
        return
    with translation.override(language):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return
    if match.url_name == "search":
        record_request(request)


def record_hit(query, day=None):
    """Count one search for `query`: a few cache operations, no database."""
    query_string = normalise_query_string(query)
    if not query_string or settings.SEARCH_TERMS_RETENTION_DAYS == 0:
        return
    day = day or timezone.now().date()
    now = time.monotonic()
    with _buffer_lock:
        _buffer["counts"][(day, query_string)] += 1
        if _buffer["since"] is None:
            _buffer["since"] = now
        due = now - _buffer["since"] >= BUFFER_SECONDS
    if due:
        flush_buffer()


def flush_buffer():
    """Add this process's counted searches to the cache."""
    with _buffer_lock:
        counts, _buffer["counts"] = _buffer["counts"], collections.Counter()
        _buffer["since"] = None
    for (day, query_string), count in counts.items():
        _add(day, query_string, count)


atexit.register(flush_buffer)


def _add(day, query_string, count):
    counter = _counter_key(day, query_string)
    if cache.add(counter, 0, KEEP_SECONDS):
        # The first search for this query that day: list it for the flush.
        number = _increment(_day_key(day, "queries"))
        cache.set(_day_key(day, "query", number), query_string, KEEP_SECONDS)
    try:
        cache.incr(counter, count)
    except ValueError:  # expired or evicted since `add`: count it anew
        cache.add(counter, count, KEEP_SECONDS)


def _pending(day):
    """{query string: searches not yet in the database} for `day`."""
    total = cache.get(_day_key(day, "queries")) or 0
    query_keys = [_day_key(day, "query", number) for number in range(1, total + 1)]
    pending = {}
    for start in range(0, len(query_keys), 500):
        for query_string in cache.get_many(query_keys[start : start + 500]).values():
            pending[query_string] = 0
    counters = {_counter_key(day, text): text for text in pending}
    counter_keys = list(counters)
    for start in range(0, len(counter_keys), 500):
        for key, count in cache.get_many(counter_keys[start : start + 500]).items():
            pending[counters[key]] = count or 0
    return {text: count for text, count in pending.items() if count > 0}


def flush_hits(days=FLUSH_DAYS):
    """Add the counted searches of the last `days` days to Wagtail's daily
    hits; returns how many searches were moved."""
    flush_buffer()
    today = timezone.now().date()
    moved = 0
    for offset in range(days):
        day = today - datetime.timedelta(days=offset)
        for query_string, count in _pending(day).items():
            with transaction.atomic():
                query = Query.get(query_string)
                hits, _created = QueryDailyHits.objects.get_or_create(
                    query=query, date=day
                )
                hits.hits = F("hits") + count
                hits.save(update_fields=["hits"])
            # Searches made since the read stay in the counter (gone: expired).
            with contextlib.suppress(ValueError):
                cache.decr(_counter_key(day, query_string), count)
            moved += count
    return moved


def delete_old_hits(days=None):
    """Forget what visitors searched for more than `days` days ago
    (SEARCH_TERMS_RETENTION_DAYS unless given): their daily hits, then the
    queries left with no hits and no promotion (Wagtail's own clean-up)."""
    if days is None:
        days = settings.SEARCH_TERMS_RETENTION_DAYS
    if days == 0:
        QueryDailyHits.objects.all().delete()
    else:
        QueryDailyHits.garbage_collect(days=days)
    Query.garbage_collect()
