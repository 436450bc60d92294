"""The news subscription form in Chromium without JavaScript, on a phone and a wide screen: a
mistake comes back summarised and kept, the corrected form is thanked, the sign-up is stored
unconfirmed, no cookie is set, and axe finds nothing."""

import pytest

from tests.browser.test_accessibility import WCAG_22_AA, axe
from tests.live_site import shell

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}
BAD_EMAIL = "Skriv e-postadressen så här: namn@exempel.se"


@pytest.mark.parametrize("viewport", [PHONE, WIDE], ids=["320", "1280"])
def test_signing_up_without_javascript(browser, live_site, viewport, tmp_path):
    site_url, env = live_site
    context = browser.new_context(viewport=viewport, locale="sv-SE", java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/infrastruktur/")
    with page.expect_navigation():
        page.get_by_role("link", name="Nyheter om temat med e-post").click()
    assert page.locator("h1").inner_text() == "Nyheter med e-post"
    theme = page.get_by_label("Infrastruktur")
    assert theme.is_checked()  # the theme page's link chose its theme
    page.screenshot(path=tmp_path / f"form-{viewport['width']}.png", full_page=True)
    # Nothing runs off the screen at 320 px (WCAG 1.4.10).
    box = page.locator("form.feedback__form").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]

    address = f"lasare-{viewport['width']}@example.se"
    page.get_by_label("E-postadress").fill(address.replace("@", ""))
    with page.expect_navigation():
        page.get_by_role("button", name="Prenumerera").click()
    assert page.title().startswith("Fel: ")
    assert page.locator(".error-summary li").all_inner_texts() == [BAD_EMAIL]
    field = page.get_by_label("E-postadress")
    assert field.input_value() == address.replace("@", "")  # what was typed is kept
    assert field.get_attribute("aria-invalid") == "true"
    assert page.get_by_label("Infrastruktur").is_checked()
    page.screenshot(path=tmp_path / f"error-{viewport['width']}.png", full_page=True)

    field.fill(address)
    with page.expect_navigation():
        page.get_by_role("button", name="Prenumerera").click()
    assert page.locator("h1").inner_text() == "Titta i din e-post"
    stored = shell(
        env,
        "import json; from pages.models import Subscriber; s = Subscriber.objects.get("
        f"email={address!r}); print(json.dumps([s.is_confirmed, "
        "[t.slug for t in s.themes.all()]]))",
    )
    assert stored == [False, ["infrastruktur"]]
    assert context.cookies() == [], "a visitor got a cookie"
    print(f"screenshots in {tmp_path}")
    context.close()


def test_the_form_and_its_errors_pass_axe(browser, site_url):
    context = browser.new_context(viewport=WIDE, locale="sv-SE")
    page = context.new_page()
    page.goto(site_url + "/prenumerera/")
    results = axe.run(page, options=WCAG_22_AA)
    assert results.violations_count == 0, results.generate_report()
    with page.expect_navigation():
        page.get_by_role("button", name="Prenumerera").click()
    assert page.title().startswith("Fel: ")
    results = axe.run(page, options=WCAG_22_AA)
    assert results.violations_count == 0, results.generate_report()
    assert context.cookies() == []
    context.close()
