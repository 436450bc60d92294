"""Production settings refuse to start without their secrets, and pass Django's deploy check."""

from pathlib import Path

import pytest

from tests.production import PRODUCTION_ENV, run_django

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_without(missing):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != missing}
    result = run_django(["check"], env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"The environment variable {missing} must be set" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = run_django(["check"], {**PRODUCTION_ENV, "SECRET_KEY": "kort1"})
    assert result.returncode != 0
    assert "SECRET_KEY must be at least 50 characters long" in result.stderr


@pytest.mark.parametrize(
    "address", ["internationell.example.se", "ftp://example.se", "https://example.se/sv/"]
)
def test_production_refuses_a_site_url_that_is_no_public_address(address):
    result = run_django(["check"], {**PRODUCTION_ENV, "SITE_URL": address})
    assert result.returncode != 0
    assert "SITE_URL must be the site's public address" in result.stderr


def test_production_trusts_and_links_to_its_public_address():
    script = (
        "from django.conf import settings; "
        "print(settings.WAGTAILADMIN_BASE_URL, settings.CSRF_TRUSTED_ORIGINS)"
    )
    result = run_django(["shell", "--no-imports", "-c", script], PRODUCTION_ENV)
    assert result.stdout.split() == [
        "https://internationell.example.se",
        "['https://internationell.example.se']",
    ]


def test_production_passes_the_deploy_check():
    result = run_django(["check", "--deploy", "--fail-level", "WARNING"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


def test_wsgi_defaults_to_production_and_manage_to_dev():
    assert "regionsite.settings.production" in (ROOT / "regionsite/wsgi.py").read_text()
    assert "regionsite.settings.dev" in (ROOT / "manage.py").read_text()
