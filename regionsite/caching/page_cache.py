"""The page cache: whole anonymous responses, stored as ready bytes with the keys of what they
show, served until one of those keys is renewed (regionsite.caching.renewal).

- Only anonymous, cookie-less GET/HEAD requests are served from or stored in the cache; a
  response that sets a cookie, says private or no-store (search, editors, previews, restricted
  pages) is never stored. Static files and the admin skip the lookup altogether (speed only:
  their responses would not be stored anyway).
- Query strings are bounded: a response is stored under the parameters its page actually read
  (``QueryParameters`` watches), in canonical form (``sida=0001`` is ``sida=1``); parameters a
  page does not read share that entry, and a value of the wrong shape is served uncached. So a
  page has at most as many entries as its listing has valid filter and page combinations.
- A hit is one Redis round trip for the entry (and the renewal counter, read in the same call);
  a request with a query string needs a second one unless its query is already canonical.
- A response also says its keys in the ``xkey`` header when an edge cache is configured
  (FRONTEND_CACHE_PURGE_URL): Varnish indexes and strips it (regionsite/caching/varnish.vcl).
"""

import pickle
import re

from django.conf import settings
from django.http import HttpResponse, QueryDict
from django.utils.cache import get_conditional_response, patch_cache_control

from regionsite.caching import renewal
from regionsite.caching.keys import ALL, recording
from regionsite.caching.store import get_store

# The parameters the site's pages read, each with the shape it accepts and its canonical form.
PARAMETERS = {
    "sida": re.compile(r"\d{1,4}"),
    "p": re.compile(r"\d{1,4}"),  # the sitemap sections' pages
    "tema": re.compile(r"\d{1,15}"),
    "program": re.compile(r"\d{1,15}"),
    "status": re.compile(r"[a-z]{0,12}"),
}
NUMERIC = frozenset({"sida", "p", "tema", "program"})
SKIPPED_PREFIXES = ("/static/", "/media/", "/admin/", "/health/")
ACCEPTS_GZIP = re.compile(r"\bgzip\b")  # as Django's GZipMiddleware reads Accept-Encoding
MARKER_HEADER = "X-Page-Cache"
KEYS_HEADER = "xkey"
# Headers a hit does not repeat: the marker is set anew, the keys only go to an edge.
NOT_STORED = frozenset({MARKER_HEADER.lower()})


class QueryParameters(QueryDict):
    """request.GET that remembers which parameters the page asked for by name."""

    read: set

    def _note(self, name):
        self.__dict__.setdefault("read", set()).add(name)

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def get(self, key, default=None):
        self._note(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self._note(key)
        return super().getlist(key, default)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)


def canonical_query(query: QueryDict, names) -> str | None:
    """The canonical query string of ``query`` limited to ``names``, or None when a value is
    not of the shape the site accepts (then the response is not stored)."""
    pairs = []
    for name in sorted(names):
        values = query.getlist(name) if name in query else []
        if not values:
            continue
        pattern = PARAMETERS.get(name)
        if pattern is None or len(values) != 1 or not pattern.fullmatch(values[0]):
            return None
        value = str(int(values[0])) if name in NUMERIC and values[0] else values[0]
        if value:  # an empty filter field is no filter
            pairs.append(f"{name}={value}")
    return "&".join(pairs)


def path_of(request) -> str | None:
    """What this request's entries are named by, or None when it must not use the cache."""
    if request.method not in ("GET", "HEAD") or request.COOKIES:
        return None
    if "HTTP_AUTHORIZATION" in request.META or request.path.startswith(SKIPPED_PREFIXES):
        return None
    return f"{request.scheme}://{request.get_host()}{request.path}"


def entry_name(path: str, query: str, request) -> str:
    # Stored as sent: compressed for clients that accept gzip, plain for the others.
    gzip = ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) is not None
    return f"e:{path}?{query}:{'gzip' if gzip else ''}"


def parameters_name(path: str) -> str:
    return f"q:{path}"


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


def as_bytes(response) -> bytes:
    headers = [(k, v) for k, v in response.items() if k.lower() not in NOT_STORED]
    return pickle.dumps((response.status_code, headers, response.content), protocol=5)


def from_bytes(value: bytes) -> HttpResponse:
    status, headers, body = pickle.loads(value)  # noqa: S301 - written by as_bytes above
    response = HttpResponse(body, status=status)
    for name, header in headers:
        response[name] = header
    return response


class PageCacheMiddleware:
    """High in the middleware stack, so a hit costs no query and little else: only
    cookie-less requests are served, so there is no session and no user to look up."""

    def __init__(self, get_response):
        self.get_response = get_response
        renewal.start_polling()  # in each process that serves pages

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        path = path_of(request) if seconds else None
        if path is None:
            return self.get_response(request)
        store = get_store()
        query = request.META.get("QUERY_STRING", "")
        if not query:
            (entry,), counter = store.get(entry_name(path, "", request))
            if entry is not None:
                return self._hit(request, entry)
            return self._render(request, store, path, counter, seconds)

        # Guess that every parameter is one the page reads: then one round trip answers.
        guess = canonical_query(request.GET, request.GET.keys())
        names = [parameters_name(path)] + ([entry_name(path, guess, request)] if guess else [])
        values, counter = store.get(*names)
        if values[0] is not None:
            canonical = canonical_query(request.GET, values[0].decode().split(","))
            if canonical is None:
                return self.get_response(request)  # a value of the wrong shape: uncached
            if canonical == guess and values[1] is not None:
                return self._hit(request, values[1])
            (entry,), counter = store.get(entry_name(path, canonical, request))
            if entry is not None:
                return self._hit(request, entry)
        return self._render(request, store, path, counter, seconds)

    @staticmethod
    def _hit(request, value):
        response = from_bytes(value)
        # What ConditionalGetMiddleware does below us, for the stored ETag: a 304.
        response = get_conditional_response(request, etag=response.get("ETag"), response=response)
        response[MARKER_HEADER] = "hit"
        return response

    def _render(self, request, store, path, since, seconds):
        request.GET = QueryParameters(request.META.get("QUERY_STRING", ""))
        with recording() as rendered:
            response = self.get_response(request)
        if since is None or not is_storable(request, response):
            return response
        keys = rendered.keys | {ALL}
        read = sorted(getattr(request.GET, "read", ()))
        query = canonical_query(request.GET, read)
        if query is None:
            return response
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=seconds,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_SECONDS,
        )
        if settings.WAGTAILFRONTENDCACHE:
            response[KEYS_HEADER] = " ".join(sorted(keys))
        if request.META.get("QUERY_STRING"):
            store.put(parameters_name(path), ",".join(read).encode(), keys, since, seconds)
        # Kept only if nothing it shows was renewed since ``since`` (read before rendering).
        name = entry_name(path, query, request)
        stored = store.put(name, as_bytes(response), keys, since, seconds)
        response[MARKER_HEADER] = "miss" if stored else "miss, not kept"
        return response
