"""Locked logins are lifted in the admin, in Swedish (Inställningar → Låsta inloggningar): an
administrator sees the locked account and its address and lifts the lock with one button, and
the colleague can log in again at once."""

import re

import pytest

from tests.browser.test_admin_csp import log_in
from tests.live_site import create_user

pytestmark = pytest.mark.browser

PASSWORD = "spärrtest-endast-2026"


def test_an_administrator_lifts_a_lock_from_the_settings_menu(browser, live_site, admin_login):
    url, env = live_site
    create_user(env, "spard-redaktor", PASSWORD, group="Redaktör")
    colleague = browser.new_page()
    for _ in range(5):  # the account limit, through the real login form
        colleague.goto(url + "/admin/login/")
        colleague.fill("#id_username", "spard-redaktor")
        colleague.fill("#id_password", "fel-lösenord")
        colleague.click("button[type=submit]")
    colleague.goto(url + "/admin/login/")
    colleague.fill("#id_username", "spard-redaktor")
    colleague.fill("#id_password", PASSWORD)
    colleague.click("button[type=submit]")
    colleague.wait_for_load_state()
    assert not colleague.url.endswith("/admin/")  # refused while locked

    admin = log_in(browser.new_page(), url, *admin_login)
    admin.get_by_role("button", name="Inställningar").click()
    admin.get_by_role("link", name="Låsta inloggningar").click()
    admin.wait_for_url(re.compile(r".*/admin/lasta-inloggningar/$"))
    assert admin.locator("h1").inner_text().strip() == "Låsta inloggningar"
    row = admin.locator("tr", has_text="spard-redaktor")
    assert row.count() == 1 and "127.0.0.1" in row.inner_text()
    row.get_by_role("button", name=re.compile("Häv spärren")).click()
    admin.get_by_text("Spärren är hävd för spard-redaktor").wait_for()
    assert admin.locator("tr", has_text="spard-redaktor").count() == 0
    assert admin.violations == []

    colleague.goto(url + "/admin/login/")
    colleague.fill("#id_username", "spard-redaktor")
    colleague.fill("#id_password", PASSWORD)
    colleague.click("button[type=submit]")
    colleague.wait_for_url(re.compile(r".*/admin/$"))
