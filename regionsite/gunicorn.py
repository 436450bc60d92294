"""Gunicorn configuration for production (``gunicorn -c regionsite/gunicorn.py``)."""

import multiprocessing
import os

import gunicorn.http.wsgi

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
wsgi_app = "regionsite.wsgi:application"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = 30
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then so a slow leak never becomes an outage.
max_requests = 1000
max_requests_jitter = 100
# Heartbeat files in memory: faster than the container's overlay disk, fine with a read-only root.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
accesslog = "-"
errorlog = "-"
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Do not announce the server software and its version in every response's Server header.
# gunicorn reads this module global each time it writes the header.
gunicorn.http.wsgi.SERVER = "regionsite"
