"""Static files, as production's gunicorn serves them (whitenoise, collected and hashed): the
same security headers as pages, and no list of the site's files (the manifest)."""

import json
import os
import tempfile
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from django.db import connection

from tests.live_site import ROOT, serving
from tests.production import PRODUCTION_ENV, collect_static


@pytest.fixture
def production_static(db):
    """A 404 renders the site's page, which reads the (seeded test) database."""
    if connection.vendor != "postgresql":
        pytest.skip("production settings need PostgreSQL (set DATABASE_URL)")
    collect_static()
    database = connection.settings_dict
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")},
        **PRODUCTION_ENV,
        "DJANGO_SETTINGS_MODULE": "regionsite.settings.production",
        "DATABASE_URL": (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
        ),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SITE_URL": "http://localhost",
        "SECURE_SSL_REDIRECT": "false",
        "PORT": "{port}",
        "WEB_CONCURRENCY": "1",
    }
    log = Path(tempfile.mkdtemp()) / "gunicorn.log"
    arguments = ["-m", "gunicorn", "-c", "regionsite/gunicorn.py"]
    with serving(arguments, env, log, "/static/css/error.css") as url:
        yield url


def fetch(url: str, **headers) -> tuple[int, dict]:
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 - localhost
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers)


def hashed_stylesheet() -> str:
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    return "/static/" + manifest["paths"]["css/site.css"]


def test_static_files_carry_the_security_headers(production_static):
    for path in ("/static/css/error.css", hashed_stylesheet(), "/static/img/favicon.svg"):
        # As from the TLS proxy, so that HSTS is sent.
        status, headers = fetch(production_static + path, **{"X-Forwarded-Proto": "https"})
        assert status == 200, path
        assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
        assert "default-src 'none'" in headers["Content-Security-Policy"]
        assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert "camera=()" in headers["Permissions-Policy"]
        assert headers["Cross-Origin-Resource-Policy"] == "same-origin"


def test_the_manifest_is_not_served(production_static):
    assert (ROOT / "staticfiles" / "staticfiles.json").exists()  # it is there, on the server
    status, headers = fetch(production_static + "/static/staticfiles.json")
    assert status == 404
    assert "text/html" in headers["Content-Type"]  # the site's 404 page, not the file
