"""The page cache: whole anonymous responses, kept in Django's cache (Redis in production).

Why our own small middleware and not wagtail-cache or Django's per-site cache: both key by the
full URL (a hostile query string would fill the cache with variants) and neither knows that a
menu title, a footer link or a theme on one page appears on every other page. Here:

- only anonymous, cookie-less GET/HEAD requests are served from or stored in the cache;
  editors, previews, other methods, responses that set a cookie or say private, and restricted
  pages (the visitor with the password has a session cookie) are never cached;
- the query string is normalised to the parameters the site reads, each value must look like
  what the site accepts (a page number, an id, a status), search is not cached: a hostile
  query string is served uncached instead of adding a variant;
- every content change (publish, unpublish, move, delete, scheduled publishing, a privacy
  change, a snippet, a site setting, a redirect: ``watched_models`` and the signals connected
  in regionsite/apps.py) bumps one generation number; each page is kept with the number it
  was rendered under and served only while that is still the current one, so nothing stale
  is ever served. A hit reads the number and the page in one round trip. Correct first:
  one title can show on every page, so a change renews all pages, and the cache refills
  as visitors come;
- a cache outage means uncached pages (regionsite.cache.ResilientRedisCache).
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.cache import get_conditional_response, patch_cache_control

from wagtail.contrib.redirects.models import Redirect
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)

from pages.accessibility_checks import AccessibilityCheckRun
from pages.site_settings import SiteSettings
from pages.snippets import FundingProgramme, Organisation, Person

GENERATION_KEY = "page-cache:generation"
# The GET parameters the site's pages read, each with the shape it accepts.
CACHEABLE_PARAMETERS = {
    "sida": re.compile(r"\d{1,4}"),
    "p": re.compile(r"\d{1,4}"),  # the sitemap sections' pages
    "tema": re.compile(r"\d{1,15}"),
    "program": re.compile(r"\d{1,15}"),
    "status": re.compile(r"[a-z]{1,12}"),
}
NEVER_CACHED_PREFIXES = (
    "/admin/",
    "/sok/",
    "/en/search/",
    "/health/",
    "/_util/",
    "/dokument/",
    "/static/",  # whitenoise serves these from memory already
    "/media/",
)
ACCEPTS_GZIP = re.compile(r"\bgzip\b")  # as Django's GZipMiddleware reads Accept-Encoding
MARKER_HEADER = "X-Page-Cache"


# The generation this request started with: read once, shared by the page cache and the
# fragment caches (pages.fragments), forgotten as soon as the request itself changes content.
_request_generation: ContextVar[int | None] = ContextVar("page_cache_generation", default=None)


def generation() -> int:
    known = _request_generation.get()
    return known if known is not None else (cache.get(GENERATION_KEY) or 0)


@contextmanager
def generation_for_request(current: int | None = None):
    """Read the generation once for the rest of the request (the page cache's own reading
    when it made one; else one read, for the fragment caches)."""
    token = _request_generation.set(generation() if current is None else current)
    try:
        yield
    finally:
        _request_generation.reset(token)


def renew_all_pages(**kwargs):
    """Every cached page is stale from now on (a receiver of the signals in regionsite/apps.py).

    Renewed at once and again when the transaction commits: a request that read the number
    between the two would otherwise keep what it rendered from the uncommitted state's
    predecessor under the new number.
    """
    _bump()
    transaction.on_commit(_bump)


def _bump():
    _request_generation.set(None)
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # not there yet (or the cache is down: then nothing is cached either)
        cache.set(GENERATION_KEY, (cache.get(GENERATION_KEY) or 0) + 1, None)


def cache_key(request) -> str | None:
    """The key for this request's response, or None when it must not come from the cache."""
    if request.method not in ("GET", "HEAD") or request.COOKIES:
        return None
    if "HTTP_AUTHORIZATION" in request.META or request.path.startswith(NEVER_CACHED_PREFIXES):
        return None
    query = []
    for name in sorted(request.GET):
        values = request.GET.getlist(name)
        pattern = CACHEABLE_PARAMETERS.get(name)
        if pattern is None or len(values) != 1 or not pattern.fullmatch(values[0]):
            return None
        query.append((name, values[0]))
    host = request.get_host()
    # Stored as sent: compressed for clients that accept gzip, plain for the others.
    encoding = "gzip" if ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) else ""
    return f"page-cache:{host}:{request.path}?{urlencode(query)}:{encoding}"


def is_storable(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not getattr(request, "is_preview", False)
        and "private" not in cache_control
        and "no-store" not in cache_control
        and getattr(request, "user", None) is not None  # answered by a view, not a shortcut
        and not request.user.is_authenticated
    )


class PageCacheMiddleware:
    """Serve anonymous pages from the cache and store them there, as sent (compressed, with
    their ETag). High in the middleware stack, so a hit costs no query and little else: only
    cookie-less requests are served, so there is no session and no user to look up; the
    response tells on its way out whether a user was signed in."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        key = cache_key(request) if seconds else None
        if key is None:  # static files, search, the admin: no cache read at all
            return self.get_response(request)
        kept = cache.get_many([GENERATION_KEY, key])  # one round trip for both
        current, entry = kept.get(GENERATION_KEY) or 0, kept.get(key)
        with generation_for_request(current):
            if entry is not None and entry[0] == current:
                return self._hit(request, entry[1])
            response = self.get_response(request)
            if is_storable(request, response):
                self._store(key, current, response, seconds)
            return response

    @staticmethod
    def _hit(request, response):
        # What ConditionalGetMiddleware does below us, for the stored ETag: a 304.
        response = get_conditional_response(request, etag=response.get("ETag"), response=response)
        response[MARKER_HEADER] = "hit"
        return response

    @staticmethod
    def _store(key, generation_rendered, response, seconds):
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=seconds,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        )
        # Rendered already (views run inside us), and under the number the request began with:
        # a change committed meanwhile has renewed it, so this copy will not be served.
        cache.set(key, (generation_rendered, response), seconds)
        response[MARKER_HEADER] = "miss"


def renew_on_content_change(sender, instance=None, **kwargs):
    """post_save/post_delete receiver: a change to anything a public page shows."""
    if isinstance(instance, watched_models()):
        renew_all_pages()


def watched_models() -> tuple:
    return (
        Page,  # a publish also saves the page; a draft save renews needlessly, never wrongly
        PageViewRestriction,  # a page made private must leave the cache at once
        # A document moved into a restricted collection (or the collection restricted) must
        # leave every page that links it at once.
        CollectionViewRestriction,
        Collection,
        get_document_model(),
        Person,
        Organisation,
        FundingProgramme,
        SiteSettings,
        Redirect,
        Site,
        Locale,
        AccessibilityCheckRun,  # shown on the accessibility statement
    )
