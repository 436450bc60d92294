"""The browser layer: a real server with the seeded site, driven by headless Chromium.

The server is a separate gunicorn process on its own database (migrated and seeded like
`make run`), so the browser sees exactly what a visitor would. Where Chromium is missing the
tests are skipped with instructions, except under CI, where a missing browser is a failure.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def chromium_path() -> str | None:
    candidate = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
    return candidate if os.path.exists(candidate) else shutil.which("chromium")


def pytest_collection_modifyitems(config, items):
    if chromium_path():
        return
    message = (
        "Chromium not found: the browser tests need it. Install it with "
        "`sudo apt-get install chromium` (or set CHROMIUM_PATH)."
    )
    if os.environ.get("CI", "").lower() == "true":
        raise pytest.UsageError(f"CI=true and {message}")
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.skip(reason=message))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def browser_database_url(tmp: Path) -> tuple[str, callable]:
    """A fresh database for the server: PostgreSQL beside the test database, or SQLite."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        return f"sqlite:///{tmp / 'browser.sqlite3'}", lambda: None

    import psycopg

    name = base.rsplit("/", 1)[1].split("?")[0] + "_browser"
    admin_url = base.rsplit("/", 1)[0] + "/postgres"

    def execute(sql: str):
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(sql)

    execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + f"/{name}", lambda: execute(
        f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    )


@pytest.fixture(scope="session")
def site_url():
    tmp = Path(tempfile.mkdtemp(prefix="regionsite-browser-"))
    database_url, drop_database = browser_database_url(tmp)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "regionsite.settings.test",
        "DATABASE_URL": database_url,
    }
    python = sys.executable
    for command in (["migrate", "--noinput", "-v0"], ["seed_content"]):
        subprocess.run(  # noqa: S603 - our own manage.py
            [python, "manage.py", *command],
            cwd=ROOT,
            env=env,
            check=True,
            capture_output=True,
            timeout=600,
        )
    port = free_port()
    log = (tmp / "server.log").open("w")
    server = subprocess.Popen(  # noqa: S603
        [
            python,
            "-m",
            "gunicorn",
            "regionsite.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--access-logfile",
            "-",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{url}/health/", timeout=2)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        else:
            raise RuntimeError(f"server did not start; see {tmp / 'server.log'}")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
        drop_database()
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    page = context.new_page()
    yield page
    context.close()
