"""Project-wide views: health check, robots.txt and Swedish error pages."""

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from regionsite.identity import ORGANISATION_NAME

# The stand-alone error pages get only this: no request, no database.
STANDALONE_CONTEXT = {"organisation_name": ORGANISATION_NAME}


def database_is_up() -> bool:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any failure means "not ready"
        return False
    return True


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
    database, cache_ok = database_is_up(), cache_is_up()
    status = "ok" if database and cache_ok else "degraded" if database else "unavailable"
    return JsonResponse(
        {
            "status": status,
            "database": "ok" if database else "unavailable",
            "cache": "ok" if cache_ok else "unavailable",
        },
        status=200 if database else 503,
    )


@require_safe
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


# The error pages render whatever middleware did or did not run first (a request refused for
# its Host has no LANGUAGE_CODE yet): pages.navigation falls back to the default language.
def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def csrf_failure(request, reason=""):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # 500.html stands alone: rendered without the request, so no context processor touches
    # the database that may be the cause of the error.
    return HttpResponse(loader.get_template("500.html").render(STANDALONE_CONTEXT), status=500)
