"""A Redis cache that can make the site faster but never take it down.

Django's Redis backend raises when Redis cannot be reached, and Wagtail reads the cache on
every page (site root paths), so a Redis outage would answer every page with a 500. Here a
failure is logged once, counts as a miss, and Redis is left alone for ``RETRY_AFTER`` seconds
so that each request does not wait for another connection timeout. When Redis is back, the
next attempt after that pause finds it: no restart needed.
"""

import logging
import time
from functools import partial

from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

FAILURES = (RedisError, OSError)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": dict(params.get("OPTIONS", {}))}
        self.retry_after = float(params["OPTIONS"].pop("RETRY_AFTER", 5))
        super().__init__(server, params)
        self._down_until = 0.0

    def _attempt(self, operation, fallback):
        """Run ``operation`` against Redis; on failure log, pause Redis and return ``fallback``."""
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return operation()
        except FAILURES as error:
            self._down_until = time.monotonic() + self.retry_after
            logger.warning(
                "Cache unavailable, serving uncached for %ss: %s", self.retry_after, error
            )
            return fallback

    def ping(self) -> bool:
        """Is Redis answering now? (For the health check: ignores the pause.)"""
        try:
            ok = bool(self._cache.get_client(write=True).ping())
        except FAILURES:
            return False
        if ok:
            self._down_until = 0.0
        return ok

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(partial(RedisCache.add, self, key, value, timeout, version), False)

    def get(self, key, default=None, version=None):
        return self._attempt(partial(RedisCache.get, self, key, default, version), default)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(partial(RedisCache.set, self, key, value, timeout, version), None)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(partial(RedisCache.touch, self, key, timeout, version), False)

    def delete(self, key, version=None):
        return self._attempt(partial(RedisCache.delete, self, key, version), False)

    def get_many(self, keys, version=None):
        return self._attempt(partial(RedisCache.get_many, self, keys, version), {})

    def has_key(self, key, version=None):
        return self._attempt(partial(RedisCache.has_key, self, key, version), False)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._attempt(partial(RedisCache.set_many, self, data, timeout, version), list(data))

    def delete_many(self, keys, version=None):
        return self._attempt(partial(RedisCache.delete_many, self, keys, version), None)

    def incr(self, key, delta=1, version=None):
        result = self._attempt(partial(RedisCache.incr, self, key, delta, version), None)
        if result is None:  # as if the key were missing, which is what Django raises then
            raise ValueError(f"Key '{key}' not found (cache unavailable)")
        return result

    def clear(self):
        return self._attempt(partial(RedisCache.clear, self), False)
