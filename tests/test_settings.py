"""Production settings refuse to start without their secrets, and pass Django's deploy check."""

import secrets
from pathlib import Path

import pytest

from regionsite.settings.base import strong_secret_key
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


# --- Weak configuration is refused, with what to do instead ---------------------------------


@pytest.mark.parametrize(
    ("key", "says"),
    [
        ("a" * 50, "different characters"),
        ("ab" * 40, "different characters"),
        ("x" * 30 + "-not-a-real-production-key-0123456789", "repeats one character"),
        ("django-insecure-" + "0123456789abcdefghijklmnopqrstuvwxyzABCDEFG", "django-insecure-"),
    ],
)
def test_production_refuses_a_weak_secret_key(key, says):
    result = run_django(["check"], {**PRODUCTION_ENV, "SECRET_KEY": key})
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert says in result.stderr
    assert "secrets.token_urlsafe(50)" in result.stderr  # how to make a good one
    assert key not in result.stderr  # a key, even a bad one, is not printed


def test_production_refuses_a_site_url_over_plain_http():
    result = run_django(
        ["check"], {**PRODUCTION_ENV, "SITE_URL": "http://internationell.example.se"}
    )
    assert result.returncode != 0
    assert "SITE_URL must start with https://" in result.stderr


@pytest.mark.parametrize("address", ["http://localhost:8000", "http://127.0.0.1:8000"])
def test_production_allows_plain_http_on_this_machine_only(address):
    """A trial on one machine (the image's smoke test, the benchmarks) has no certificate."""
    env = {**PRODUCTION_ENV, "SITE_URL": address, "ALLOWED_HOSTS": "localhost,127.0.0.1"}
    result = run_django(["check"], env)
    assert result.returncode == 0, result.stderr


def test_production_refuses_a_site_url_on_a_host_it_does_not_serve():
    env = {**PRODUCTION_ENV, "SITE_URL": "https://www.example.se"}
    result = run_django(["check"], env)
    assert result.returncode != 0
    assert "SITE_URL names the host www.example.se, which ALLOWED_HOSTS" in result.stderr


@pytest.mark.parametrize("hosts", ["*", "internationell.example.se,*"])
def test_production_refuses_any_host(hosts):
    result = run_django(["check"], {**PRODUCTION_ENV, "ALLOWED_HOSTS": hosts})
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must name the site's host names, not '*'" in result.stderr


def test_production_accepts_generated_keys():
    """What the docs tell operators to run makes a key production accepts: the rule, run on
    many such keys here, and one of them in a real production start."""
    for _ in range(500):
        for key in (secrets.token_urlsafe(50), secrets.token_hex(32)):
            assert strong_secret_key(key) == key
    result = run_django(["check"], {**PRODUCTION_ENV, "SECRET_KEY": secrets.token_urlsafe(50)})
    assert result.returncode == 0, result.stderr


# --- Database bounds (docs/operations.md, "Timeouts") ----------------------------------------


def test_database_waits_are_bounded_by_default_and_configurable(monkeypatch):
    from regionsite.settings.base import database_config

    url = "postgres://regionsite@db.example:5432/regionsite"
    config = database_config(url)
    assert config["ENGINE"] == "regionsite.postgresql"
    assert config["OPTIONS"]["connect_timeout"] == 3
    assert config["OPTIONS"]["options"] == "-c statement_timeout=5000"
    assert config["STATEMENT_TIMEOUT"] == 5

    monkeypatch.setenv("DATABASE_CONNECT_TIMEOUT", "1")  # libpq's least is 2
    monkeypatch.setenv("DATABASE_STATEMENT_TIMEOUT", "0")  # none, for a long migration
    config = database_config(url + "?connect_timeout=10")  # the URL's own value wins
    assert config["OPTIONS"]["connect_timeout"] == 10
    assert "options" not in config["OPTIONS"] and not config["STATEMENT_TIMEOUT"]
    assert database_config(url)["OPTIONS"]["connect_timeout"] == 2


def test_production_refuses_a_database_timeout_that_is_no_number():
    env = {**PRODUCTION_ENV, "DATABASE_STATEMENT_TIMEOUT": "5s"}
    result = run_django(["check"], env)
    assert result.returncode != 0
    assert "DATABASE_STATEMENT_TIMEOUT must be a number of seconds, 0 or more" in result.stderr
