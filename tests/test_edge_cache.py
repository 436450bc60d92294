"""The edge cache: a real varnishd with the repository's VCL (regionsite/caching/varnish.vcl) in
front of a small HTTP backend of the test's own, purged by key (regionsite/caching/edge.py) and
by URL (Wagtail's frontend_cache HTTPBackend)."""

import collections
import gzip
import http.client
import http.server
import socket
import threading
from urllib.parse import urlsplit

import pytest

from django.test import override_settings

from wagtail.contrib.frontend_cache.utils import purge_url_from_cache

from regionsite.caching.edge import MAX_HEADER_BYTES, batches, purge_keys
from tests.edge import varnish
from tests.live_site import free_port

PUBLIC = "public, max-age=0, s-maxage=300, stale-while-revalidate=60"


class Backend:
    """An HTTP server answering each path as ``routes`` says, counting what reaches it."""

    def __init__(self):
        self.routes: dict[str, dict] = {}
        self.counts = collections.Counter()
        self.seen: dict[str, dict] = {}
        backend = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 - the HTTP method's name
                path = self.path
                backend.counts[path] += 1
                backend.seen[path] = dict(self.headers.items())
                route = backend.routes.get(path, {"headers": {"Cache-Control": PUBLIC}})
                body = f"{path} #{backend.counts[path]}".encode()
                headers = dict(route.get("headers", {}))
                if route.get("gzip") and "gzip" in self.headers.get("Accept-Encoding", ""):
                    body = gzip.compress(body)
                    headers["Content-Encoding"] = "gzip"
                self.send_response(route.get("status", 200))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_POST = do_GET  # noqa: N815

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def route(self, path: str, **headers: str):
        self.routes[path] = {"headers": {name.replace("_", "-"): v for name, v in headers.items()}}


@pytest.fixture(scope="module")
def backend():
    server = Backend()
    yield server
    server.server.shutdown()


@pytest.fixture(scope="module")
def proxy_port():
    return free_port()


@pytest.fixture(scope="module")
def edge(backend, proxy_port):
    with varnish(backend.port, proxy_port=proxy_port) as url:
        yield url


def request(base: str, path: str, method: str = "GET", headers: dict | None = None):
    """(status, lower-cased headers, body) of one request to ``base``."""
    url = urlsplit(base)
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=5)
    try:
        connection.request(method, path, headers=headers or {})
        response = connection.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        connection.close()


def get(edge: str, path: str, **headers: str):
    return request(edge, path, headers={k.replace("_", "-"): v for k, v in headers.items()})


def test_a_cacheable_response_is_served_by_varnish_the_second_time(edge, backend):
    backend.route("/cached/", Cache_Control=PUBLIC, xkey="p1 all", X_Request_ID="r1")
    status, first, body = get(edge, "/cached/")
    assert (status, first["x-cache"], body) == (200, "miss", b"/cached/ #1")
    status, second, body = get(edge, "/cached/")
    assert (status, second["x-cache"], body) == (200, "hit", b"/cached/ #1")
    assert backend.counts["/cached/"] == 1
    # The app logged the first request under its id; the hit has no line in the app's log.
    assert first["x-request-id"] == "r1" and "x-request-id" not in second
    # The keys are Varnish's business, and the proto variant is internal.
    assert "xkey" not in first and "xkey" not in second
    assert "vary" not in second


def test_a_request_with_a_cookie_or_credentials_passes(edge, backend):
    backend.route("/signed-in/", Cache_Control=PUBLIC, xkey="p2")
    get(edge, "/signed-in/")
    for headers in ({"Cookie": "sessionid=abc"}, {"Authorization": "Basic dTpw"}):
        status, seen, body = get(edge, "/signed-in/", **headers)
        assert seen["x-cache"] == "miss"
    assert backend.counts["/signed-in/"] == 3
    request(edge, "/signed-in/", method="POST")
    assert backend.counts["/signed-in/"] == 4


