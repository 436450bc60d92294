"""Purging the edge cache (Varnish with xkey, regionsite/caching/varnish.vcl) by key.

Every cacheable response names its dependency keys in an ``xkey`` header, which Varnish indexes
and strips. When something changes, ``purge_keys`` sends ``PURGE /`` with ``xkey-purge: <keys>``
to ``FRONTEND_CACHE_PURGE_URL``; the VCL removes every object tagged with any of them (a hard
purge: nothing purged is served stale). The same address takes Wagtail's per-URL purges.
"""

import http.client
import logging
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.conf import settings

logger = logging.getLogger(__name__)

# What a key may look like: it travels in a space-separated header.
KEY = re.compile(r"[A-Za-z0-9:._-]+")
# Varnish refuses request headers past http_req_hdr_len (8 KB); stay well inside it.
MAX_HEADER_BYTES = 4000
# Seconds for connecting and for each read: a change must not wait on a dead edge for long (the
# caller retries what was not acknowledged).
TIMEOUT = 1.0


def batches(keys: Iterable[str], limit: int = MAX_HEADER_BYTES) -> list[str]:
    """The distinct valid ``keys`` as space-separated header values of at most ``limit`` bytes."""
    values, current = [], ""
    for key in dict.fromkeys(keys):
        if not KEY.fullmatch(key or "") or len(key) > limit:
            logger.warning("Edge cache: not a purgeable key, skipped: %r", key)
            continue
        if current and len(current) + 1 + len(key) > limit:
            values.append(current)
            current = ""
        current = f"{current} {key}" if current else key
    if current:
        values.append(current)
    return values


def purge_keys(keys: Iterable[str]) -> bool:
    """Purge every edge object tagged with any of ``keys``. True when the edge acknowledged
    each batch, or when no edge is configured; False (logged) when it could not be reached or
    answered otherwise. Never raises."""
    location = getattr(settings, "FRONTEND_CACHE_PURGE_URL", "")
    values = batches(keys)
    if not location or not values:
        return True
    connection = None
    try:
        url = urlsplit(location)
        connection_class = (
            http.client.HTTPSConnection if url.scheme == "https" else http.client.HTTPConnection
        )
        connection = connection_class(url.hostname, url.port, timeout=TIMEOUT)
        for value in values:
            connection.request("PURGE", url.path or "/", headers={"xkey-purge": value})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                logger.warning(
                    "Edge cache at %s refused a purge: %s %s",
                    location,
                    response.status,
                    response.reason,
                )
                return False
        return True
    except Exception as error:  # noqa: BLE001 - a purge must never break the change that made it
        logger.warning("Edge cache at %s unreachable, purge not done: %s", location, error)
        return False
    finally:
        if connection is not None:
            connection.close()


def purge_urls(urls: Iterable[str]) -> bool:
    """Purge ``urls`` at the CDNs that purge by URL (Wagtail's frontend_cache backends). The
    Varnish at FRONTEND_CACHE_PURGE_URL ("proxy") is left out: it was purged by key."""
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    by_url = [name for name in settings.WAGTAILFRONTENDCACHE if name != "proxy"]
    if urls and by_url:
        purge_urls_from_cache(sorted(urls), backends=by_url)
    return True
