"""Running manage.py in a fresh process with production settings, for the tests that check
what production does (start-up refusals, the deploy check, the JSON log)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 30 + "-not-a-real-production-key-0123456789",
    "ALLOWED_HOSTS": "internationell.example.se",
    "SITE_URL": "https://internationell.example.se",
    "DATABASE_URL": "postgres://regionsite@db.example:5432/regionsite",
}


def run_django(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    clean.update(env, DJANGO_SETTINGS_MODULE="regionsite.settings.production")
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