@pytest.mark.parametrize(
    "headers",
    [
        {"Cache-Control": "private, no-cache"},
        {"Cache-Control": "no-store"},
        {"Cache-Control": PUBLIC, "Set-Cookie": "csrftoken=x; Path=/"},
        {},  # says nothing: not guessed cacheable (a redirect to https must not be kept)
    ],
    ids=["private", "no-store", "set-cookie", "no-cache-control"],
)
def test_a_response_the_app_keeps_private_is_not_cached(edge, backend, headers):
    path = f"/private-{len(backend.routes)}/"
    backend.routes[path] = {"headers": {**headers, "xkey": "p3"}}
    for _ in range(3):
        status, seen, body = get(edge, path)
        assert seen["x-cache"] == "miss"
    assert backend.counts[path] == 3


def test_purge_keys_removes_exactly_the_objects_tagged_with_the_key(edge, backend):
    backend.route("/k1-a/", Cache_Control=PUBLIC, xkey="k1 all")
    backend.route("/k1-b/", Cache_Control=PUBLIC, xkey="list:news:sv k1")
    backend.route("/k2/", Cache_Control=PUBLIC, xkey="k2 all")
    for path in ("/k1-a/", "/k1-b/", "/k2/"):
        get(edge, path)
        assert get(edge, path)[1]["x-cache"] == "hit"

    with override_settings(FRONTEND_CACHE_PURGE_URL=edge):
        assert purge_keys(["k1"]) is True

    for path in ("/k1-a/", "/k1-b/"):
        status, seen, body = get(edge, path)
        assert (seen["x-cache"], body) == ("miss", f"{path} #2".encode())
    status, seen, body = get(edge, "/k2/")
    assert (seen["x-cache"], body) == ("hit", b"/k2/ #1")


def test_a_purged_page_is_never_served_stale(edge, backend):
    """A hard purge: the page made private meanwhile is fetched at once, not served from grace."""
    backend.route("/made-private/", Cache_Control=PUBLIC, xkey="p42")
    get(edge, "/made-private/")
    backend.route("/made-private/", Cache_Control="private, no-cache")
    with override_settings(FRONTEND_CACHE_PURGE_URL=edge):
        assert purge_keys(["p42"])
    status, seen, body = get(edge, "/made-private/")
    assert (seen["cache-control"], body) == ("private, no-cache", b"/made-private/ #2")
    assert get(edge, "/made-private/")[2] == b"/made-private/ #3"


def test_purge_keys_sends_many_keys_in_batches(edge, backend):
    keys = [f"t:model_{n:05d}" for n in range(2000)]
    values = batches(keys)
    assert len(values) > 1 and all(len(value) <= MAX_HEADER_BYTES for value in values)
    assert " ".join(values).split() == keys
    backend.route("/last-key/", Cache_Control=PUBLIC, xkey=keys[-1])
    get(edge, "/last-key/")
    with override_settings(FRONTEND_CACHE_PURGE_URL=edge):
        assert purge_keys([*keys, "not a key", ""]) is True
    assert get(edge, "/last-key/")[2] == b"/last-key/ #2"


