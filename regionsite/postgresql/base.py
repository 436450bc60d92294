"""Django's PostgreSQL backend, with every wait on the server bounded.

The settings bound what the server can bound: ``connect_timeout`` (psycopg enforces it for the
whole handshake) and ``statement_timeout`` (the server cancels a long query itself, with a
clean error that leaves the connection usable). Neither helps when the server, a proxy or a
half-dead network path takes the bytes and never answers: TCP keepalives are answered by the
kernel, so psycopg would wait forever and the request thread with it (gunicorn's gthread
worker does not notice a hung thread). So each call that waits for an answer runs under a
deadline of its own (regionsite.deadlines): a query and COMMIT/ROLLBACK get the statement
timeout plus a margin, the connection check before reuse much less. When a deadline passes,
the watchdog shuts the connection's socket down; psycopg returns at once with
OperationalError, Django discards the connection, and DatabaseUnavailableMiddleware answers
the Swedish 503.

A server that did not answer is then left alone for ``RETRY_AFTER`` seconds (as the Redis cache
is): new connections fail at once instead of each waiting for its timeout, so the threads stay
free for the page cache's hits. /health/ probes through the pause and ends it when the
database answers again (regionsite/views.py).
"""

import logging
import os
import socket
import threading
import time
from contextlib import contextmanager

import psycopg

from django.db import OperationalError
from django.db.backends.postgresql import base

from regionsite.deadlines import watchdog

logger = logging.getLogger(__name__)

# The connection check before a persistent connection is reused is one "SELECT 1".
CHECK_SECONDS = 2.0
# Beyond the statement timeout, for the server's own cancel to arrive first when it can.
MARGIN_SECONDS = 1.0
RETRY_AFTER = 5.0

_unanswered_until = 0.0
_probing = threading.local()  # the health check's probe ignores the pause


def database_answered():
    """The database has answered (the health check's probe): end the pause."""
    global _unanswered_until
    _unanswered_until = 0.0


@contextmanager
def probing():
    """Connect and query even during the pause (for the health check)."""
    _probing.active = True
    try:
        yield
    finally:
        _probing.active = False


def _pause(reason: str):
    global _unanswered_until
    _unanswered_until = time.monotonic() + RETRY_AFTER
    logger.error("Database did not answer (%s); not trying again for %ss", reason, RETRY_AFTER)


def _paused() -> bool:
    return time.monotonic() < _unanswered_until and not getattr(_probing, "active", False)


def _cut(fileno: int, seconds: float):
    """The watchdog's action: end the wait by shutting the socket down (a duplicate of the
    descriptor, so psycopg's own stays valid and is closed by psycopg)."""
    _pause(f"no answer within {seconds:g} s")
    try:
        with socket.socket(fileno=os.dup(fileno)) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # closed meanwhile: nothing waits on it any more


class DatabaseWrapper(base.DatabaseWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Every query through Django (execute_wrapper's list, kept for the connection's life).
        self.execute_wrappers.append(self._bounded_query)

    @property
    def query_seconds(self) -> float | None:
        statement_timeout = self.settings_dict.get("STATEMENT_TIMEOUT")
        return statement_timeout + MARGIN_SECONDS if statement_timeout else None

    @contextmanager
    def bounded(self, seconds: float | None):
        """Cut the connection if the block still waits for the server after ``seconds``."""
        if seconds is None or self.connection is None:
            yield
            return
        try:
            fileno = self.connection.pgconn.socket
        except psycopg.OperationalError:  # lost already: psycopg fails without waiting
            yield
            return
        with watchdog.deadline(seconds, lambda: _cut(fileno, seconds)):
            yield

    def _bounded_query(self, execute, sql, params, many, context):
        if _paused():
            raise OperationalError("The database did not answer recently; not waiting for it.")
        with self.bounded(self.query_seconds):
            return execute(sql, params, many, context)

    def get_new_connection(self, conn_params):
        if _paused():
            raise psycopg.OperationalError("The database did not answer recently; not connecting.")
        try:
            return super().get_new_connection(conn_params)
        except psycopg.errors.ConnectionTimeout:
            _pause("no connection within connect_timeout")
            raise

    def init_connection_state(self):
        with self.bounded(self.query_seconds):
            super().init_connection_state()

    def is_usable(self):
        if _paused():
            return False  # closed, and the new connection fails at once
        with self.bounded(min(CHECK_SECONDS, self.query_seconds or CHECK_SECONDS)):
            return super().is_usable()

    def _commit(self):
        with self.bounded(self.query_seconds):
            return super()._commit()

    def _rollback(self):
        with self.bounded(self.query_seconds):
            return super()._rollback()
