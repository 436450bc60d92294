"""Every page type passes axe (WCAG 2.2 A and AA) in a real browser and works by keyboard."""

import datetime
import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from django.utils import dateformat, timezone, translation

from pages.seed import listings_en, listings_sv
from tests.browser.conftest import add_axe_result
from tests.live_site import manage

pytestmark = pytest.mark.browser

SEEDED_PATHS = [
    "/",
    "/infrastruktur/",
    "/industriomvandling/",
    "/kompetensforsorjning/",
    "/brysselkontoret/",
    "/om-vart-arbete/",
    "/om-webbplatsen/",
    "/om-webbplatsen/tillganglighetsredogorelse/",
    "/om-webbplatsen/personuppgifter-och-kakor/",
    "/kontakt/",
    "/finns-inte/",  # the 404 page
    "/en/",
    "/en/infrastructure/",
    "/en/industrial-transition/",
    "/en/skills-supply/",
    "/en/brussels-office/",
    "/en/about-our-work/",
    "/en/about-this-website/",
    "/en/about-this-website/accessibility-statement/",
    "/en/about-this-website/personal-data-and-cookies/",
    "/en/contact/",
    "/en/no-such-page/",  # the English 404 page
    "/lattlast/",
    "/en/easy-to-read/",
    "/fi/",
    "/fi/tietoa-sivustosta/",
    "/fi/tietoa-sivustosta/saavutettavuusseloste/",
    "/fi/tietoa-sivustosta/henkilotiedot-ja-evasteet/",
    "/fi/yhteystiedot/",
    "/fi/haku/?q=suomi",
    "/fi/ei-ole/",  # the Finnish 404 page
]
NOT_FOUND = {"/finns-inte/", "/en/no-such-page/", "/fi/ei-ole/"}


def listing_paths() -> list[str]:
    """The listings, one seeded page of each kind, and search, in both languages."""
    english = listings_en.TRANSLATIONS
    project, news, event = listings_sv.PROJECTS[0], listings_sv.NEWS[0], listings_sv.EVENTS[0]
    return [
        "/projekt/",
        f"/projekt/{project['slug']}/",
        "/projekt/?status=pagaende",
        "/projekt/?tema=abc",  # the 400 page with the filter's error summary
        "/projekt/oversikt/",
        "/nyheter/",
        f"/nyheter/{news['slug']}/",
        "/kalender/",
        f"/kalender/{event['slug']}/",
        "/sok/?q=bredband",
        "/sok/?q=xyzzy",
        "/en/projects/",
        "/en/projects/overview/",
        f"/en/projects/{english[project['slug']]}/",
        "/en/news/",
        f"/en/news/{english[news['slug']]}/",
        "/en/events/",
        f"/en/events/{english[event['slug']]}/",
        "/en/search/?q=broadband",
    ]


ALL_PATHS = SEEDED_PATHS + listing_paths()
WCAG_22_AA = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    }
}
axe = Axe()


@pytest.mark.parametrize("path", ALL_PATHS)
def test_page_has_no_axe_violations(page, site_url, axe_report, path):
    response = page.goto(site_url + path)
    expected = 404 if path in NOT_FOUND else 400 if "tema=abc" in path else 200
    assert response.status == expected
    results = axe.run(page, options=WCAG_22_AA)
    add_axe_result(axe_report, path, results)
    assert results.violations_count == 0, results.generate_report()


