"""Placeholder until the edge helper's module lands: purging by key and by URL."""

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache


def purge_keys(keys) -> bool:
    return True


def purge_urls(urls) -> bool:
    if urls:
        purge_urls_from_cache(sorted(urls))
    return True
