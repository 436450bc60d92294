"""Running manage.py in a fresh process with production settings, for the tests that check
what production does (start-up refusals, the deploy check, the JSON log)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    # Random-looking (production refuses repetitive keys), and used nowhere else.
    "SECRET_KEY": "test-only-Qm7vR2kXp9LwZ4tH8nB3cF6yJ1sD5gA0eU-not-a-real-production-key",
    "ALLOWED_HOSTS": "internationell.example.se",
    "SITE_URL": "https://internationell.example.se",
    "DATABASE_URL": "postgres://regionsite@db.example:5432/regionsite",
}


def run_django(
    args: list[str], env: dict[str, str | None], settings: str = "production"
) -> subprocess.CompletedProcess:
    """``manage.py args`` in a fresh process with ``regionsite.settings.<settings>``, the
    production variables only as ``env`` gives them (None: unset)."""
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    for name, value in env.items():
        if value is None:
            clean.pop(name, None)
        else:
            clean[name] = value
    clean["DJANGO_SETTINGS_MODULE"] = f"regionsite.settings.{settings}"
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def collect_static():
    """Production serves hashed static files named by the manifest: collect them (into
    STATIC_ROOT, as the image's build does)."""
    result = run_django(["collectstatic", "--noinput", "-v0"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