def test_purge_keys_reports_an_edge_that_is_down_or_refuses(backend):
    with override_settings(FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{free_port()}"):
        assert purge_keys(["k1"]) is False
    # The test's backend is no Varnish: it answers PURGE with 501.
    with override_settings(FRONTEND_CACHE_PURGE_URL=f"http://127.0.0.1:{backend.port}"):
        assert purge_keys(["k1"]) is False
    with override_settings(FRONTEND_CACHE_PURGE_URL=""):
        assert purge_keys(["k1"]) is True


def test_a_url_purge_with_the_host_removes_every_variant_of_that_url(edge, backend):
    host = "regionsite.test"
    backend.route("/by-url/", Cache_Control=PUBLIC, xkey="p7")
    get(edge, "/by-url/", Host=host)
    get(edge, "/by-url/", Host=host, X_Forwarded_Proto="https")
    get(edge, "/by-url/", Host="other.test")
    assert backend.counts["/by-url/"] == 3
    assert get(edge, "/by-url/", Host="Regionsite.TEST")[1]["x-cache"] == "hit"

    status, _, _ = request(edge, "/by-url/", method="PURGE", headers={"Host": host})
    assert status == 200

    assert get(edge, "/by-url/", Host=host)[1]["x-cache"] == "miss"
    assert get(edge, "/by-url/", Host=host, X_Forwarded_Proto="https")[1]["x-cache"] == "miss"
    assert get(edge, "/by-url/", Host="other.test")[1]["x-cache"] == "hit"


def test_wagtails_frontend_cache_purge_reaches_this_vcl(edge, backend):
    backend.route("/wagtail-url/", Cache_Control=PUBLIC, xkey="p8")
    get(edge, "/wagtail-url/", Host="regionsite.test")
    assert get(edge, "/wagtail-url/", Host="regionsite.test")[1]["x-cache"] == "hit"
    http_backend = "wagtail.contrib.frontend_cache.backends.HTTPBackend"
    backends = {"proxy": {"BACKEND": http_backend, "LOCATION": edge}}
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        purge_url_from_cache("https://regionsite.test/wagtail-url/")
    status, seen, body = get(edge, "/wagtail-url/", Host="regionsite.test")
    assert (seen["x-cache"], body) == ("miss", b"/wagtail-url/ #2")


def test_a_purge_from_outside_the_acl_is_refused(edge, backend, proxy_port):
    """Through the PROXY-protocol listener the client's address is the one the PROXY line names:
    a real connection as seen from a stranger's address."""
    backend.route("/guarded/", Cache_Control=PUBLIC, xkey="guarded")
    get(edge, "/guarded/")

    def purge_from(address: str) -> bytes:
        with socket.create_connection(("127.0.0.1", proxy_port), timeout=5) as sock:
            sock.sendall(
                f"PROXY TCP4 {address} 127.0.0.1 40000 80\r\n".encode()
                + b"PURGE / HTTP/1.1\r\nHost: x\r\nxkey-purge: guarded\r\nConnection: close\r\n\r\n"
            )
            return sock.makefile("rb").readline()

    assert purge_from("203.0.113.7").startswith(b"HTTP/1.1 403")
    assert get(edge, "/guarded/")[1]["x-cache"] == "hit"
    assert purge_from("127.0.0.1").startswith(b"HTTP/1.1 200")
    assert get(edge, "/guarded/")[1]["x-cache"] == "miss"


def test_the_app_learns_the_client_and_scheme_as_before(edge, backend):
    """Varnish appends the address it saw to X-Forwarded-For (one proxy more for
    TRUSTED_PROXY_COUNT) and passes X-Forwarded-Proto unchanged."""
    backend.route("/forwarded/", Cache_Control="private")
    get(edge, "/forwarded/", X_Forwarded_For="198.51.100.4", X_Forwarded_Proto="https")
    seen = backend.seen["/forwarded/"]
    assert seen["X-Forwarded-For"] == "198.51.100.4, 127.0.0.1"
    assert seen["X-Forwarded-Proto"] == "https"


def test_gzip_and_plain_clients_share_one_fetch(edge, backend):
    backend.routes["/zipped/"] = {
        "headers": {"Cache-Control": PUBLIC, "Vary": "Accept-Encoding", "xkey": "z"},
        "gzip": True,
    }
    status, seen, body = get(edge, "/zipped/", Accept_Encoding="gzip, deflate, br")
    assert seen["content-encoding"] == "gzip" and gzip.decompress(body) == b"/zipped/ #1"
    status, seen, body = get(edge, "/zipped/")
    assert "content-encoding" not in seen and body == b"/zipped/ #1"
    assert seen["vary"] == "Accept-Encoding"
    assert backend.counts["/zipped/"] == 1
