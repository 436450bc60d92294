"""Search results in a real browser without JavaScript: the words marked, narrowing by type and
theme, sorting, and axe (WCAG 2.2 AA and landmark-unique) on every kind of results page."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser
axe = Axe()

RESULTS_PATHS = [
    "/sok/?q=bredband",
    "/sok/?q=bredband&typ=nyhet&typ=tema&sortera=datum",
    "/sok/?q=bredbnad",  # no hits, "Menade du …?"
    "/sok/?q=bredband&typ=artikel",  # the 400 page with the error summary
    "/en/search/?q=broadband",
    "/fi/haku/?q=suomi",
]
WCAG_22_AA_AND_LANDMARKS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    }
}


@pytest.fixture
def no_script_page(browser):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, locale="sv-SE", java_script_enabled=False
    )
    yield context.new_page()
    context.close()


def count_in_heading(page) -> int:
    return int(page.locator("#results-heading").inner_text().split(" ")[0])


def test_facets_sort_and_highlighting_work_without_javascript(no_script_page, site_url):
    page = no_script_page
    page.goto(site_url + "/sok/")
    page.get_by_role("searchbox", name="Vad letar du efter?").fill("bredband")
    with page.expect_navigation():
        page.get_by_role("searchbox", name="Vad letar du efter?").press("Enter")
    assert page.title().startswith(f"{count_in_heading(page)} träffar för ”bredband”")
    marks = page.locator(".search-snippet mark")
    assert marks.count() >= 3
    assert {text.lower() for text in marks.all_inner_texts()} == {"bredband"}
    assert page.locator('[role="status"] #results-heading').count() == 1

    with page.expect_navigation():
        page.locator(".search-sort").get_by_role("link", name="datum").click()
    assert "sortera=datum" in page.url
    dates = page.locator(".listing--search time").evaluate_all(
        "times => times.map(t => t.getAttribute('datetime'))"
    )
    assert len(dates) >= 2 and dates == sorted(dates, reverse=True)

    news = page.locator(".search-facets").get_by_label("Nyhet")
    expected = int(news.locator("xpath=..").inner_text().rsplit("(", 1)[1].rstrip(")"))
    news.check()
    with page.expect_navigation():
        page.locator(".search-facets").get_by_role("button", name="Visa").click()
    assert "typ=nyhet" in page.url and "q=bredband" in page.url and "sortera=datum" in page.url
    assert count_in_heading(page) == expected
    kinds = page.locator(".search-kind").all_inner_texts()
    assert kinds and set(kinds) == {"Nyhet"}
    assert page.locator(".search-facets").get_by_label("Nyhet").is_checked()

    with page.expect_navigation():
        page.get_by_role("link", name="Rensa filter").click()
    assert "typ=" not in page.url and count_in_heading(page) > expected


def test_did_you_mean_is_a_link_to_the_better_search(no_script_page, site_url):
    page = no_script_page
    page.goto(site_url + "/sok/?q=bredbnad")
    with page.expect_navigation():
        page.get_by_role("link", name="bredband", exact=True).click()
    assert page.url.endswith("/sok/?q=bredband") and count_in_heading(page) >= 1


@pytest.mark.parametrize("path", RESULTS_PATHS)
def test_results_pages_pass_axe_with_unique_landmarks(page, site_url, path):
    response = page.goto(site_url + path)
    assert response.status == (400 if "artikel" in path else 200)
    results = axe.run(page, options=WCAG_22_AA_AND_LANDMARKS)
    assert results.violations_count == 0, results.generate_report()
    landmark = axe.run(page, options={"runOnly": {"type": "rule", "values": ["landmark-unique"]}})
    assert not landmark.response["violations"], landmark.generate_report()
    # Both search forms are landmarks with names of their own: axe checks them (an unnamed
    # one it passes over, and a screen reader lists two identical "search" landmarks).
    checked = [node["html"] for rule in landmark.response["passes"] for node in rule["nodes"]]
    searches = [html for html in checked if 'role="search"' in html]
    assert len(searches) == 2, checked
