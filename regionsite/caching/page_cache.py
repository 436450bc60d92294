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
from regionsite.caching.keys import ALL, PAGES, recording
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


# A response that shows hundreds of pages (a sitemap section, a long listing) keeps its keys
# under this size (the edge refuses headers over 8 KB): its page and translation keys become
# the coarse ``pages``, which every page change renews.
MAX_KEYS_BYTES = 4000
PAGE_OR_TRANSLATIONS = re.compile(r"p\d+|tr:.*")


def bounded(keys: set[str]) -> set[str]:
    if sum(len(key) + 1 for key in keys) <= MAX_KEYS_BYTES:
        return keys
    return {key for key in keys if not PAGE_OR_TRANSLATIONS.fullmatch(key)} | {PAGES}


class QueryParameters(QueryDict):
    """request.GET that remembers which parameters the page asked for by name. Copying the
    whole query (into pagination links, say) asks for none: the links then carry only what
    the page reads, because a page is rendered with its canonical query (``_render``)."""

    def _note(self, name):
        if not self.__dict__.get("quiet"):
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

    @classmethod
    def of(cls, query_string: str) -> "QueryParameters":
        parameters = cls(query_string)
        parameters.__dict__["read"] = set()  # what parsing looked at does not count
        return parameters

    def items(self):
        self.__dict__["quiet"] = True
        try:
            return list(super().items())
        finally:
            self.__dict__["quiet"] = False


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
        if values[0] is not None:  # the page's parameters are known: render with those only
            read = [name for name in values[0].decode().split(",") if name]
            canonical = canonical_query(request.GET, read)
            if canonical is None:
                return self.get_response(request)  # a value of the wrong shape: uncached
            if canonical == guess and values[1] is not None:
                return self._hit(request, values[1])
            (entry,), counter = store.get(entry_name(path, canonical, request))
            if entry is not None:
                return self._hit(request, entry)
            return self._render(request, store, path, counter, seconds, canonical)
        return self._render(request, store, path, counter, seconds)

    @staticmethod
    def _hit(request, value):
        response = from_bytes(value)
        # What ConditionalGetMiddleware does below us, for the stored ETag: a 304.
        response = get_conditional_response(request, etag=response.get("ETag"), response=response)
        response[MARKER_HEADER] = "hit"
        return response

    def _render(self, request, store, path, since, seconds, canonical=None):
        """Render, and keep the response if nothing it shows changed meanwhile. ``canonical``:
        the query the page reads, known from an earlier view; the page sees only that, so
        what it renders (links that copy the query) is the same for every variant."""
        sent = request.META.get("QUERY_STRING", "")
        if canonical is not None:  # get_full_path() too, for links back to this page
            request.META["QUERY_STRING"] = canonical
        request.GET = QueryParameters.of(sent if canonical is None else canonical)
        with recording() as rendered:
            response = self.get_response(request)
        if since is None or not is_storable(request, response):
            return response
        keys = bounded(rendered.keys | {ALL})
        read = sorted(request.GET.read)
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
        if settings.FRONTEND_CACHE_PURGE_URL:
            response[KEYS_HEADER] = " ".join(sorted(keys))
        if sent:
            store.put(parameters_name(path), ",".join(read).encode(), keys, since, seconds)
            if canonical is None and canonical_query(request.GET, request.GET.keys()) != query:
                # Rendered with parameters it does not read: its links may carry them. The
                # next such request is rendered with the canonical query and kept.
                return response
        # Kept only if nothing it shows was renewed since ``since`` (read before rendering).
        name = entry_name(path, query, request)
        stored = store.put(name, as_bytes(response), keys, since, seconds)
        response[MARKER_HEADER] = "miss" if stored else "miss, not kept"
        return response
