"""Search answers kept for the next visitor who asks the same question.

A results page costs about 40 ms to compute at 10,000 pages (two aggregate queries over every
hit, then the page around them); people search for the same few things, so the answer is kept
in the store the page cache uses (regionsite.caching.store), with the same rules:

- only for anonymous, cookie-less visitors, and only a 200 answer with at least one hit: an
  answer with hits is made of the site's own words and shows the site's own pages, like any
  page the page cache keeps; a question nothing answers (a person's name, say) is never kept,
  so not even the time an answer takes tells anyone it was asked;
- filed with the keys of what it read (the search documents, the pages, the editors' picks,
  what every page shows), so a publish, an unpublish or a change of the index renews it like
  any page (regionsite.caching.renewal); at most ``PAGE_CACHE_SECONDS``, and never over
  the five minutes the privacy page promises.

The question is the visitor's own words, and the privacy page promises they are not kept in
readable form. So the answer is filed under an HMAC of its address (scheme, host, path and
query string) and encrypted with AES-GCM under a second key derived from the same address and
SECRET_KEY: what Redis holds can only be read by someone who asks the same question, and
neither the name nor the value tells anyone the words. The HTTP answer stays ``no-store``:
neither the edge nor a browser keeps it.
"""

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from django.conf import settings
from django.http import HttpResponse
from django.utils.crypto import salted_hmac

from regionsite.caching.keys import ALL, is_recording, recorded_so_far
from regionsite.caching.page_cache import bounded, path_of
from regionsite.caching.store import get_store

NAME_SALT = "regionsite.search-answer.name"
KEY_SALT = "regionsite.search-answer.key"
NONCE_BYTES = 12
PROMISED_SECONDS = 300  # the privacy page: "i högst fem minuter"


def question_of(request) -> str | None:
    """What the answer depends on, or None when this visitor's answer must not be shared:
    the page cache's rule (anonymous, cookie-less GET or HEAD), with the whole query."""
    path = path_of(request)
    return None if path is None else f"{path}?{request.META.get('QUERY_STRING', '')}"


def _name(question: str) -> str:
    return "s:" + salted_hmac(NAME_SALT, question, algorithm="sha256").hexdigest()


def _cipher(question: str) -> AESGCM:
    return AESGCM(salted_hmac(KEY_SALT, question, algorithm="sha256").digest())


def seal(question: str, body: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + _cipher(question).encrypt(nonce, body, None)


def unseal(question: str, sealed: bytes) -> bytes | None:
    try:
        return _cipher(question).decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], None)
    except (InvalidTag, ValueError):
        return None  # another SECRET_KEY (a rotation) or a damaged entry: compute it again


def kept_or_computed(request, compute) -> HttpResponse:
    """The kept answer to this request's question, or ``compute()``'s, kept if it may be
    (``compute`` marks an answer with hits by setting ``response.hits``)."""
    seconds = min(settings.PAGE_CACHE_SECONDS, PROMISED_SECONDS)
    question = question_of(request) if seconds else None
    # Only a request recorded from the top of the middleware (the page cache's recording)
    # knows all an answer shows: the site settings in its footer are read before the view.
    if question is None or not is_recording():
        return compute()
    store = get_store()
    name = _name(question)
    (sealed,), since = store.get(name)
    if sealed is not None:
        body = unseal(question, sealed)
        if body is not None:
            return HttpResponse(body)
    response = compute()
    shareable = response.status_code == 200 and getattr(response, "hits", 0) > 0
    if since is not None and shareable and not response.cookies:
        keys = bounded(recorded_so_far() | {ALL})
        store.put(name, seal(question, response.content), keys, since, seconds)
    return response
