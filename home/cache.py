"""Django's Redis cache, degraded to a miss while Redis is unreachable.

Everything the site caches (the content generation, `shared` values, whole
pages, search counts, sessions read through `cached_db`) can be computed or
read from the database again, so a Redis outage must cost speed, not pages:
every operation that cannot reach Redis answers as a miss (`get` gives the
default, `add` and `delete` give False, `incr` raises ValueError as for a
missing key, writes are dropped).

After a failure, Redis is left alone for `RETRY_SECONDS`: with a Redis that
hangs, each page would otherwise wait for a timeout on every cache call. The
outage is logged once when it starts, then at most once per `LOG_SECONDS`,
and once when Redis answers again; never once per call.

Set short socket timeouts in `OPTIONS` (config/settings/base.py does) so that
a Redis that accepts connections but does not answer costs a fraction of a
second, not a worker.
"""

import functools
import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Refused or timed-out connections, and a Redis that answers with an error
# (out of memory, read-only replica after a failover, still loading).
OUTAGE_ERRORS = (RedisError,)


def _degrades_to(fallback):
    """Run the operation, or answer `fallback(...)` (called with the same
    arguments) while Redis is down."""

    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if self._outage.skipping():
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except OUTAGE_ERRORS as error:
                self._outage.failed(error)
                return fallback(*args, **kwargs)
            self._outage.answered()
            return result

        return wrapper

    return decorate


def _false(*args, **kwargs):
    return False


def _none(*args, **kwargs):
    return None


def _default(key, default=None, version=None):
    return default


def _all_failed(data, *args, **kwargs):
    return list(data)  # set_many returns the keys it could not store


def _missing_key(key, *args, **kwargs):
    raise ValueError(f"Key '{key}' not found (the cache is unavailable).")


class Outage:
    """The state of one cache's connection, shared by the threads of a process."""

    def __init__(self, retry_seconds, log_seconds):
        self.retry_seconds = retry_seconds
        self.log_seconds = log_seconds
        self.down_since = None
        self.retry_at = 0.0
        self.logged_at = None
        self._lock = threading.Lock()

    def skipping(self):
        return self.down_since is not None and time.monotonic() < self.retry_at

    def failed(self, error):
        now = time.monotonic()
        with self._lock:
            if self.down_since is None:
                self.down_since = now
            self.retry_at = now + self.retry_seconds
            if self.logged_at is None or now - self.logged_at >= self.log_seconds:
                self.logged_at = now
                logger.warning(
                    "Cache unavailable (%s: %s); serving from the database, "
                    "down for %.0f s",
                    type(error).__name__,
                    error,
                    now - self.down_since,
                )

    def answered(self):
        if self.down_since is None:
            return
        with self._lock:
            if self.down_since is None:
                return
            logger.warning(
                "Cache available again after %.0f s",
                time.monotonic() - self.down_since,
            )
            self.down_since = None
            self.logged_at = None

    @property
    def is_down(self):
        return self.down_since is not None


class ReusedClient(RedisCacheClient):
    """Django's client, keeping one `redis.Redis` per connection pool: Django
    builds a new one (and its table of response callbacks) for every cache
    call, a third of the time of a page served from the cache. A `redis.Redis`
    is safe to share between threads and checks its pool after a fork."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class ResilientRedisCache(RedisCache):
    """`RedisCache` that serves misses instead of errors while Redis is down."""

    RETRY_SECONDS = 5
    LOG_SECONDS = 60

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient  # RedisCache.__init__ sets its own
        self._outage = Outage(self.RETRY_SECONDS, self.LOG_SECONDS)

    @property
    def available(self):
        """False while the last attempt failed (for /healthz)."""
        return not self._outage.is_down

    def ping(self):
        """Whether Redis answers now (for /healthz); an outage is logged as
        for any other operation."""
        try:
            self._cache.get_client().ping()
        except OUTAGE_ERRORS as error:
            self._outage.failed(error)
            return False
        self._outage.answered()
        return True

    add = _degrades_to(_false)(RedisCache.add)
    get = _degrades_to(_default)(RedisCache.get)
    set = _degrades_to(_none)(RedisCache.set)
    touch = _degrades_to(_false)(RedisCache.touch)
    delete = _degrades_to(_false)(RedisCache.delete)
    get_many = _degrades_to(lambda *args, **kwargs: {})(RedisCache.get_many)
    has_key = _degrades_to(_false)(RedisCache.has_key)
    incr = _degrades_to(_missing_key)(RedisCache.incr)
    set_many = _degrades_to(_all_failed)(RedisCache.set_many)
    delete_many = _degrades_to(_none)(RedisCache.delete_many)
    clear = _degrades_to(_false)(RedisCache.clear)
