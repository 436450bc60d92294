"""The editors' newsroom in a real browser: preview and checks work for every page type, and a
Redaktör's news item reaches the public site only through a Publicist's approval."""

import re

import pytest

from tests.browser.test_admin_csp import log_in
from tests.live_site import create_user, shell

pytestmark = pytest.mark.browser

PAGE_TYPES = [
    "homepage",
    "themepage",
    "officepage",
    "projectindexpage",
    "projectpage",
    "newsindexpage",
    "newspage",
    "eventindexpage",
    "eventpage",
    "standardpage",
    "accessibilitystatementpage",
    "easyreadpage",
]


@pytest.fixture(scope="module")
def swedish_page_of_each_type(live_site):
    return shell(
        live_site[1],
        "import json; from wagtail.models import Page; "
        "pages = Page.objects.filter(locale__language_code='sv', depth__gte=2)"
        ".select_related('content_type').order_by('path'); "
        "found = {}; "
        "[found.setdefault(p.content_type.model, [p.pk, p.title]) for p in pages]; "
        "print(json.dumps(found))",
    )


@pytest.fixture
def admin_page(page, site_url, admin_login):
    return log_in(page, site_url, *admin_login)


def test_the_seeded_site_has_every_page_type(swedish_page_of_each_type):
    assert sorted(swedish_page_of_each_type) == sorted(PAGE_TYPES)


@pytest.mark.parametrize("page_type", PAGE_TYPES)
def test_preview_in_the_panel_and_in_a_new_tab(
    admin_page, site_url, swedish_page_of_each_type, page_type
):
    pk, title = swedish_page_of_each_type[page_type]
    admin_page.goto(f"{site_url}/admin/pages/{pk}/edit/")
    admin_page.locator("[data-side-panel-toggle='preview']").click()
    heading = admin_page.frame_locator("#w-preview-iframe").locator("h1")
    heading.wait_for(timeout=15_000)
    assert heading.inner_text().replace("\xad", "") == title  # long words carry soft hyphens

    with admin_page.context.expect_page() as opened:
        admin_page.locator("[data-w-preview-target='newTab']").click()
    new_tab = opened.value
    new_tab.wait_for_load_state()
    assert "/preview/" in new_tab.url
    assert new_tab.locator("h1").inner_text().replace("\xad", "") == title
    assert admin_page.violations == []


def test_the_checks_panel_flags_heading_order_and_link_text_in_swedish_and_shows_lix(
    admin_page, site_url, live_site
):
    pk = shell(
        live_site[1],
        "import json; from pages.models import HomePage, StandardPage; "
        "home = HomePage.objects.get(locale__language_code='sv'); "
        "page = StandardPage(title='Sida med fel', slug='sida-med-fel', "
        "intro='En sida som börjar med fel rubriknivå och har en dålig länktext.', "
        "body=[('heading', {'text': 'Fel nivå', 'level': 'h3'}), "
        "('paragraph', '<p>Ansök i maj. <a href=\"https://example.se/\">Klicka här</a>.</p>')]); "
        "home.add_child(instance=page); page.save_revision(); print(page.pk)",
    )
    admin_page.goto(f"{site_url}/admin/pages/{pk}/edit/")
    admin_page.locator("[data-side-panel-toggle='checks']").click()
    panel = admin_page.locator("[data-side-panel='checks']")
    panel.get_by_text("Rubriknivåer hoppas över").wait_for(timeout=15_000)
    assert panel.get_by_text("Länktexten säger inte vart länken leder").is_visible()
    assert re.search(
        r"LIX \d+: \w+", panel.locator("[data-content-readability-score]").inner_text()
    )

    # A page without those faults shows none of them: the Infrastruktur theme.
    theme = shell(
        live_site[1],
        "from pages.models import ThemePage; "
        "print(ThemePage.objects.get(slug='infrastruktur', locale__language_code='sv').pk)",
    )
    admin_page.goto(f"{site_url}/admin/pages/{theme}/edit/")
    admin_page.locator("[data-side-panel-toggle='checks']").click()
    score = admin_page.locator("[data-content-readability-score]")
    admin_page.wait_for_function(
        "el => el.textContent.startsWith('LIX')", arg=score.element_handle(), timeout=15_000
    )
    text = admin_page.locator("[data-side-panel='checks']").inner_text()
    assert "Rubriknivåer hoppas över" not in text and "Länktexten" not in text


