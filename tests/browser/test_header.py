"""The header on a phone and on a wide screen, with and without JavaScript, in a real browser.

Every width shows Lättläst and the other languages at the top. Below 75rem the main menu folds
behind "Meny": a <details> without JavaScript, a button with aria-expanded with it
(static/js/menu.js). The header takes at most a third of a 320×640 screen, so every page's <h1>
and the start of its lead are in the first screen. At tablet widths the logo, the search and
the toggle share one row; on wide screens the seven menu items sit in one row. In forced
colours only the current item is marked and the buttons keep their edges; the header's
controls are targets of at least 24×24 px.
"""

import pytest

from pages.seed import listings_sv
from tests.browser.test_accessibility import WCAG_22_AA, axe

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}
NEWS_ITEM = f"/nyheter/{listings_sv.NEWS[0]['slug']}/"
MENU_LINKS = ".main-nav__link"
MENU_ITEMS = 7


@pytest.fixture
def open_context(browser):
    """A new browser context with the given viewport, with or without JavaScript."""
    contexts = []

    def open_page(viewport, javascript=True):
        context = browser.new_context(
            viewport=viewport, locale="sv-SE", java_script_enabled=javascript
        )
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


def box(locator):
    result = locator.bounding_box()
    assert result, f"{locator} has no box: not rendered"
    return result


def focused(page) -> str:
    return page.evaluate(
        "(() => { const el = document.activeElement;"
        " return el.tagName + ' ' + (el.getAttribute('class') || '') + ' ' +"
        " el.textContent.trim(); })()"
    )


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("path", ["/", "/infrastruktur/", NEWS_ITEM, "/en/", "/fi/", "/lattlast/"])
def test_the_heading_and_lead_are_in_a_phones_first_screen(
    open_context, site_url, path, javascript
):
    page = open_context(PHONE, javascript)
    page.goto(site_url + path)
    header = box(page.locator(".site-header"))
    assert header["y"] + header["height"] <= PHONE["height"] / 3 + 1, (
        f"the header takes {header['height']}px of a 640px screen"
    )
    heading = box(page.locator("h1"))
    assert heading["y"] + heading["height"] <= PHONE["height"], f"the <h1> ends at {heading}"
    lead = page.locator(".lead")
    if lead.count():
        assert box(lead)["y"] + 24 <= PHONE["height"], "the lead starts below the first screen"
    # The search, Lättläst and the languages stay in the header, visible without opening
    # anything.
    search = box(page.locator("#search-header-input"))
    assert search["y"] + search["height"] <= header["y"] + header["height"]
    assert page.locator(".site-header .language-switcher__link").count() == 2
    for link in page.locator(".site-header .site-tools__link").all():
        assert link.is_visible()
    # ...and the menu is folded.
    assert page.locator(MENU_LINKS).first.is_hidden()


def test_the_menu_button_opens_and_closes_by_keyboard(open_context, site_url):
    page = open_context(PHONE)
    page.goto(site_url + "/infrastruktur/")
    button = page.locator(".site-header").get_by_role("button", name="Meny")
    assert button.evaluate("el => el.tagName") == "BUTTON"
    assert page.locator("header details, header summary").count() == 0, "not enhanced"
    assert button.get_attribute("aria-expanded") == "false"
    menu = page.locator("#" + button.get_attribute("aria-controls"))
    assert menu.get_attribute("aria-label") == "Huvudmeny"
    assert menu.is_hidden()

    # Tab from the search button to the toggle, and open it with Enter.
    page.locator(".search-form--header button").focus()
    page.keyboard.press("Tab")
    assert focused(page).startswith("BUTTON menu-toggle")
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert page.get_by_role("navigation", name="Huvudmeny").is_visible()
    links = menu.locator(MENU_LINKS)
    assert links.count() == MENU_ITEMS and all(link.is_visible() for link in links.all())

    # The menu follows the button: Tab goes into it. Escape closes it and returns focus.
    page.keyboard.press("Tab")
    assert focused(page).endswith("Infrastruktur")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert focused(page).startswith("BUTTON menu-toggle")
    assert menu.is_hidden()

    # Space opens and closes it too; Escape on the button itself closes it.
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "true" and menu.is_visible()
    page.keyboard.press("Space")
    assert button.get_attribute("aria-expanded") == "false" and menu.is_hidden()
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert focused(page).startswith("BUTTON menu-toggle")

    # Opened by a tap, a menu link leads on.
    button.click()
    menu.get_by_role("link", name="Brysselkontoret").click()
    assert page.url == site_url + "/brysselkontoret/"


