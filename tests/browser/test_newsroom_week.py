"""A working week in the newsroom, in a real browser with each role's own account:

Redaktör writes a news item with a table and a link list → Publicist approves → Översättare
asks for English, translates every segment (the table's included) and submits → Publicist
approves → the English page shows no Swedish text. Then the Swedish page changes → the
Översättare syncs from the report → the report shows what is outdated → done again.
"""

import re

import polib
import pytest

from tests.browser.test_admin_csp import log_in
from tests.browser.test_editing import new_page
from tests.browser.test_translating import upload_po
from tests.live_site import create_user, shell

pytestmark = pytest.mark.browser

PASSWORD = "veckotest-endast-2026"  # noqa: S105 - a throwaway test site
TITLE = "Gävleborg leder nytt projekt om gröna transporter"
SLUG = "gavleborg-leder-nytt-projekt-om-grona-transporter"
INTRO = "Region Gävleborg leder ett nytt EU-projekt om gröna godstransporter i Norden."
CHANGED_INTRO = "Region Gävleborg leder ett nytt EU-projekt om gröna godstransporter i Europa."
# Every Swedish text the item holds, and its English: a segment missing here fails the test.
ENGLISH = {
    TITLE: "Gävleborg leads a new project on green transport",
    SLUG: "gavleborg-leads-green-transport-project",
    INTRO: "Region Gävleborg leads a new EU project on green freight transport in the Nordics.",
    CHANGED_INTRO: "Region Gävleborg leads a new EU project on green freight transport in Europe.",
    "Partner i projektet": "Partners in the project",
    "Partner": "Partner",
    "Land": "Country",
    "Trafikverket": "The Swedish Transport Administration",
    "Sverige": "Sweden",
    "Läs mer": "Read more",
    "Programmet Interreg Aurora": "The Interreg Aurora programme",
}


def add_block(page, name: str):
    body = page.locator("[data-contentpath='body']")
    body.locator(".c-sf-add-button").last.click()
    page.get_by_role("option", name=name).click()
    return body


def write_news_item(editor, url: str, news_index: int):
    """The Redaktör's item, written in the editor as a person would, and sent for review."""
    editor.goto(f"{url}/admin/pages/add/pages/newspage/{news_index}/")
    editor.fill("#id_title", TITLE)
    editor.fill("#id_intro", INTRO)
    body = add_block(editor, "Tabell")
    editor.fill("#body-0-value-caption", "Partner i projektet")
    for _column in range(2):
        body.locator("[data-append-column]").click()
        body.locator(".add-column-menu").get_by_role("button", name="Text", exact=True).click()
    editor.fill("[name='body-0-value-column-0-heading']", "Partner")
    editor.fill("[name='body-0-value-column-1-heading']", "Land")
    editor.fill("#body-0-value-cell-0-0", "Trafikverket")
    editor.fill("#body-0-value-cell-0-1", "Sverige")
    add_block(editor, "Länklista")
    editor.fill("#body-1-value-heading", "Läs mer")
    editor.locator("[data-contentpath='links'] .c-sf-add-button").first.click()
    editor.get_by_role("option", name="Extern länk").click()
    editor.locator("[name^='body-1-value-links-0-value-url']").fill(
        "https://www.interregaurora.eu/"
    )
    editor.locator("[name^='body-1-value-links-0-value-text']").fill("Programmet Interreg Aurora")
    footer = editor.locator("footer")
    footer.get_by_role("button", name="Fler åtgärder").click()
    footer.locator("button[name='action-submit']").click()
    editor.get_by_text("inlämnad för granskning").wait_for()


def approve_from_dashboard(publisher, url: str, title: str):
    publisher.goto(f"{url}/admin/")
    awaiting = publisher.locator("tr", has_text=title)
    awaiting.locator("[data-w-dropdown-target='toggle']").click()
    menu = publisher.locator("[data-w-dropdown-target='content']").filter(has_text="Godkänn")
    menu.get_by_text("Godkänn", exact=True).click()
    awaiting.wait_for(state="detached")
    publisher.get_by_text(f"”{title}” är godkänd och publicerad.").wait_for()


def translate_by_po(translator, url: str, english_pk: int) -> set[str]:
    """Every segment translated by PO file, downloaded and uploaded as a translator does;
    returns the Swedish texts the file asked for."""
    translator.goto(f"{url}/admin/pages/{english_pk}/edit/")
    download = translator.get_by_role("link", name=re.compile("Ladda ner PO")).get_attribute("href")
    po = polib.pofile(translator.request.get(url + download).text())
    asked = {entry.msgid for entry in po if not entry.obsolete}
    for entry in po:
        entry.msgstr = ENGLISH[entry.msgid]  # a KeyError: a text nobody expected
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    upload_po(translator, po)
    return asked


