"""The translators' workflow in a real browser, as an Översättare and a Publicist: a new Swedish
news item is translated into English, stays out of sight until every string is translated,
and goes live only through the Publicist's approval, with English alternative text."""

import re

import polib
import pytest

from tests.browser.test_admin_csp import log_in
from tests.browser.test_editing import new_page
from tests.live_site import create_user, shell

pytestmark = pytest.mark.browser

PASSWORD = "oversattningstest-endast-2026"  # noqa: S105 - a throwaway test site
SLUG = "nytt-nattag-till-bryssel"
NEWS_ITEM = f"""
import io, json
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model
from pages.models import NewsIndexPage, NewsPage
picture = io.BytesIO(); Image.new('RGB', (120, 80), 'navy').save(picture, 'PNG')
image = get_image_model().objects.create(
    title='Tåg', file=ImageFile(picture, name='tag.png'), description='Tåg vid Gävle central')
index = NewsIndexPage.objects.get(locale__language_code='sv')
news = NewsPage(title='Nytt nattåg till Bryssel', slug='{SLUG}', image=image,
    intro='Ett nytt nattåg går från Gävle till Bryssel.',
    image_alt_text='Nattåget vid Gävle central')
index.add_child(instance=news)
news.save_revision().publish()
print(json.dumps(news.pk))
"""
ENGLISH = {
    "Nytt nattåg till Bryssel": "New night train to Brussels",
    SLUG: "new-night-train-to-brussels",
    "Ett nytt nattåg går från Gävle till Bryssel.": "A night train runs from Gävle to Brussels.",
    "Nattåget vid Gävle central": "The night train at Gävle Central Station",
}


ENGLISH_MONTH = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


def upload_po(translator, po: polib.POFile):
    """Upload a PO file in the open translation editor, as a translator does: choosing the file
    sends it (the editor submits on change), and the editor comes back."""
    upload = translator.locator("form[action*='pofile/upload']").first
    with translator.expect_navigation():
        upload.locator("input[type=file]").set_input_files(
            files=[
                {
                    "name": "translation.po",
                    "mimeType": "text/x-gettext-translation",
                    "buffer": str(po).encode(),
                }
            ]
        )
    translator.wait_for_load_state("networkidle")


def nowhere_in_english(visitor, url: str):
    """The item is not on the English site: not its page, nor any listing, feed or search."""
    assert visitor.goto(f"{url}/en/news/{SLUG}/").status == 404
    for path in ["/en/", "/en/news/", "/en/news/rss/", "/en/search/?q=nattåg", "/sitemap-en.xml"]:
        response = visitor.goto(url + path)
        assert response.status == 200, path
        body = response.text()  # (the search page repeats the query itself)
        assert "Nytt nattåg" not in body and SLUG not in body, path
        assert "night train" not in body.lower(), path


def segments_left(translator, url: str) -> int:
    translator.goto(f"{url}/admin/reports/oversattningar/?sprak=en")
    row = translator.locator("tr", has_text="Nytt nattåg till Bryssel").inner_text()
    return int(re.search(r"Inte färdigöversatt: (\d+) textavsnitt kvar", row)[1])


