"""One log line per request, with a request id (the fields are listed in docs/operations.md)."""

import logging
import re
import time
import uuid

logger = logging.getLogger(__name__)

# What an incoming X-Request-ID (from the proxy or load balancer) must look like to be kept.
SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


class RequestLogMiddleware:
    """Give each request an id, send it back in ``X-Request-ID`` and log one INFO line: method,
    path, status and duration. Nothing about the visitor is logged: no IP address, no query
    string, no cookies, no user name.

    The id is the proxy's ``X-Request-ID`` when that is a short token of letters, digits, ``-``
    and ``_`` (so the proxy's and the site's lines can be matched), else a new random one: a
    client must not be able to write arbitrary text into the log. The duration is the time to
    the response, not to the last byte of a streamed body. It comes first, so it times and
    logs every other middleware's answers too: page cache hits, SecurityMiddleware's redirects
    to HTTPS, a 400 for a Host we do not serve, a language redirect.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if SANE_REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        request.request_id = request_id
        response = self.get_response(request)
        duration_ms = round((time.perf_counter() - started) * 1000, 1)
        response["X-Request-ID"] = request_id
        logger.info(
            "%s %s %s",
            request.method,
            request.path,
            response.status_code,
            extra={
                "request_id": request_id,
                "method": request.method,
                "path": request.path,
                "status": response.status_code,
                "duration_ms": duration_ms,
            },
        )
        return response