@pytest.mark.parametrize("enhanced", [True, False], ids=["button", "details"])
def test_the_phone_header_passes_axe_and_shows_focus_closed_and_open(
    open_context, site_url, enhanced
):
    """The <details> version is what a browser without JavaScript gets; axe itself needs
    JavaScript in the page, so here only static/js/menu.js is kept out."""
    page = open_context(PHONE)
    if not enhanced:
        page.route("**/menu.js", lambda route: route.abort())
    for path in ("/", "/infrastruktur/", "/en/"):
        page.goto(site_url + path)
        toggle = page.locator(".menu-toggle")
        assert toggle.evaluate("el => el.tagName") == ("BUTTON" if enhanced else "SUMMARY")
        for state in ("closed", "open"):
            assert page.locator(MENU_LINKS).first.is_visible() == (state == "open")
            results = axe.run(page, options=WCAG_22_AA)
            assert results.violations_count == 0, f"{path}, {state}:\n" + (
                results.generate_report()
            )
            toggle.focus()
            page.keyboard.press("Enter")
        assert page.locator(MENU_LINKS).first.is_hidden(), "the second Enter closes it"
        style = toggle.evaluate(
            "el => { const s = getComputedStyle(el); return [s.outlineStyle, s.boxShadow]; }"
        )
        assert style[0] != "none" and style[1] != "none", f"no visible focus: {style}"


def test_the_menu_opens_without_javascript(open_context, site_url):
    page = open_context(PHONE, javascript=False)
    page.goto(site_url + "/")
    toggle = page.locator(".site-header summary")
    assert toggle.inner_text().strip() == "Meny"
    links = page.locator(MENU_LINKS)
    assert links.first.is_hidden()

    toggle.focus()
    page.keyboard.press("Enter")
    assert page.locator(".site-header details").get_attribute("open") is not None
    assert all(link.is_visible() for link in links.all())
    page.keyboard.press("Tab")
    assert focused(page).startswith("A main-nav__link")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    assert links.first.is_hidden()

    toggle.click()
    page.get_by_role("navigation", name="Huvudmeny").get_by_role("link", name="Kalender").click()
    assert page.url == site_url + "/kalender/"


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_on_a_wide_screen_the_menu_is_one_row_without_a_toggle(open_context, site_url, javascript):
    page = open_context(WIDE, javascript)
    page.goto(site_url + "/infrastruktur/")
    links = page.get_by_role("navigation", name="Huvudmeny").locator(MENU_LINKS)
    assert links.count() == MENU_ITEMS
    tops = {round(box(link)["y"]) for link in links.all()}
    assert len(tops) == 1, f"the menu wraps: rows at {sorted(tops)}"
    assert page.locator(".menu-toggle").is_hidden()
    # The tools at the top, then the logo and the search in one row, then the menu.
    search = box(page.locator(".search-form--header"))
    assert search["y"] + search["height"] <= min(tops)
    tools = box(page.locator(".site-tools"))
    assert tools["y"] + tools["height"] <= search["y"]
    assert abs(box(page.locator(".site-logo"))["y"] - search["y"]) < search["height"]


@pytest.mark.parametrize("width", [768, 1024, 1199])
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_at_tablet_widths_the_menu_folds_instead_of_wrapping(
    open_context, site_url, width, javascript
):
    page = open_context({"width": width, "height": 900}, javascript)
    page.goto(site_url + "/infrastruktur/")
    logo, search = box(page.locator(".site-logo")), box(page.locator(".search-form--header"))
    toggle = box(page.locator(".menu-toggle"))
    assert abs(logo["y"] - search["y"]) < search["height"], "the logo and the search share a row"
    assert abs(toggle["y"] - search["y"]) < 4, "the menu button sits beside the search"
    assert page.locator(MENU_LINKS).first.is_hidden()
    page.locator(".menu-toggle").click()
    links = page.get_by_role("navigation", name="Huvudmeny").locator(MENU_LINKS)
    tops = [round(box(link)["y"]) for link in links.all()]
    assert len(tops) == MENU_ITEMS and tops == sorted(set(tops)), "one item a row, in order"
    header = box(page.locator(".site-header"))
    assert header["height"] < 150 + len(tops) * 60