def test_a_translation_goes_live_only_finished_and_approved(browser, live_site):
    url, env = live_site
    create_user(env, "oversattare-flode", PASSWORD, group="Översättare")
    create_user(env, "publicist-oversatt", PASSWORD, group="Publicist")
    swedish = shell(env, NEWS_ITEM)
    visitor = new_page(browser)

    # The Översättare asks for an English translation: a draft, nowhere public.
    translator = new_page(browser)
    log_in(translator, url, "oversattare-flode", PASSWORD)
    translator.goto(f"{url}/admin/localize/submit/page/{swedish}/")
    translator.get_by_label("English").check()
    translator.get_by_role("button", name="Skicka").click()
    translator.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    english = int(re.search(r"/pages/(\d+)/edit/", translator.url)[1])
    nowhere_in_english(visitor, url)

    # Partly done in the translation editor: the report says how much is left; no way to publish.
    before = segments_left(translator, url)
    translator.goto(f"{url}/admin/pages/{english}/edit/")
    # The editor's own English texts are in Swedish too (static/js/admin/translation_editor.js).
    translator.get_by_text("Översättning från Svenska till English").first.wait_for()
    assert translator.get_by_text("to English translation").count() == 0
    assert translator.locator(".w-sr-only", has_text="More actions").count() == 0
    translator.get_by_role("button", name="Översätt").first.click()
    translator.locator("main textarea").first.fill(ENGLISH["Nytt nattåg till Bryssel"])
    translator.get_by_role("button", name="Spara").click()
    translator.get_by_text(ENGLISH["Nytt nattåg till Bryssel"]).first.wait_for()
    # The comment under it is Swedish, its month too (wagtail-localize writes "December").
    translator.get_by_text(re.compile(r"Manuellt översatt på \d+ [a-zåäö]+ \d{4}")).wait_for()
    assert not ENGLISH_MONTH.search(translator.locator("main").inner_text())
    assert segments_left(translator, url) == before - 1 > 0
    translator.goto(f"{url}/admin/pages/{english}/skicka-oversattning/")
    assert translator.get_by_role("button", name="Skicka till granskning").count() == 0
    nowhere_in_english(visitor, url)

    # The rest by PO file, downloaded and uploaded as a translator does.
    translator.goto(f"{url}/admin/pages/{english}/edit/")
    download = translator.get_by_role("link", name=re.compile("Ladda ner PO")).get_attribute("href")
    po = polib.pofile(translator.request.get(url + download).text())
    for entry in po:
        entry.msgstr = entry.msgstr or ENGLISH[entry.msgid]
    upload_po(translator, po)
    translator.get_by_text(
        re.compile(r"Översatt med PO-fil på \d+ [a-zåäö]+ \d{4}")
    ).first.wait_for()
    assert "PO File" not in translator.locator("main").inner_text()
    nowhere_in_english(visitor, url)

    translator.goto(f"{url}/admin/pages/{english}/skicka-oversattning/")
    translator.get_by_role("button", name="Skicka till granskning").click()
    translator.get_by_text("är skickad till granskning").wait_for()
    nowhere_in_english(visitor, url)

    # The Publicist approves: the English page goes live with English alternative text.
    publisher = new_page(browser)
    log_in(publisher, url, "publicist-oversatt", PASSWORD)
    publisher.goto(f"{url}/admin/")
    awaiting = publisher.locator("tr", has_text=ENGLISH["Nytt nattåg till Bryssel"])
    awaiting.locator("[data-w-dropdown-target='toggle']").click()
    menu = publisher.locator("[data-w-dropdown-target='content']").filter(has_text="Godkänn")
    menu.get_by_text("Godkänn", exact=True).click()
    awaiting.wait_for(state="detached")

    response = visitor.goto(f"{url}/en/news/new-night-train-to-brussels/")
    assert response.status == 200
    assert visitor.locator("html").get_attribute("lang") == "en"
    assert visitor.locator("h1").inner_text() == "New night train to Brussels"
    assert (
        visitor.locator("main img").first.get_attribute("alt")
        == ENGLISH["Nattåget vid Gävle central"]
    )
    switcher = visitor.get_by_role("link", name="Svenska")
    assert switcher.get_attribute("href") == f"/nyheter/{SLUG}/"
    visitor.goto(f"{url}/nyheter/{SLUG}/")
    assert visitor.get_by_role("link", name="English").get_attribute("href") == (
        "/en/news/new-night-train-to-brussels/"
    )
    assert "New night train to Brussels" in visitor.goto(f"{url}/en/news/").text()
    # The draft's first (Swedish) address was never public: no redirect was made from it, so
    # before approval it did not lead to a page nobody could see (pages/redirects.py).
    assert visitor.goto(f"{url}/en/news/{SLUG}/").status == 404
