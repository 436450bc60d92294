"""The admin works under its own Content-Security-Policy: the main views load without a single
CSP violation, and the preview panel shows the page (the public policy alone would block it)."""

import re

import pytest

from tests.live_site import create_user

pytestmark = pytest.mark.browser

ADMIN_VIEWS = [
    "/admin/",
    "/admin/pages/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/snippets/",
    "/admin/reports/oversattningar/",
    "/admin/lasta-inloggningar/",
]


def watch_csp(page):
    """Collect the page's CSP violations in ``page.violations`` from now on."""
    page.violations = []
    page.on(
        "console",
        lambda message: (
            page.violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )


def log_in(page, url: str, username: str, password: str):
    """Log in to the admin, collecting the page's CSP violations in ``page.violations``."""
    watch_csp(page)
    page.goto(url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/admin/$"))
    return page


@pytest.fixture
def admin_page(page, site_url, admin_login):
    return log_in(page, site_url, *admin_login)


def test_main_admin_views_load_without_csp_violations(admin_page, site_url):
    for path in ADMIN_VIEWS:
        response = admin_page.goto(site_url + path)
        admin_page.wait_for_load_state("networkidle")
        assert response.status == 200, path
        assert "frame-ancestors 'self'" in response.headers["content-security-policy"], path
    assert admin_page.violations == []


def test_page_editor_and_its_preview_panel_work(admin_page, site_url):
    admin_page.goto(site_url + "/admin/pages/search/?q=Infrastruktur")
    edit_link = admin_page.locator("a[href*='/edit/']").first
    admin_page.goto(site_url + edit_link.get_attribute("href"))
    admin_page.wait_for_load_state("networkidle")
    admin_page.locator("[data-side-panel-toggle='preview']").click()
    frame = admin_page.frame_locator("#w-preview-iframe")
    frame.locator("h1").wait_for(timeout=15_000)
    assert "Infrastruktur" in frame.locator("h1").inner_text()
    assert admin_page.violations == []


@pytest.mark.parametrize(
    ("role", "username"),
    [("Redaktör", "redaktor"), ("Publicist", "publicist"), ("Översättare", "oversattare")],
)
def test_each_editorial_role_works_in_the_admin_under_its_policy(page, live_site, role, username):
    """Each role's own admin (dashboard, page explorer, images) loads without CSP violations."""
    url, env = live_site
    create_user(env, username, "rolltest-endast-2026", group=role)
    log_in(page, url, username, "rolltest-endast-2026")
    for path in ["/admin/", "/admin/pages/", "/admin/images/"]:
        response = page.goto(url + path)
        page.wait_for_load_state("networkidle")
        assert response.status == 200, (role, path)
    assert page.violations == []
