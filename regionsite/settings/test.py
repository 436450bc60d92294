"""Tests: PostgreSQL when DATABASE_URL is set (as in CI), else SQLite; fast and isolated."""

from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASE_URL, database_config, env_bool, env_str

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
DATABASES = {"default": database_config(DATABASE_URL or f"sqlite:///{BASE_DIR / 'test.sqlite3'}")}
# Tests run against live_server too, where persistent connections only get in the way.
DATABASES["default"]["CONN_MAX_AGE"] = 0
if not DATABASE_URL:
    # A file, not Django's in-memory default, so pytest's --reuse-db (on by default) keeps the
    # migrated and seeded database between runs: one test starts in seconds. Throwaway data, so
    # SQLite need not wait for the disk.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / "test-db.sqlite3")}
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA synchronous=OFF"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Local memory, unless a test runs app instances that share a Redis (tests/live_site.py asks
# for it explicitly, so a REDIS_URL in a developer's shell never points the tests at it).
if not env_bool("REGIONSITE_TEST_SHARED_CACHE"):
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
# Kept with the test database between runs (tests/conftest.py empties it when the database is
# new); a live site for the browser tests has its own, removed with it (tests/live_site.py).
MEDIA_ROOT = Path(env_str("REGIONSITE_TEST_MEDIA_ROOT", str(BASE_DIR / ".test-media")))
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run at once, in the process that enqueues them (as the site did before the worker): a
# test that is about the queue and the worker uses the database backend (tests/test_worker.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# The seeded Site record follows SITE_URL: canonical links in tests read http://localhost/.
SITE_URL = "http://localhost"
WAGTAILADMIN_BASE_URL = SITE_URL
CSRF_TRUSTED_ORIGINS = [SITE_URL]
# Serve static files straight from the app and project folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
# The page cache is tested on its own (tests/test_page_cache.py, and across two instances);
# elsewhere every request renders, so query budgets and content assertions measure the real
# thing.
PAGE_CACHE_SECONDS = int(env_str("PAGE_CACHE_SECONDS", "0"))
# Tests drain the outbox themselves (or run real servers, which poll it).
OUTBOX_POLL_SECONDS = float(env_str("OUTBOX_POLL_SECONDS", "0"))
# Off unless a test turns it on (tests/test_two_factor.py), so other tests log in as before.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", False)
