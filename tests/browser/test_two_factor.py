"""A Redaktör's first login with the second factor required, in headless Chromium against
gunicorn: password, enrolment (the code computed here from the key the page shows), recovery
codes, the dashboard; then a new login with an app code. No CSP violation on the way, and the
second step's pages pass axe."""

import re
from base64 import b32decode

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.oath import totp

from tests.browser.test_accessibility import WCAG_22_AA
from tests.browser.test_admin_csp import watch_csp
from tests.live_site import create_user, running_instances

pytestmark = pytest.mark.browser

USERNAME, PASSWORD = "redaktor2fa", "tvafaktor-endast-2026"


@pytest.fixture(scope="module")
def strict_site():
    with running_instances("twofactor", count=1, extra_env={"REQUIRE_STAFF_2FA": "on"}) as (
        urls,
        env,
    ):
        create_user(env, USERNAME, PASSWORD, group="Redaktör")
        yield urls[0]


def log_in(page, url):
    page.goto(url + "/admin/login/")
    page.fill("#id_username", USERNAME)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def code_from(key: bytes) -> str:
    return f"{totp(key):06d}"


def test_first_login_enrols_and_a_later_login_asks_for_the_code(page, strict_site):
    watch_csp(page)
    log_in(page, strict_site)
    page.wait_for_url(re.compile(r".*/admin/tvastegsverifiering/aktivera/.*"))
    assert page.locator("h1").inner_text() == "Aktivera tvåstegsverifiering"
    assert page.locator("svg.two-factor-qr").is_visible()
    assert Axe().run(page, options=WCAG_22_AA).violations_count == 0
    key = b32decode(page.locator(".two-factor-secret").inner_text().replace(" ", ""))
    page.fill("#id_code", code_from(key))
    page.click(".login-form button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/tvastegsverifiering/reservkoder/.*"))
    assert page.locator(".two-factor-codes li").count() == 10
    assert Axe().run(page, options=WCAG_22_AA).violations_count == 0
    page.click("text=Jag har sparat koderna, fortsätt")
    page.wait_for_url(re.compile(r".*/admin/$"))

    # Log out and in again: the code page this time (the next 30-second step's code).
    page.context.clear_cookies()
    log_in(page, strict_site)
    page.wait_for_url(re.compile(r".*/admin/tvastegsverifiering/\?.*"))
    assert page.locator("h1").inner_text() == "Tvåstegsverifiering"
    assert Axe().run(page, options=WCAG_22_AA).violations_count == 0
    page.fill("#id_code", "000000")
    page.click(".login-form button[type=submit]")
    page.locator(".messages .error", has_text="Koden stämmer inte").wait_for()
    assert page.violations == []

    # On a 320 px phone the page reflows: nothing runs off the side (WCAG 1.4.10).
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
