"""WSGI entry point; production settings unless told otherwise."""

import os

from django.core.wsgi import get_wsgi_application

from regionsite.worker_timeout import TimedApplication

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "regionsite.settings.production")

# Timed for gunicorn's worker timeout under the threaded worker (regionsite/worker_timeout.py).
application = TimedApplication(get_wsgi_application())
