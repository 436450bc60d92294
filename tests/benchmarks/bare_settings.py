"""The benchmark's baseline: a trivial Django view in a minimal settings module, served by the
same gunicorn configuration as the site. What the site reaches is reported as a share of this.

No apps, no middleware, no database: the cost of Django's request handling itself.
"""

from django.http import HttpResponse
from django.urls import path

SECRET_KEY = "bench-only-" + "x" * 50
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = __name__
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
DATABASES: dict = {}
USE_TZ = True


def hello(request):
    return HttpResponse("Hej!", content_type="text/plain; charset=utf-8")


urlpatterns = [path("", hello)]