def submit_translation(translator, url: str, english_pk: int):
    translator.goto(f"{url}/admin/pages/{english_pk}/skicka-oversattning/")
    translator.get_by_role("button", name="Skicka till granskning").click()
    translator.get_by_text("är skickad till granskning").wait_for()


def no_swedish_on(visitor, address: str, *, expected: list[str]):
    """The English page is live, in English, and none of the Swedish texts is on it."""
    response = visitor.goto(address)
    assert response.status == 200, address
    main = visitor.locator("main").inner_text().replace("\xad", "")
    for swedish, english in ENGLISH.items():
        if swedish not in (SLUG, "Partner"):  # (the same word in both languages)
            assert swedish not in main, swedish
        if english in expected:
            assert english in main, english


def test_a_week_in_the_newsroom(browser, live_site):
    url, env = live_site
    for username, group in (
        ("redaktor-vecka", "Redaktör"),
        ("publicist-vecka", "Publicist"),
        ("oversattare-vecka", "Översättare"),
    ):
        create_user(env, username, PASSWORD, group=group)
    news_index = shell(
        env,
        "import json; from pages.models import NewsIndexPage; "
        "print(json.dumps(NewsIndexPage.objects.get(locale__language_code='sv').pk))",
    )
    editor, publisher, translator, visitor = (new_page(browser) for _ in range(4))
    log_in(editor, url, "redaktor-vecka", PASSWORD)
    log_in(publisher, url, "publicist-vecka", PASSWORD)
    log_in(translator, url, "oversattare-vecka", PASSWORD)

    # Monday: written, reviewed, published in Swedish.
    write_news_item(editor, url, news_index)
    assert visitor.goto(f"{url}/nyheter/{SLUG}/").status == 404, "not public before approval"
    approve_from_dashboard(publisher, url, TITLE)
    assert visitor.goto(f"{url}/nyheter/{SLUG}/").status == 200
    assert visitor.locator("main table caption").inner_text() == "Partner i projektet"
    swedish_pk = int(
        shell(
            env,
            "import json; from pages.models import NewsPage; "
            f"print(json.dumps(NewsPage.objects.get(slug={SLUG!r}).pk))",
        )
    )

    # Tuesday: the Översättare asks for English and translates every segment.
    translator.goto(f"{url}/admin/localize/submit/page/{swedish_pk}/")
    translator.get_by_label("English").check()
    translator.get_by_role("button", name="Skicka").click()
    translator.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    english_pk = int(re.search(r"/pages/(\d+)/edit/", translator.url)[1])
    asked = translate_by_po(translator, url, english_pk)
    # The table's caption, headings and cells and the link list were all offered.
    assert {"Partner i projektet", "Land", "Trafikverket", "Sverige"} <= asked
    assert {"Läs mer", "Programmet Interreg Aurora"} <= asked
    submit_translation(translator, url, english_pk)
    approve_from_dashboard(publisher, url, ENGLISH[TITLE])
    english_address = f"{url}/en/news/{ENGLISH[SLUG]}/"
    no_swedish_on(visitor, english_address, expected=[ENGLISH[INTRO], ENGLISH["Sverige"]])
    assert visitor.locator("main table caption").inner_text() == "Partners in the project"

    # Wednesday: the Swedish item changes.
    editor.goto(f"{url}/admin/pages/{swedish_pk}/edit/")
    editor.fill("#id_intro", CHANGED_INTRO)
    footer = editor.locator("footer")
    footer.get_by_role("button", name="Fler åtgärder").click()
    footer.locator("button[name='action-submit']").click()
    editor.get_by_text("inlämnad för granskning").wait_for()
    approve_from_dashboard(publisher, url, TITLE)

    # Thursday: the Översättare sees it in the report, syncs there, and translates again.
    translator.goto(f"{url}/admin/reports/oversattningar/?sprak=en")
    row = translator.locator("tr", has_text=TITLE)
    row.get_by_text("Källtexten har ändrats").wait_for()
    row.get_by_role("button", name=re.compile("Synkronisera")).click()
    translator.goto(f"{url}/admin/reports/oversattningar/?sprak=en")
    row = translator.locator("tr", has_text=TITLE)
    assert re.search(r"1 textavsnitt kvar", row.inner_text()), row.inner_text()
    asked = translate_by_po(translator, url, english_pk)
    assert CHANGED_INTRO in asked
    submit_translation(translator, url, english_pk)
    approve_from_dashboard(publisher, url, ENGLISH[TITLE])
    no_swedish_on(visitor, english_address, expected=[ENGLISH[CHANGED_INTRO]])
