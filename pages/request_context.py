"""What one request has worked out, kept in one place on it.

The navigation, the private sections' filter and the heading anchors already used are each
computed once per request and asked for many times (every listing, every heading). They live
in one ``RequestContext``, the only attribute the site's own code puts on a request; nothing
else keeps results there. Without a request (a management command, a test) each call computes
afresh.
"""

from collections.abc import Callable
from typing import Any

REQUEST_ATTRIBUTE = "_regionsite_context"


class RequestContext:
    def __init__(self):
        self._answers: dict[tuple, Any] = {}

    def remember(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """``compute()``, the first time ``key`` is asked for in this request."""
        if key not in self._answers:
            self._answers[key] = compute()
        return self._answers[key]


def context_of(request) -> RequestContext:
    """The request's context, made on first use."""
    context = getattr(request, REQUEST_ATTRIBUTE, None)
    if context is None:
        context = RequestContext()
        setattr(request, REQUEST_ATTRIBUTE, context)
    return context


def remembered(request, key: tuple, compute: Callable[[], Any]) -> Any:
    """``compute()`` once per request under ``key``; every call when there is no request."""
    if request is None:
        return compute()
    return context_of(request).remember(key, compute)
