"""gunicorn's worker timeout for the threaded worker (gthread), as the sync worker has it.

gunicorn kills a worker whose heartbeat is older than ``timeout``; gthread's heartbeat comes
from its main loop, which runs on while a request thread hangs, so a hung request was never
noticed. Here the heartbeat is dated back to the start of the oldest request still being
answered: a request that takes longer than ``GUNICORN_TIMEOUT`` gets its worker killed and
replaced, with gunicorn's own ``WORKER TIMEOUT`` line and ours naming the requests it cut.
"Answered" means until the application returns its response, not until a slow client has
read the last byte of a large download (that keeps gthread's thread, but not the
application's).

The database's own bounds (regionsite/postgresql) end almost every wait well before this; it
is the backstop for everything else.
"""

import logging
import os
import threading
import time

logger = logging.getLogger("gunicorn.error")

# Thread -> (when the application got the request, "METHOD /path"), in this worker process.
_in_flight: dict[int, tuple[float, str]] = {}


class TimedApplication:
    """WSGI wrapper that records each request while the application answers it."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        # The path without the query string, as the request log has it (no search terms).
        what = f"{environ.get('REQUEST_METHOD', '')} {environ.get('PATH_INFO', '')}"
        _in_flight[threading.get_ident()] = (time.monotonic(), what)
        try:
            return self.application(environ, start_response)
        finally:
            _in_flight.pop(threading.get_ident(), None)


def oldest_start() -> float | None:
    return min((started for started, _what in list(_in_flight.values())), default=None)


def post_worker_init(worker):
    """gunicorn hook: the heartbeat tells when the worker last had no overdue request."""
    heartbeat = worker.notify

    def notify():
        started = oldest_start()
        if started is None:
            heartbeat()
        else:
            # gunicorn's WorkerTmp.notify() with the request's start instead of now
            # (time.monotonic() as the file's times; docs/upgrading.md).
            os.utime(worker.tmp.fileno(), (started, started))

    worker.notify = notify


def worker_abort(worker):
    """gunicorn hook, on the SIGABRT that follows ``WORKER TIMEOUT``: say what was cut."""
    now = time.monotonic()
    running = sorted(_in_flight.values())
    logger.critical(
        "Worker %s stopped after its timeout (%ss); requests cut: %s",
        os.getpid(),
        worker.cfg.timeout,  # worker.timeout is half of it: how often gunicorn's loop notifies
        ", ".join(f"{what} ({now - started:.1f} s)" for started, what in running) or "none",
    )
