"""The browser layer: a real server with the seeded site, driven by headless Chromium.

The server is a separate gunicorn process on its own database (migrated and seeded like
`make run`), so the browser sees exactly what a visitor would. Where Chromium is missing the
tests are skipped with instructions, except under CI, where a missing browser is a failure.
"""

import datetime
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.live_site import create_user, running_site

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


@pytest.fixture(scope="session")
def live_site():
    """(base URL, environment) of the running site."""
    with running_site("browser") as site:
        yield site


@pytest.fixture(scope="session")
def site_url(live_site):
    return live_site[0]


@pytest.fixture(scope="session")
def admin_login(live_site):
    """(username, password) of an administrator on the running site."""
    username, password = "admin", "webbläsartest-endast"
    create_user(live_site[1], username, password, superuser=True)
    return username, password


AXE_REPORT = Path(__file__).parent / "artifacts" / "axe-report.json"


@pytest.fixture(scope="session")
def axe_report():
    """The session's axe results, page by page; written to ``AXE_REPORT`` at the end for
    ``manage.py record_accessibility_checks`` (the accessibility statement shows them)."""
    report = {"pages": []}
    yield report
    if report["pages"]:
        report["checked_at"] = datetime.datetime.now(datetime.UTC).isoformat()
        AXE_REPORT.parent.mkdir(exist_ok=True)
        AXE_REPORT.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


def add_axe_result(report: dict, path: str, results) -> None:
    """One page's axe results, as pages.accessibility_checks.record_run reads them."""
    report["tool"] = f"axe-core {results.response['testEngine']['version']}"
    report["standard"] = "WCAG 2.2 A/AA"
    rules = [violation["id"] for violation in results.response["violations"]]
    report["pages"].append({"path": path, "violations": results.violations_count, "rules": rules})


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
