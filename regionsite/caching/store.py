"""Where cached responses and fragments live, with the keys they depend on.

Two operations keep what is stored exactly fresh:

- ``put(name, value, keys, since)`` keeps ``value`` only if none of ``keys`` was renewed after
  ``since`` (the renewal counter read before rendering began), and files it under each key;
- ``renew(keys)`` advances the counter, marks each key renewed at the new value and deletes
  everything filed under it, returning the names deleted (the edge purge needs their URLs).

Both run as one Lua script in Redis, so no renewal can fall between the check and the write:
a response rendered from the state before a change is either refused or deleted. Without
Redis (development on SQLite) the same rules run in process memory.

Redis failing is never an error here: reads miss, writes are skipped, and ``renew`` reports
failure so that the renewal stays in the outbox (regionsite.caching.renewal) until it lands.
"""

import logging
import threading
import time

from django.conf import settings
from django.core.cache import caches

from regionsite.cache import FAILURES, ResilientRedisCache

logger = logging.getLogger(__name__)

COUNTER = "counter"
# A renewal mark only has to outlive the longest render that began before it.
MARK_SECONDS = 3600

PUT = """
local prefix, since, seconds = ARGV[1], tonumber(ARGV[2]), ARGV[3]
if tonumber(redis.call('GET', prefix .. 'counter') or '0') < since then return 0 end
for i = 5, #ARGV do
  local renewed = redis.call('GET', prefix .. 'v:' .. ARGV[i])
  if renewed and tonumber(renewed) > since then return 0 end
end
redis.call('SET', prefix .. KEYS[1], ARGV[4], 'EX', seconds)
for i = 5, #ARGV do
  local filed = prefix .. 'd:' .. ARGV[i]
  redis.call('SADD', filed, KEYS[1])
  if redis.call('TTL', filed) < tonumber(seconds) then redis.call('EXPIRE', filed, seconds) end
end
return 1
"""

RENEW = """
local prefix, mark_seconds = ARGV[1], ARGV[2]
local counter = redis.call('INCR', prefix .. 'counter')
local removed = {}
for i = 3, #ARGV do
  redis.call('SET', prefix .. 'v:' .. ARGV[i], counter, 'EX', mark_seconds)
  local filed = prefix .. 'd:' .. ARGV[i]
  local names = redis.call('SMEMBERS', filed)
  for start = 1, #names, 500 do
    local batch = {}
    for j = start, math.min(start + 499, #names) do
      batch[#batch + 1] = prefix .. names[j]
      removed[#removed + 1] = names[j]
    end
    redis.call('UNLINK', unpack(batch))
  end
  redis.call('DEL', filed)
end
return removed
"""


class RedisStore:
    def __init__(self, backend: ResilientRedisCache):
        self.backend = backend
        self.prefix = f"{backend.key_prefix}:rc:"
        self._put = self._renew = None
        self._redis = None

    def _client(self):
        # One client for the process (it is thread-safe, over Django's connection pool):
        # Django builds a new one on every call, which cost 2.7 ms a page (tests/benchmarks).
        if self._redis is None:
            self._redis = self.backend._cache.get_client(write=True)
        return self._redis

    def _attempt(self, operation, fallback):
        return self.backend._attempt(operation, fallback)

    def get(self, *names: str) -> tuple[list, int | None]:
        """The values stored under ``names`` (None where missing) and the renewal counter
        (None when Redis cannot be reached: then nothing may be stored either)."""

        def read():
            found = self._client().mget([self.prefix + name for name in (*names, COUNTER)])
            return found[:-1], int(found[-1] or 0)

        return self._attempt(read, ([None] * len(names), None))

    def put(self, name: str, value: bytes, keys, since: int, seconds: int) -> bool:
        def write():
            if self._put is None:
                self._put = self._client().register_script(PUT)
            arguments = [self.prefix, since, int(seconds), value, *sorted(keys)]
            return bool(self._put(keys=[name], args=arguments))

        return self._attempt(write, False)

    def renew(self, keys, patient: bool = True) -> list[str] | None:
        """The names deleted, or None when Redis could not be reached (the outbox keeps the
        renewal). ``patient``: during the pause after a failure, do not even try (an editor's
        request); the outbox's poller is not patient, so it sees Redis back at once."""

        def write():
            if self._renew is None:
                self._renew = self._client().register_script(RENEW)
            removed = self._renew(args=[self.prefix, MARK_SECONDS, *sorted(keys)])
            return [name.decode() for name in removed]

        if patient:
            return self._attempt(write, None)
        try:
            return write()
        except FAILURES as error:
            logger.warning("Cache renewal not applied yet (kept in the outbox): %s", error)
            return None

    def clear(self):
        def wipe():
            client = self._client()
            for name in client.scan_iter(match=self.prefix + "*", count=1000):
                client.unlink(name)

        self._attempt(wipe, None)


class LocalStore:
    """The same rules in this process's memory (no Redis: development, most tests)."""

    def __init__(self):
        self._lock = threading.Lock()
        self.clear()

    def clear(self):
        self._values: dict[str, tuple[float, bytes]] = {}
        self._filed: dict[str, set[str]] = {}
        self._renewed: dict[str, int] = {}
        self._counter = 0

    def get(self, *names):
        now = time.monotonic()
        with self._lock:
            values = []
            for name in names:
                kept = self._values.get(name)
                values.append(kept[1] if kept and kept[0] > now else None)
            return values, self._counter

    def put(self, name, value, keys, since, seconds) -> bool:
        with self._lock:
            if self._counter < since or any(self._renewed.get(k, -1) > since for k in keys):
                return False
            self._values[name] = (time.monotonic() + seconds, value)
            for key in keys:
                self._filed.setdefault(key, set()).add(name)
            return True

    def renew(self, keys, patient: bool = True) -> list[str]:
        with self._lock:
            self._counter += 1
            removed = []
            for key in keys:
                self._renewed[key] = self._counter
                for name in self._filed.pop(key, ()):
                    self._values.pop(name, None)
                    removed.append(name)
            return removed


_local = LocalStore()


def get_store():
    backend = caches["default"]
    if isinstance(backend, ResilientRedisCache):
        store = getattr(backend, "_regionsite_store", None)
        if store is None:
            store = backend._regionsite_store = RedisStore(backend)
        return store
    return _local


def entry_seconds() -> int:
    return max(settings.PAGE_CACHE_SECONDS, settings.FRAGMENT_CACHE_SECONDS)
