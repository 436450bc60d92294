"""How many times one client, page or account did something lately: counters in fixed windows,
kept in Django's cache.

The cache is Redis in production, shared by every app instance, so a limit holds whichever
instance answers. Each counter is one key that lives as long as its window (``add`` then an
atomic ``incr``); keys hold a hash, not the address or e-mail address itself.

When the cache cannot be reached (regionsite.cache.ResilientRedisCache answers a miss and logs
the outage), nothing can be counted; each caller says what that means (``when_unavailable``):
feedback is accepted (the spam checks still hold), a password-reset mail is not sent.

Hand-written rather than django-ratelimit: that package's last release (4.1.0, 2023) names
Django 4.2 as its newest, its system check refuses the local-memory cache the tests use and warns
on ours, and what is needed here is the few lines below.
"""

import hashlib
import time
from dataclasses import dataclass

from django.core.cache import cache


@dataclass(frozen=True)
class Limit:
    name: str
    count: int  # allowed in one window
    seconds: int  # the window

    @classmethod
    def of(cls, name: str, setting: tuple[int, int]) -> "Limit":
        count, seconds = setting
        return cls(name, count, seconds)

    def exceeded(self, key: str, *, when_unavailable: bool) -> bool:
        """Count one more for ``key``: is it now past the limit in this window?"""
        window = int(time.time() // self.seconds)
        digest = hashlib.sha256(key.encode()).hexdigest()[:32]
        cache_key = f"rate:{self.name}:{window}:{digest}"
        cache.add(cache_key, 0, timeout=self.seconds)
        try:
            used = cache.incr(cache_key)
        except ValueError:  # the key is not there: the cache is down
            return when_unavailable
        return used > self.count

    def retry_after(self) -> int:
        """Seconds until this window ends (for the Retry-After header)."""
        return self.seconds - int(time.time()) % self.seconds