def visible_bottom_border(locator) -> bool:
    return locator.evaluate(
        """el => {
            const s = getComputedStyle(el);
            const transparent = s.borderBottomColor === 'transparent'
                || /rgba\\(.*,\\s*0\\)$/.test(s.borderBottomColor);
            return parseFloat(s.borderBottomWidth) > 0
                && !['none', 'hidden'].includes(s.borderBottomStyle) && !transparent;
        }"""
    )


def border_stands_out(locator) -> bool:
    """Every side has a border, in another colour than the page behind the button."""
    return locator.evaluate(
        """el => {
            const s = getComputedStyle(el);
            const page = getComputedStyle(document.body).backgroundColor;
            return ['Top', 'Right', 'Bottom', 'Left'].every(side =>
                parseFloat(s[`border${side}Width`]) >= 1
                && s[`border${side}Style`] === 'solid'
                && s[`border${side}Color`] !== page
                && !/rgba\\(.*,\\s*0\\)$/.test(s[`border${side}Color`]));
        }"""
    )


def test_forced_colours_mark_only_the_current_item_and_keep_button_edges(open_context, site_url):
    page = open_context(WIDE)
    page.emulate_media(forced_colors="active")
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    page.goto(site_url + "/infrastruktur/")
    links = page.get_by_role("navigation", name="Huvudmeny").locator(MENU_LINKS)
    marked = [link.inner_text() for link in links.all() if visible_bottom_border(link)]
    assert marked == ["Infrastruktur"]
    assert border_stands_out(page.get_by_role("button", name="Sök", exact=True))

    page.goto(site_url + "/projekt/")
    assert border_stands_out(page.get_by_role("button", name="Visa"))
    marked = [link.inner_text() for link in links.all() if visible_bottom_border(link)]
    assert marked == ["EU-projekt"]


def test_without_forced_colours_the_current_item_is_still_marked(open_context, site_url):
    page = open_context(WIDE)
    page.goto(site_url + "/infrastruktur/")
    links = page.get_by_role("navigation", name="Huvudmeny").locator(MENU_LINKS)
    assert [link.inner_text() for link in links.all() if visible_bottom_border(link)] == [
        "Infrastruktur"
    ]


def assert_target_size(locator, what):
    for element in locator.all():
        size = box(element)
        assert size["width"] >= 24 and size["height"] >= 24, f"{what} is {size}"


@pytest.mark.parametrize("viewport", [PHONE, WIDE], ids=["phone", "wide"])
def test_header_controls_are_targets_of_at_least_24_px(open_context, site_url, viewport):
    page = open_context(viewport)
    page.goto(site_url + "/projekt/")
    header = page.locator(".site-header")
    if viewport is PHONE:
        toggle = header.get_by_role("button", name="Meny")
        assert_target_size(toggle, "the menu button")
        toggle.click()
    assert_target_size(header.get_by_role("button", name="Sök", exact=True), "the Sök button")
    assert_target_size(header.locator("#search-header-input"), "the search field")
    assert_target_size(header.locator(".site-tools__link"), "a language or Lättläst link")
    assert_target_size(header.locator(MENU_LINKS), "a menu link")
    assert_target_size(page.get_by_role("button", name="Visa"), "the filter button")
    # The seeded listings fit one page each, so the pagination is the template's markup here.
    page.locator("main").evaluate(
        """main => main.insertAdjacentHTML('beforeend', `<nav class="pagination">
            <ul class="pagination__list"><li><a class="pagination__link" href="?sida=1">1</a></li>
            <li><span class="pagination__current" aria-current="page">2</span></li>
            <li><a class="pagination__link" href="?sida=3">3</a></li></ul></nav>`)"""
    )
    assert_target_size(page.locator(".pagination__link, .pagination__current"), "a page number")


def test_nothing_sticky_hides_the_focus(open_context, site_url):
    """WCAG 2.4.11: a sticky or fixed header would need scroll-padding-top to match."""
    page = open_context(PHONE)
    page.goto(site_url + "/infrastruktur/")
    sticky = page.evaluate(
        """() => [...document.querySelectorAll('body *')]
            .filter(el => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
            .map(el => el.tagName + '.' + el.className)"""
    )
    padding = page.evaluate("getComputedStyle(document.documentElement).scrollPaddingTop")
    assert sticky == [] or padding not in ("auto", "0px"), f"{sticky} without scroll-padding-top"
