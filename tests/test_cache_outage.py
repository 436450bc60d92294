"""A Redis outage makes the site slower, never broken: pages keep answering, /health/ says
"degraded", and when Redis is back the same process uses it again without a restart.

These tests run a real redis-server of their own on a free port (and a port with none)."""

import logging
import time

import pytest

from django.core.cache import cache
from django.test import override_settings

from tests.live_site import free_port, redis_server

pytestmark = pytest.mark.django_db

PAGES = ["/", "/infrastruktur/", "/nyheter/", "/en/", "/sok/?q=bredband", "/sitemap.xml"]


def redis_cache_settings(port: int) -> dict:
    return {
        "default": {
            "BACKEND": "regionsite.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": "regionsite-test",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5, "RETRY_AFTER": 0.5},
        }
    }


def assert_pages_answer(client):
    for path in PAGES:
        response = client.get(path)
        assert response.status_code == 200, f"{path}: {response.status_code}"


def test_with_redis_down_pages_are_served_and_health_says_degraded(
    client, seeded, caplog, settings
):
    settings.PAGE_CACHE_SECONDS = 300  # the page cache too: it reads Redis on every request
    with (
        override_settings(CACHES=redis_cache_settings(free_port())),
        caplog.at_level(logging.WARNING, logger="regionsite.cache"),
    ):
        assert_pages_answer(client)
        health = client.get("/health/")
    assert health.status_code == 200
    assert health.json() == {"status": "degraded", "database": "ok", "cache": "unavailable"}
    assert "Cache unavailable" in caplog.text


def test_redis_stopped_and_started_again_under_a_running_site(client, seeded, settings):
    settings.PAGE_CACHE_SECONDS = 300
    port = free_port()
    with override_settings(CACHES=redis_cache_settings(port)):
        with redis_server(port):
            assert_pages_answer(client)
            assert client.get("/health/").json()["status"] == "ok"
            cache.set("probe", "before")
            assert cache.get("probe") == "before"

        # Stopped: still serving, uncached.
        assert_pages_answer(client)
        assert client.get("/health/").json()["cache"] == "unavailable"
        assert cache.get("probe") is None

        with redis_server(port):
            time.sleep(0.6)  # the pause after a failure (RETRY_AFTER) runs out
            assert client.get("/health/").json() == {
                "status": "ok",
                "database": "ok",
                "cache": "ok",
            }
            cache.set("probe", "after")
            assert cache.get("probe") == "after"
            assert_pages_answer(client)
