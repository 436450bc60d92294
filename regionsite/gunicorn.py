"""Gunicorn configuration for production (``gunicorn -c regionsite/gunicorn.py``)."""

import multiprocessing
import os

import gunicorn.http.wsgi

from regionsite.worker_timeout import post_worker_init, worker_abort  # noqa: F401 - hooks


def env_int(name: str, default: int, minimum: int) -> int:
    """A whole number from the environment, or stop at once with a message that names it."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        value = None
    if value is None or value < minimum:
        # SystemExit, not an exception: gunicorn prints just this line and exits with 1.
        raise SystemExit(
            f"regionsite/gunicorn.py: {name} must be a whole number of at least {minimum}, "
            f"not {raw!r} (see docs/operations.md)."
        )
    return value


bind = f"0.0.0.0:{env_int('PORT', 8000, 1)}"
wsgi_app = "regionsite.wsgi:application"
# Set WEB_CONCURRENCY in a container: the CPU count seen there is the host's, not the limit.
workers = env_int("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1, 1)
threads = env_int("GUNICORN_THREADS", 2, 1)
# Seconds a request may take before its worker is killed and restarted (for the threaded
# worker too: the hooks imported above make its heartbeat follow the oldest request).
timeout = env_int("GUNICORN_TIMEOUT", 30, 1)
# Seconds workers get to finish their requests on a restart or shutdown.
graceful_timeout = env_int("GUNICORN_GRACEFUL_TIMEOUT", 30, 1)
# Seconds an idle keep-alive connection from the proxy stays open (0: close after each request).
keepalive = env_int("GUNICORN_KEEPALIVE", 5, 0)
# Recycle workers now and then so a slow leak never becomes an outage (0: never).
max_requests = env_int("GUNICORN_MAX_REQUESTS", 1000, 0)
max_requests_jitter = max_requests // 10
# Heartbeat files in memory: faster than the container's overlay disk, fine with a read-only root.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
# No control socket (gunicorn 25.1+ opens one for `gunicornc`, by default in ~/.gunicorn/, which
# is /app/.gunicorn in the image: not writable, so it logged "Permission denied" at each start).
# Nothing here uses it, and one less way to resize or stop the server is one less risk.
control_socket_disable = True

# Logs: gunicorn's access log is off, because regionsite.request_log.RequestLogMiddleware logs
# each request once, with a request id and without the client's address. gunicorn's own lines
# (start, workers, timeouts) go to stderr as JSON, like the application's production log.
accesslog = None
errorlog = "-"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "regionsite.logging.JsonFormatter"}},
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "json",
            "stream": "ext://sys.stderr",
        },
        "none": {"class": "logging.NullHandler"},
    },
    "root": {"level": "INFO", "handlers": ["console"]},
    "loggers": {
        "gunicorn.error": {"level": "INFO", "handlers": ["console"], "propagate": False},
        # A logging config turns gunicorn's access log back on: keep it silent.
        "gunicorn.access": {"level": "WARNING", "handlers": ["none"], "propagate": False},
    },
}
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Do not announce the server software and its version in every response's Server header.
# gunicorn reads this module global each time it writes the header.
gunicorn.http.wsgi.SERVER = "regionsite"
