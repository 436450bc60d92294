"""Deadlines for blocking calls that have no timeout of their own.

``watchdog.deadline(seconds, on_expiry)`` runs ``on_expiry`` (in the watchdog's thread) if the
block is still running after ``seconds``. One thread per process serves every deadline, so a
bounded call costs a dictionary entry, not a thread. ``on_expiry`` runs while the watchdog
holds its lock, and leaving the block takes that lock too: the callback never runs after
the block has ended, so it may act on resources the block holds (regionsite/postgresql shuts
the database connection's socket down, which a later connection could reuse by number).
"""

import logging
import math
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

logger = logging.getLogger(__name__)


class Watchdog:
    def __init__(self):
        self._lock = threading.Condition()
        self._armed: dict[object, tuple[float, Callable[[], None]]] = {}
        self._thread: threading.Thread | None = None
        self._pid = None
        self._wakes_at = math.inf  # when the watchdog's thread next looks

    @contextmanager
    def deadline(self, seconds: float, on_expiry: Callable[[], None]) -> Iterator[None]:
        token = object()
        due = time.monotonic() + seconds
        with self._lock:
            self._start()
            self._armed[token] = (due, on_expiry)
            if due < self._wakes_at:  # most calls end long before: no wake-up for them
                self._lock.notify()
        try:
            yield
        finally:
            with self._lock:
                self._armed.pop(token, None)

    def _start(self):
        # Started lazily, and again in a forked child (gunicorn's workers), which has no copy
        # of its parent's threads.
        if self._thread is None or self._pid != os.getpid():
            self._pid = os.getpid()
            self._thread = threading.Thread(target=self._watch, name="deadlines", daemon=True)
            self._thread.start()

    def _watch(self):
        with self._lock:
            while True:
                now = time.monotonic()
                for token, (due, on_expiry) in list(self._armed.items()):
                    if due <= now:
                        del self._armed[token]
                        try:
                            on_expiry()
                        except Exception:
                            logger.exception("A deadline's action failed")
                self._wakes_at = min(
                    (due for due, _action in self._armed.values()), default=math.inf
                )
                self._lock.wait(
                    None if self._wakes_at == math.inf else max(self._wakes_at - now, 0)
                )


watchdog = Watchdog()
