"""Project-wide views: health check, robots.txt and Swedish error pages."""

from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from regionsite.identity import ORGANISATION_NAME

# The stand-alone error pages get only this: no request, no database.
STANDALONE_CONTEXT = {"organisation_name": ORGANISATION_NAME}


@never_cache
@require_GET
def health(request):
    """Liveness and readiness for the load balancer and the container: is the database there?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any failure means "not ready"
        return JsonResponse({"status": "unavailable"}, status=503)
    return JsonResponse({"status": "ok"})


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # 500.html stands alone: rendered without the request, so no context processor touches
    # the database that may be the cause of the error.
    return HttpResponse(loader.get_template("500.html").render(STANDALONE_CONTEXT), status=500)
