"""Project-wide views: health check, robots.txt and Swedish error pages."""

import threading
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout

from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from regionsite.identity import ORGANISATION_NAME
from regionsite.postgresql.base import database_answered
from regionsite.postgresql.base import probing as database_probing

# The stand-alone error pages get only this: no request, no database.
STANDALONE_CONTEXT = {"organisation_name": ORGANISATION_NAME}


# /health/ answers within 2 s whatever the database does: the probe runs in a thread of its own
# and the answer waits for it this long (docs/operations.md, "Timeouts").
HEALTH_DATABASE_SECONDS = 1.5
_probe_lock = threading.Lock()
_probe: Future | None = None


def probe_database():
    """SELECT 1 on the probe thread's own connection, kept between probes like a request's."""
    connection = connections[DEFAULT_DB_ALIAS]
    connection.close_if_unusable_or_obsolete()
    try:
        with database_probing(), connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        database_answered()
    finally:
        connection.close_if_unusable_or_obsolete()


def _run(future: Future):
    try:
        future.set_result(probe_database())
    except BaseException as error:  # the answer is "unavailable", whatever went wrong
        future.set_exception(error)


def database_state() -> str:
    """ "ok", "unavailable" (an error) or "timeout" (no answer in HEALTH_DATABASE_SECONDS).
    A probe still waiting from an earlier check is waited for, not joined by another, so a
    hanging database ties up one thread, not one per check."""
    global _probe
    with _probe_lock:
        if _probe is None or _probe.done():
            _probe = Future()
            threading.Thread(target=_run, args=(_probe,), name="health-probe", daemon=True).start()
        probe = _probe
    try:
        probe.result(timeout=HEALTH_DATABASE_SECONDS)
    except FutureTimeout:
        return "timeout"
    except Exception:  # any failure means "not ready"
        return "unavailable"
    return "ok"


def cache_is_up() -> bool:
    ping = getattr(cache, "ping", None)  # regionsite.cache.ResilientRedisCache
    if ping is not None:
        return ping()
    try:
        cache.set("health-check", "ok", 5)
        return cache.get("health-check") == "ok"
    except Exception:
        return False


@never_cache
@require_safe
def health(request):
    """For the load balancer and the container: the database is required (503 without it);
    the cache only makes the site faster, so without it the site is degraded but serving."""
    database, cache_ok = database_state(), cache_is_up()
    if database == "ok":
        status = "ok" if cache_ok else "degraded"
    else:
        # A database that does not answer leaves the page cache's hits served: degraded; one
        # that refuses leaves nothing but those either, but says so at once: unavailable.
        status = "degraded" if database == "timeout" else "unavailable"
    return JsonResponse(
        {"status": status, "database": database, "cache": "ok" if cache_ok else "unavailable"},
        status=200 if database == "ok" else 503,
    )


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def database_unavailable() -> HttpResponse:
    """The Swedish 503 page: 503.html stands alone (no database-backed tags), like 500.html."""
    response = HttpResponse(loader.get_template("503.html").render(STANDALONE_CONTEXT), status=503)
    response["Retry-After"] = "60"
    return response


def error_page(request, template: str, status: int) -> HttpResponse:
    """The site's error page; it shows the site's navigation, read from the database, so when
    that is unavailable the answer is the stand-alone 503 page, not a 500."""
    try:
        return render(request, template, status=status)
    except (OperationalError, InterfaceError):
        return database_unavailable()


# The error pages render whatever middleware did or did not run first (a request refused for
# its Host has no LANGUAGE_CODE yet): pages.navigation falls back to the default language.
def bad_request(request, exception=None):
    return error_page(request, "400.html", 400)


def permission_denied(request, exception=None):
    return error_page(request, "403.html", 403)


def csrf_failure(request, reason=""):
    return error_page(request, "403.html", 403)


def page_not_found(request, exception=None):
    return error_page(request, "404.html", 404)


def server_error(request):
    # 500.html stands alone: rendered without the request, so no context processor touches
    # the database that may be the cause of the error.
    return HttpResponse(loader.get_template("500.html").render(STANDALONE_CONTEXT), status=500)
