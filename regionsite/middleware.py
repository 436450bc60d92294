"""Project-wide middleware."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.gzip import GZipMiddleware
from django.shortcuts import render
from django.template import loader
from django.utils.datastructures import MultiValueDictKeyError

from regionsite.views import STANDALONE_CONTEXT, bad_request

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


class MalformedFormMiddleware:
    """A form post missing fields its view reads without checking (Wagtail's page editor reads
    a StreamField's ``body-count`` so) is the client's error: the 400 page, not a 500."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, MultiValueDictKeyError) or request.method != "POST":
            return None
        logger.warning("Malformed form post to %s: missing %s", request.path, exception)
        return bad_request(request, exception)


class MethodNotAllowedPageMiddleware:
    """A 405 from Wagtail's pages or a ``require_safe`` view comes without a body: give it the
    site's Swedish (or English) page, keeping its Allow header. The admin keeps its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 405
            and not response.streaming
            and not response.content
            and not request.path_info.startswith("/admin/")
        ):
            page = render(request, "405.html", status=405)
            page["Allow"] = response.get("Allow", "")
            return page
        return response


class PublicGZipMiddleware(GZipMiddleware):
    """gzip for the public site only (docs/performance.md says why that is safe from BREACH):
    the admin's pages carry editors' data and tokens, and are not worth the risk."""

    def process_response(self, request, response):
        if request.path_info.startswith("/admin/"):
            return response
        return super().process_response(request, response)
