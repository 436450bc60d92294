"""The feedback question and the feedback page in Chromium, with and without JavaScript.

A page ends with "Hittade du det du sökte?" and two buttons, a small band at every width; the
answer leads to the feedback page, where a comment and reply details are optional. An error is
summarised right after the h1, the summary is focused and links to the field, and the field
carries the same message. No cookie is set on the way, and axe finds nothing.
"""

import time

import pytest

from pages.feedback import MIN_FILL_SECONDS, TOKEN_STEP_SECONDS
from pages.seed import listings_sv
from tests.browser.test_accessibility import WCAG_22_AA, axe
from tests.live_site import shell

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}
SHORT = {"width": 1280, "height": 480}  # so that a jump to a field scrolls the page
NEWS_ITEM = f"/nyheter/{listings_sv.NEWS[0]['slug']}/"
BAD_EMAIL = "Skriv e-postadressen så här: namn@exempel.se"
# The question, its two buttons and one line of help: a band, not a form that takes the page.
MAX_QUESTION_HEIGHT = 250


@pytest.fixture
def open_context(browser):
    """A new page with the given viewport, with or without JavaScript."""
    contexts = []

    def open_page(viewport, javascript=True):
        context = browser.new_context(
            viewport=viewport,
            locale="sv-SE",
            java_script_enabled=javascript,
            reduced_motion="reduce",  # jumps to a field are instant, not smooth, to measure
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        assert context.cookies() == [], "a visitor got a cookie"
        context.close()


def not_too_fast():
    """The form's signed time is the start of its five-minute step (pages/feedback.py): in the
    first seconds of a step a freshly rendered form is, rightly, too fast to send. Wait them out
    so the test does not fail once in a hundred runs."""
    into_step = time.time() % TOKEN_STEP_SECONDS
    if into_step < MIN_FILL_SECONDS + 1:
        time.sleep(MIN_FILL_SECONDS + 1 - into_step)


def focused(page) -> str:
    return page.evaluate("document.activeElement.className || document.activeElement.id")


def stored(env, url_part: str) -> list:
    return shell(
        env,
        "import json; from pages.feedback import Feedback; print(json.dumps(["
        "[f.found, f.message, f.wants_answer, f.email] for f in Feedback.objects.filter("
        f"page_url__contains={url_part!r})]))",
    )


@pytest.mark.parametrize("viewport", [WIDE, PHONE], ids=["1280", "320"])
def test_the_question_on_a_news_page_is_small(open_context, site_url, viewport):
    page = open_context(viewport)
    page.goto(site_url + NEWS_ITEM)
    question = page.locator("#synpunkter")
    height = question.bounding_box()["height"]
    assert height < MAX_QUESTION_HEIGHT, f"{height}px at {viewport['width']}px"
    assert question.get_by_role("group", name="Hittade du det du sökte?").is_visible()
    for answer in ("Ja", "Nej"):
        button = question.get_by_role("button", name=answer, exact=True)
        size = button.bounding_box()
        assert size["height"] >= 44 and size["width"] >= 44  # WCAG 2.5.8 asks for 24
    assert question.locator("textarea, input[type=email]").count() == 0


def test_without_javascript_answer_tell_more_fix_the_address_and_be_thanked(
    open_context, live_site
):
    site_url, env = live_site
    page = open_context(SHORT, javascript=False)
    page.goto(site_url + NEWS_ITEM)
    not_too_fast()
    with page.expect_navigation():
        page.locator("#synpunkter").get_by_role("button", name="Nej").click()
    assert "/synpunkter/?svar=" in page.url
    assert page.locator("h1").inner_text() == "Tack för ditt svar!"
    assert stored(env, NEWS_ITEM) == [[False, "", False, ""]]  # the answer counts at once

    # A person reads before writing; a comment sent within seconds of the answer is refused.
    page.wait_for_timeout((MIN_FILL_SECONDS + 0.5) * 1000)
    page.get_by_label("Vad sökte du?").fill("Datum för nästa möte.")
    page.get_by_label("Jag vill ha svar").check()
    page.get_by_label("Namn").fill("Anna")
    page.get_by_label("E-post").fill("anna@")
    with page.expect_navigation():
        page.get_by_role("button", name="Skicka synpunkt").click()

    assert page.title().startswith("Fel: ")
    summary = page.locator(".error-summary")
    assert summary.locator("li").all_inner_texts() == [BAD_EMAIL]
    assert summary.get_by_role("link").get_attribute("href") == "#synpunkt-email"
    email = page.get_by_label("E-post")
    assert email.get_attribute("aria-invalid") == "true"
    assert email.input_value() == "anna@"  # everything typed is kept
    described = page.locator(f"#{email.get_attribute('aria-describedby')}")
    assert " ".join(described.text_content().split()) == f"Fel: {BAD_EMAIL}"
    assert page.get_by_text(BAD_EMAIL).count() == 2  # in the summary and at the field
    # The summary is focused on load (autofocus: no script needed) and its link finds the field.
    assert focused(page) == "error-summary"
    summary.get_by_role("link").click()
    assert page.url.endswith("#synpunkt-email")
    assert focused(page) == "synpunkt-email"
    # Landed with its label and message in view above it, not under the screen's top edge.
    label = page.locator("label[for=synpunkt-email]").bounding_box()
    assert 0 <= label["y"] < email.bounding_box()["y"]

    email.fill("anna@example.se")
    with page.expect_navigation():
        page.get_by_role("button", name="Skicka synpunkt").click()
    assert page.url == f"{site_url}{NEWS_ITEM}?tack=1#synpunkter"
    assert page.locator("#synpunkter").get_by_text("Tack för din synpunkt!").is_visible()
    assert stored(env, NEWS_ITEM) == [[False, "Datum för nästa möte.", True, "anna@example.se"]]


def test_with_javascript_the_error_summary_takes_focus(open_context, site_url):
    page = open_context(PHONE)
    page.goto(site_url + "/infrastruktur/")
    not_too_fast()
    with page.expect_navigation():
        page.locator("#synpunkter").get_by_role("button", name="Ja").click()
    page.get_by_label("Jag vill ha svar").check()
    with page.expect_navigation():
        page.get_by_role("button", name="Skicka synpunkt").click()
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")
    summary = page.locator(".error-summary")
    assert summary.get_by_role("link").all_inner_texts() == [
        "Skriv din e-postadress, så att vi kan svara dig."
    ]
    # The focused summary is in view on a phone, at the top of the content.
    assert summary.bounding_box()["y"] < PHONE["height"]


def test_the_feedback_pages_pass_axe(open_context, site_url):
    page = open_context(WIDE)
    page.goto(site_url + "/en/infrastructure/")
    not_too_fast()
    with page.expect_navigation():
        page.locator("#synpunkter").get_by_role("button", name="No").click()
    assert "/en/feedback/?svar=" in page.url
    results = axe.run(page, options=WCAG_22_AA)
    assert results.violations_count == 0, results.generate_report()
    page.get_by_label("I would like an answer").check()
    page.get_by_label("Email").fill("not an address")
    with page.expect_navigation():
        page.get_by_role("button", name="Send feedback").click()
    assert page.title().startswith("Error: ")
    results = axe.run(page, options=WCAG_22_AA)
    assert results.violations_count == 0, results.generate_report()
