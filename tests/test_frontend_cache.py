"""A CDN or caching proxy is purged when a page changes: publishing sends a real HTTP PURGE
for the page's URL to the configured endpoint (here a small HTTP server of the test's own)."""

import http.server
import threading

import pytest

from django.test import override_settings

from pages.models import ThemePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def purge_receiver():
    received = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            received.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", received
    server.shutdown()


def test_publishing_purges_the_page_at_the_cdn(seeded, purge_receiver):
    location, received = purge_receiver
    backends = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": location,
        }
    }
    page = ThemePage.objects.get(slug="infrastruktur")
    with override_settings(WAGTAILFRONTENDCACHE=backends):
        page.title = "Infrastruktur och bredband"
        page.save_revision().publish()
    assert ("localhost", "/infrastruktur/") in received