def test_the_checks_panel_measures_the_pages_own_text(admin_page, site_url, live_site):
    """Word count and LIX of the lead and body, as the readability report has them: not the
    feedback form and the rest of the page around them. Finnish is not rated with LIX."""
    measured = shell(
        live_site[1],
        "import json; from pages.models import HomePage, NewsPage; "
        "from pages.readability import page_lix, text_metrics; "
        "news = next(n for n in NewsPage.objects.filter(locale__language_code='sv') "
        "if page_lix(n)); "
        "fi = HomePage.objects.get(locale__language_code='fi'); "
        "print(json.dumps({'news': [news.pk, text_metrics(news)], 'fi': [fi.pk]}))",
    )
    pk, metrics = measured["news"]
    admin_page.goto(f"{site_url}/admin/pages/{pk}/edit/")
    admin_page.locator("[data-side-panel-toggle='checks']").click()
    panel = admin_page.locator("[data-side-panel='checks']")
    expected = f"LIX {round(metrics['lix'])}: {metrics['band']}"
    score = panel.locator("[data-content-readability-score]")
    admin_page.wait_for_function(
        "([el, text]) => el.textContent === text",
        arg=[score.element_handle(), expected],
        timeout=15_000,
    )
    assert panel.locator("[data-content-word-count]").inner_text() == str(metrics["words"])

    admin_page.goto(f"{site_url}/admin/pages/{measured['fi'][0]}/edit/")
    if not admin_page.locator("[data-side-panel='checks']").is_visible():  # it stays open
        admin_page.locator("[data-side-panel-toggle='checks']").click()
    admin_page.locator("[data-side-panel='checks']").get_by_text(
        "LIX räknas bara för svensk och engelsk text"
    ).wait_for(timeout=15_000)


def test_a_redaktor_submits_a_news_item_and_a_publicist_approves_it(
    browser, live_site, swedish_page_of_each_type
):
    url, env = live_site
    create_user(env, "redaktor-flode", "flodestest-endast-2026", group="Redaktör")
    create_user(env, "publicist-flode", "flodestest-endast-2026", group="Publicist")
    news_index, _ = swedish_page_of_each_type["newsindexpage"]
    title = "Regionen söker partner till nytt Interreg-projekt"

    editor = new_page(browser)
    log_in(editor, url, "redaktor-flode", "flodestest-endast-2026")
    editor.goto(f"{url}/admin/pages/add/pages/newspage/{news_index}/")
    editor.fill("#id_title", title)
    editor.fill("#id_intro", "Region Gävleborg söker partner i Norden till ett nytt projekt.")
    footer = editor.locator("footer")
    assert footer.locator("button[name='action-publish']").count() == 0, "a Redaktör cannot publish"
    footer.get_by_role("button", name="Fler åtgärder").click()
    footer.locator("button[name='action-submit']").click()
    editor.get_by_text("inlämnad för granskning").wait_for()
    slug = "regionen-soker-partner-till-nytt-interreg-projekt"
    assert editor.goto(f"{url}/nyheter/{slug}/").status == 404, "not public before approval"

    publisher = new_page(browser)
    log_in(publisher, url, "publicist-flode", "flodestest-endast-2026")
    publisher.goto(f"{url}/admin/")
    awaiting = publisher.locator("a", has_text=title).first
    publisher.goto(url + awaiting.get_attribute("href"))
    actions = publisher.locator("footer")
    actions.get_by_role("button", name="Fler åtgärder").click()
    actions.locator("button", has_text="Godkänn och Publicera").first.click()
    # It says what the approval did (Wagtail said "har blivit uppdaterad").
    publisher.get_by_text(f"”{title}” är godkänd och publicerad.").wait_for()

    response = publisher.goto(f"{url}/nyheter/{slug}/")
    assert response.status == 200
    assert publisher.locator("h1").inner_text() == title
    publisher.goto(f"{url}/nyheter/")
    assert publisher.get_by_role("link", name=title).count() == 1


def test_the_date_picker_leaves_the_schedule_button_free(
    admin_page, site_url, swedish_page_of_each_type
):
    """A chosen day closes the picker: it covered the next field and "Spara schema"."""
    pk, _ = swedish_page_of_each_type["newspage"]
    admin_page.goto(f"{site_url}/admin/pages/{pk}/edit/")
    admin_page.locator("[data-side-panel-toggle='status']").click()
    admin_page.get_by_role("button", name="Sätt schema").first.click()
    admin_page.locator("#id_go_live_at").click()
    picker = admin_page.locator(".xdsoft_datetimepicker:visible")
    picker.wait_for()
    picker.locator(".xdsoft_date:not(.xdsoft_disabled):not(.xdsoft_other_month)").last.click()
    picker.wait_for(state="hidden")
    assert admin_page.locator("#id_go_live_at").input_value()  # the day (and a time) is set
    save = admin_page.get_by_role("button", name="Spara schema")
    box = save.bounding_box()
    on_top = admin_page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('button')?.textContent.trim()",
        [box["x"] + box["width"] / 2, box["y"] + box["height"] / 2],
    )
    assert on_top == "Spara schema"


def new_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="sv-SE")
    return context.new_page()
