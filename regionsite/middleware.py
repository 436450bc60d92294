"""Project-wide middleware."""

import logging

from django.db import InterfaceError, OperationalError
from django.middleware.gzip import GZipMiddleware
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.datastructures import MultiValueDictKeyError

from wagtail.contrib.redirects.middleware import RedirectMiddleware

from regionsite.views import bad_request, database_unavailable

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
        return database_unavailable()


class PrivateForSignedInMiddleware:
    """What a signed-in user is shown (the user bar, their name, a page as an editor sees it)
    is theirs alone: ``private, no-cache``, so no shared cache (a CDN, a proxy) keeps it, and
    nothing that says otherwise (``public``, ``s-maxage``) survives."""

    SHARED = {"public", "s-maxage"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)  # not there for a page-cache hit: anonymous
        if user is not None and user.is_authenticated:
            kept = [
                directive.strip()
                for directive in response.get("Cache-Control", "").split(",")
                if directive.strip() and directive.split("=")[0].strip().lower() not in self.SHARED
            ]
            response["Cache-Control"] = ", ".join(kept)
            patch_cache_control(response, private=True, no_cache=True)
        return response


class ResilientRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects, looked up for every 404. The 404 page itself may come from the
    fragment cache while the database is unavailable: then the lookup's failure leaves the
    404 as it is, rather than turning it into a 500."""

    def process_response(self, request, response):
        try:
            return super().process_response(request, response)
        except (OperationalError, InterfaceError) as error:
            logger.error("Database unavailable: %s", error)
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
