"""A database that accepts connections and never answers must not silence the site.

A real gunicorn with production settings talks to the test database (seeded, PostgreSQL)
through a TCP proxy of the test's own. The proxy is then switched to "black hole": it accepts
connections and never sends a byte, and the connections it was forwarding stop forwarding, as
a hung server or a dead network path behind a firewall does. /health/ must answer 503 within
2 s with the reason, pages the cache holds must still be served, other pages and search must
answer the Swedish 503 within a few seconds, and the site must recover without a restart.
With the worker timeout as the only bound left, gunicorn must kill the hung worker and say so.
"""

import concurrent.futures
import contextlib
import json
import os
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from django.db import connection

from tests.live_site import serving
from tests.production import PRODUCTION_ENV, collect_static

# The gunicorn reads the seeded test database (committed at the session's start); the test's own
# transaction is never used.
pytestmark = pytest.mark.django_db

SWEDISH_503 = "Webbplatsen är tillfälligt otillgänglig"


class TcpProxy:
    """Forwards 127.0.0.1:<port> to ``target`` until ``black_hole()``; from then on it accepts
    and never answers, and its forwarded connections fall silent (kept open, bytes dropped)."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.silent = threading.Event()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.sockets: list[socket.socket] = [self.listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def black_hole(self):
        self.silent.set()

    def heal(self):
        """New connections are forwarded again (the silent ones stay silent)."""
        self.silent = threading.Event()

    def close(self):
        for sock in self.sockets:
            # shutdown() first: it wakes a thread blocked in recv(), which close() does not, and
            # ends the connection (the database must let go of its test database).
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            self.sockets.append(client)
            if self.silent.is_set():
                continue  # accepted, and never a byte back
            upstream = socket.create_connection(self.target)
            self.sockets.append(upstream)
            silent = self.silent
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(
                    target=self._pump, args=(source, sink, silent), daemon=True
                ).start()

    @staticmethod
    def _pump(source, sink, silent):
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if not silent.is_set():
                    sink.sendall(data)
            sink.shutdown(socket.SHUT_WR)  # pass the end on, as a proxy does


def get(url: str, timeout: float = 15) -> tuple[int, dict, str, float]:
    """(status, headers, body, seconds) of a GET; no answer within ``timeout`` fails."""
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - localhost
            status, headers, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, body = error.code, error.headers, error.read()
    return status, dict(headers), body.decode(), time.monotonic() - started


@pytest.fixture(scope="module")
def collected_static():
    collect_static()


@pytest.fixture
def proxy(db):
    if connection.vendor != "postgresql":
        pytest.skip("the database bounds are PostgreSQL's (set DATABASE_URL)")
    settings = connection.settings_dict
    tcp = TcpProxy((settings["HOST"], int(settings["PORT"])))
    yield tcp
    tcp.close()


def production_server(proxy: TcpProxy, log: Path, ready_path="/health/", **env):
    settings = connection.settings_dict
    environment = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": "regionsite.settings.production",
        # The pytest session's seeded database, through the proxy.
        "DATABASE_URL": f"postgres://{settings['USER']}@127.0.0.1:{proxy.port}/{settings['NAME']}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "http://localhost",
        "SECURE_SSL_REDIRECT": "false",
        "PORT": "{port}",
        "WEB_CONCURRENCY": "1",  # one process: one page cache (local memory without Redis)
        **env,
    }
    return serving(["-m", "gunicorn", "-c", "regionsite/gunicorn.py"], environment, log, ready_path)


def log_entries(log: Path) -> list[dict]:
    return [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]


def test_a_hanging_database_leaves_health_cached_pages_and_503s_answering(proxy, collected_static):
    log = Path(tempfile.mkdtemp()) / "gunicorn.log"
    with production_server(proxy, log) as url:
        for path in ("/", "/", "/infrastruktur/", "/infrastruktur/"):
            status, headers, _body, _seconds = get(url + path)
            assert status == 200
        assert headers.get("X-Page-Cache") == "hit"
        assert get(url + "/health/")[0] == 200

        proxy.black_hole()

        # A burst: the health check, pages nobody asked for yet, search; then a cached page.
        uncached = ["/nyheter/", "/kalender/", "/projekt/", "/sok/?q=hemlig-sokterm"]
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            health = pool.submit(get, url + "/health/")
            # The health check first, so it has one of the worker's two threads: its own
            # bound is what is measured, not a wait in the queue behind the burst (a run
            # where the burst's connections were accepted first measured 3.9 s).
            time.sleep(0.1)
            pages = {path: pool.submit(get, url + path) for path in uncached}
            time.sleep(0.2)
            cached = pool.submit(get, url + "/infrastruktur/")

            status, _headers, body, seconds = health.result()
            assert status == 503
            assert seconds < 2.5
            assert json.loads(body) == {"status": "degraded", "database": "timeout", "cache": "ok"}

            status, headers, body, seconds = cached.result()
            assert (status, headers.get("X-Page-Cache")) == (200, "hit")
            assert seconds < 5  # waits, at most, behind two bounded requests

            for path, page in pages.items():
                status, _headers, body, seconds = page.result()
                assert status == 503, path
                assert SWEDISH_503 in body
                assert seconds < 8, path  # the connection check's bound, then no waiting

        # While the database is left alone, pages fail at once and cached ones are served.
        assert get(url + "/om-webbplatsen/")[0] == 503
        # An address no route matches: its 404 page (from the fragment cache), not a 500 from
        # the redirects' lookup.
        assert get(url + "/finns.inte")[0] in (404, 503)
        assert get(url + "/")[0] == 200

        # The database comes back: the health check finds it, and pages render again.
        proxy.heal()
        deadline = time.monotonic() + 15
        while get(url + "/health/")[0] != 200:
            assert time.monotonic() < deadline, "the site did not find its database again"
            time.sleep(0.5)
        assert get(url + "/nyheter/")[0] == 200

    entries = log_entries(log)
    assert any(
        e["level"] == "ERROR" and e["message"].startswith("Database did not answer")
        for e in entries
    ), log.read_text()
    assert "hemlig-sokterm" not in log.read_text()


def test_a_request_that_outlives_the_worker_timeout_gets_its_worker_replaced(
    proxy, collected_static
):
    """The backstop: with the database's bounds far away (a long connect timeout), gunicorn's
    timeout ends the request though the threaded worker's main loop is alive."""
    proxy.black_hole()
    log = Path(tempfile.mkdtemp()) / "gunicorn.log"
    env = {
        "GUNICORN_TIMEOUT": "2",
        "GUNICORN_GRACEFUL_TIMEOUT": "1",
        "DATABASE_CONNECT_TIMEOUT": "20",
    }
    # Static files need no database (every page asks it for the site, even robots.txt).
    ready = "/static/css/error.css"
    with production_server(proxy, log, ready_path=ready, **env) as url:
        with pytest.raises((ConnectionError, urllib.error.URLError, TimeoutError)):
            get(url + "/nyheter/?q=hemligt", timeout=15)
        deadline = time.monotonic() + 10
        while not any("requests cut" in e["message"] for e in log_entries(log)):
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.2)
        assert get(url + ready)[0] == 200  # a new worker serves

    entries = log_entries(log)
    [timeout] = [e for e in entries if e["message"].startswith("WORKER TIMEOUT")]
    assert (timeout["level"], timeout["logger"]) == ("CRITICAL", "gunicorn.error")
    [cut] = [e for e in entries if "requests cut" in e["message"]]
    assert "after its timeout (2s)" in cut["message"]
    assert "GET /nyheter/ (" in cut["message"]
    assert "hemligt" not in log.read_text()