def test_the_statement_shows_the_sites_own_automated_check(page, live_site, tmp_path):
    """Generated, not typed: an axe run recorded with record_accessibility_checks appears on
    the statement with its date, what it checked and what it found."""
    site_url, env = live_site
    statement = "/om-webbplatsen/tillganglighetsredogorelse/"
    report = {"pages": []}
    for path in ["/", "/en/", "/fi/", statement]:
        page.goto(site_url + path)
        add_axe_result(report, path, axe.run(page, options=WCAG_22_AA))
    report["pages"].append({"path": "/en/contact/", "violations": 2, "rules": ["link-name"]})
    # Later than the run the seed recorded (pages/seed/axe-report.json), so it is the latest.
    checked_at = datetime.datetime.now(datetime.UTC)
    report["checked_at"] = checked_at.isoformat()
    (tmp_path / "axe-report.json").write_text(json.dumps(report))
    manage(env, "record_accessibility_checks", str(tmp_path / "axe-report.json"))
    # The day in the site's time zone, as the page shows it (after 23:00 UTC it is tomorrow
    # in Sweden: the UTC date made this test fail in a CI run at 00.26 Swedish time).
    day = timezone.localtime(checked_at).date()
    with translation.override("sv"):
        swedish_day = dateformat.format(day, "j F Y")

    page.goto(site_url + statement)
    text = page.locator("main").inner_text()
    assert f"Den senaste automatiska kontrollen gjordes {swedish_day} med axe-core" in text
    assert "Den kontrollerade 5 sidor mot WCAG 2.2 A/AA. Språk: svenska, English, suomi." in text
    assert "Kontrollen hittade 2 fel:" in text and "/en/contact/: link-name" in text
    checked = page.locator("h3:has-text('Webbplatsens automatiska kontroller') + p time")
    assert checked.get_attribute("datetime") == day.isoformat()
    assert axe.run(page, options=WCAG_22_AA).violations_count == 0
    page.goto(site_url + "/en/about-this-website/accessibility-statement/")
    english = page.inner_text("main")
    assert f"The latest automated check was made on {day:%-d %B %Y}" in english
    assert (
        "It checked 5 pages against WCAG 2.2 A/AA. Languages: svenska, English, suomi." in english
    )


