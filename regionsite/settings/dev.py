"""Local development: SQLite by default, debug on, a throw-away key."""

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASE_URL, database_config, env_bool

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
DATABASES = {"default": database_config(DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Plain storage: no collectstatic needed to run locally.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# Serve static files straight from the app and project folders, without collectstatic.
WHITENOISE_USE_FINDERS = True
# `make run` logs in with the password alone; REQUIRE_STAFF_2FA=on tries the second step.
REQUIRE_STAFF_2FA = env_bool("REQUIRE_STAFF_2FA", False)
