"""Snippets and the language roles in a real browser (issue 21, item 5): the Översättare sees
the Swedish funding programmes with *Översätt* and nothing to edit or delete, translates one in
wagtail-localize's translation editor and publishes it; the Redaktör cannot open the English
one. tests/test_snippet_roles.py checks every type and role by request."""

import json
import re

import pytest

from tests.browser.test_admin_csp import log_in
from tests.browser.test_editing import new_page
from tests.live_site import create_user, shell

pytestmark = pytest.mark.browser

PASSWORD = "snuttrollstest-endast-2026"  # noqa: S105 - a throwaway test site
PROGRAMME = """
import json
from pages.models import FundingProgramme
programme, _ = FundingProgramme.objects.get_or_create(
    name='Sammanhållningsfonden 2028–2034', defaults={'short_name': 'Sammanhållning'})
print(json.dumps(programme.pk))
"""
ENGLISH = {
    "Sammanhållningsfonden 2028–2034": "Cohesion Fund 2028–2034",
    "Sammanhållning": "Cohesion",
}
LISTING = "/admin/snippets/pages/fundingprogramme/"


def test_the_translator_translates_a_funding_programme_and_never_edits_the_swedish(
    browser, live_site
):
    url, env = live_site
    create_user(env, "oversattare-snuttar", PASSWORD, group="Översättare")
    create_user(env, "redaktor-snuttar", PASSWORD, group="Redaktör")
    swedish = shell(env, PROGRAMME)

    translator = log_in(new_page(browser), url, "oversattare-snuttar", PASSWORD)
    translator.goto(f"{url}{LISTING}?locale=sv")
    row = translator.locator("tr", has_text="Sammanhållning")
    assert row.locator(f"a[href$='/edit/{swedish}/']").count() == 0  # the title is no link
    assert translator.locator("a[href*='add/?locale=sv']").count() == 0
    row.locator("[data-w-dropdown-target='toggle']").click()
    menu = row.locator("[data-w-dropdown-target='content']")
    assert menu.get_by_text("Redigera", exact=True).count() == 0
    assert menu.get_by_text("Ta bort", exact=True).count() == 0
    for width in (320, 375, 1280):
        translator.set_viewport_size({"width": width, "height": 900})
        translator.screenshot(path=f"tests/browser/artifacts/snuttar-oversattare-{width}.png")
    menu.get_by_text("Översätt", exact=True).click()

    translator.get_by_label("English").check()
    translator.get_by_role("button", name="Skicka").click()
    translator.wait_for_url(re.compile(rf".*{LISTING}edit/\d+/$"))
    english = int(re.search(r"/edit/(\d+)/", translator.url)[1])
    for swedish_text, english_text in ENGLISH.items():
        exact = translator.get_by_text(swedish_text, exact=True)
        segment = translator.locator("li").filter(has=exact).last
        segment.get_by_role("button", name="Översätt").click()
        segment.locator("textarea").fill(english_text)
        segment.get_by_role("button", name="Spara").click()
        translator.get_by_text(english_text).first.wait_for()
    translator.get_by_text(re.compile("^Sparar")).first.wait_for(state="hidden")
    translator.screenshot(path="tests/browser/artifacts/snuttar-oversattningsvy.png")
    translator.get_by_role("button", name=re.compile("^Publicera")).click()
    translator.wait_for_load_state("networkidle")
    saved = shell(
        env,
        "import json; from pages.models import FundingProgramme; "
        f"p = FundingProgramme.objects.get(pk={english}); "
        "print(json.dumps([p.name, p.short_name, p.locale.language_code]))",
    )
    assert saved == [*ENGLISH.values(), "en"]

    # The Swedish one cannot be opened by the translator, nor the English one by the Redaktör.
    assert translator.goto(f"{url}{LISTING}edit/{swedish}/").url.endswith("/admin/")
    editor = log_in(new_page(browser), url, "redaktor-snuttar", PASSWORD)
    assert editor.goto(f"{url}{LISTING}edit/{english}/").url.endswith("/admin/")
    editor.goto(f"{url}{LISTING}?locale=en")
    assert editor.locator(f"a[href$='/edit/{english}/']").count() == 0
    assert json.dumps(saved)  # (what was saved, for the failure message above)