@pytest.mark.parametrize("width", [320, 375])
def test_phone_widths_do_not_scroll_sideways(page, site_url, width):
    page.set_viewport_size({"width": width, "height": 800})
    for path in ALL_PATHS:
        page.goto(site_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{path} is {overflow}px wide at {width}px"


# Every place a long word may meet the edge of a 320-pixel screen: a heading, a menu label, the
# logo's text. A line that ends inside a word must end at a soft hyphen (shown as a hyphen) or
# a hyphen of the text itself: never "Kompetensförsö|rjning".
WORDS_BROKEN_WITHOUT_HYPHEN = """() => {
    const letter = /\\p{L}/u, found = [];
    for (const el of document.querySelectorAll("h1, h2, h3, .main-nav__link, .site-logo__text")) {
        if (!el.getClientRects().length) continue;
        if (el.scrollWidth > el.clientWidth + 1) found.push("overflows: " + el.textContent.trim());
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            let previous = null;  // a word is within one text node
            for (let i = 0; i < node.data.length; i++) {
                const character = node.data[i];
                if (character === "\\u00ad") { if (previous) previous.hyphen = true; continue; }
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                // The last box: a letter just after a line break at a soft hyphen also
                // reports the caret's box at the end of the line before.
                const rects = range.getClientRects(), rect = rects[rects.length - 1];
                if (!rect || !rect.height) continue;
                const newLine = previous && rect.top > previous.top + rect.height / 2;
                if (newLine && letter.test(character) && letter.test(previous.character)
                        && !previous.hyphen) {
                    found.push("broken without a hyphen: " + el.textContent.trim());
                }
                previous = {top: rect.top, character, hyphen: false};
            }
        }
    }
    return found;
}"""
LONG_WORD_PATHS = [
    "/",
    "/infrastruktur/",
    "/industriomvandling/",
    "/kompetensforsorjning/",
    "/om-webbplatsen/tillganglighetsredogorelse/",
    f"/nyheter/{listings_sv.NEWS[0]['slug']}/",
    "/kalender/",
    "/en/",
    "/en/skills-supply/",
    "/fi/",
]


def test_at_320_px_long_words_in_headings_break_with_a_hyphen(page, site_url):
    page.set_viewport_size({"width": 320, "height": 800})
    for path in LONG_WORD_PATHS:
        page.goto(site_url + path)
        if page.locator(".menu-toggle").count():  # the menu's labels too (/fi/ has none)
            page.locator(".menu-toggle").click()
        assert page.evaluate(WORDS_BROKEN_WITHOUT_HYPHEN) == [], path
    page.goto(site_url + "/kompetensforsorjning/")
    heading = page.locator("h1")
    assert heading.inner_text().replace("\u00ad", "") == "Kompetensförsörjning"
    assert heading.bounding_box()["height"] > 50, "expected to take two lines at 320 px"


def test_skip_link_is_the_first_stop_and_jumps_to_the_content(page, site_url):
    page.goto(site_url + "/infrastruktur/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Hoppa till innehållet"
    box = skip.bounding_box()
    assert box and box["width"] > 1 and box["height"] > 1 and box["y"] >= 0, "skip link hidden"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.url.endswith("#main")


def test_keyboard_focus_is_visible_on_every_stop(page, site_url):
    page.goto(site_url + "/brysselkontoret/")
    links = page.evaluate("document.querySelectorAll('a[href], summary, [tabindex=\"0\"]').length")
    for _ in range(links):
        page.keyboard.press("Tab")
        style = page.evaluate(
            """() => {
                const el = document.activeElement, s = getComputedStyle(el);
                return {tag: el.tagName, text: el.textContent.trim().slice(0, 40),
                        outline: s.outlineStyle, width: parseFloat(s.outlineWidth),
                        shadow: s.boxShadow};
            }"""
        )
        if style["tag"] == "BODY":
            break
        visible = (style["outline"] != "none" and style["width"] >= 2) or style["shadow"] != "none"
        assert visible, f"no visible focus on {style}"


def test_language_switcher_leads_to_the_same_page_in_english_and_back(page, site_url):
    page.goto(site_url + "/brysselkontoret/")
    page.get_by_role("link", name="English").click()
    assert page.url == site_url + "/en/brussels-office/"
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="På svenska").click()
    assert page.url == site_url + "/brysselkontoret/"
    page.get_by_role("link", name="Suomeksi").click()
    assert page.url == site_url + "/fi/"
    assert page.locator("html").get_attribute("lang") == "fi"


def test_project_filters_and_search_work_by_keyboard_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/projekt/")
    page.get_by_label("Status").select_option("pagaende")
    with page.expect_navigation():
        page.get_by_role("button", name="Visa").press("Enter")
    assert "status=pagaende" in page.url
    assert page.locator(".listing-item").count() >= 1
    page.get_by_role("searchbox", name="Sök på webbplatsen").fill("bredband")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/sok/?q=bredband" in page.url
    assert page.locator(".listing-item").count() >= 1
    context.close()


def test_navigation_and_questions_work_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/")
    menu = page.get_by_role("navigation", name="Huvudmeny")
    menu.get_by_role("link", name="Brysselkontoret").click()
    assert page.url == site_url + "/brysselkontoret/"
    page.locator("footer").get_by_role("link", name="Kontakt", exact=True).first.click()
    assert page.url == site_url + "/kontakt/"
    summary = page.locator("main summary").first
    answer = page.locator("main details").first
    assert answer.get_attribute("open") is None
    summary.click()
    assert answer.get_attribute("open") is not None
    context.close()


# WCAG 1.4.12: text with these spacings set by the reader must lose nothing.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
CLIPPED = """() => {
    const clipped = [];
    for (const el of document.querySelectorAll('body *')) {
        if (el.closest('.visually-hidden, .skip-link, wagtail-userbar')) continue;
        if (!el.getClientRects().length) continue;
        const s = getComputedStyle(el);
        const hides = v => v === 'hidden' || v === 'clip';
        const wide = hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
        const tall = hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1;
        if (wide || tall) clipped.push(el.tagName + '.' + el.className);
    }
    return clipped;
}"""


@pytest.mark.parametrize("width", [320, 1280])
def test_text_spacing_loses_no_content(browser, site_url, width):
    """WCAG 1.4.12 (and 1.4.10 with it at 320 px): the reader's spacing, nothing clipped, no
    sideways scrolling."""
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    page = context.new_page()
    paths = ["/", "/infrastruktur/", "/projekt/", "/nyheter/", "/kalender/", "/lattlast/", "/fi/"]
    paths += ["/om-webbplatsen/tillganglighetsredogorelse/", "/projekt/oversikt/", "/sok/?q=eu"]
    for path in paths:
        page.goto(site_url + path)
        page.add_style_tag(content=TEXT_SPACING)
        assert page.evaluate(CLIPPED) == [], path
        overflow = page.evaluate("document.documentElement.scrollWidth")
        assert overflow <= width, f"{path} is {overflow}px wide at {width}px"
    context.close()
