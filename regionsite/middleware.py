"""Project-wide middleware."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

from regionsite.views import STANDALONE_CONTEXT

logger = logging.getLogger(__name__)


class DatabaseUnavailableMiddleware:
    """Answer a Swedish 503 page, not a traceback, when the database cannot be reached."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable: %s", exception)
        # 503.html stands alone (no database-backed tags), like 500.html.
        body = loader.get_template("503.html").render(STANDALONE_CONTEXT)
        response = HttpResponse(body, status=503)
        response["Retry-After"] = "60"
        return response
