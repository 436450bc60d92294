"""Lättläst: the site's basic information in easy-to-read Swedish, linked from every page's
header, with its LIX shown and held to the easy-to-read limit."""

import re

import pytest

from wagtail.models import Page
from wagtail.rich_text import RichText

from pages.models import EasyReadPage
from pages.readability import EASY_READ_LIMIT, page_lix

pytestmark = pytest.mark.django_db


def tools(html: str) -> str:
    return html.split('<nav class="site-tools"', 1)[1].split("</nav>", 1)[0]


def test_every_swedish_and_english_page_links_to_easy_read_in_its_language(client, seeded):
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code__in=["sv", "en"]):
        html = client.get(page.url).content.decode()
        if page.locale.language_code == "sv":
            assert '<a class="site-tools__link" href="/lattlast/"' in tools(html), page.url
            assert ">Lättläst</a>" in tools(html)
        else:
            assert '<a class="site-tools__link" href="/en/easy-to-read/"' in tools(html), page.url
            assert ">Easy to read</a>" in tools(html)


def test_the_easy_read_page_is_easy_and_shows_its_lix(client, seeded):
    page = EasyReadPage.objects.get(locale__language_code="sv")
    measured = page_lix(page)
    assert measured.score < EASY_READ_LIMIT  # "mycket lätt"
    html = client.get("/lattlast/").content.decode()
    assert '<html lang="sv">' in html and 'aria-current="page">Lättläst</a>' in html
    shown = re.search(r"Texten har LIX (\d+)\. Det betyder: (.+?) att läsa\.", html)
    assert shown and int(shown.group(1)) == round(measured.score)
    assert shown.group(2) == "mycket lätt"
    for topic in ("Så kontaktar du oss", "Det här har du rätt till", "allmänna handlingar"):
        assert topic in html
    # The heading says what the text is about, not only that it is easy to read.
    assert re.search(r"<h1[^>]*>\s*Så samarbetar Region Gävleborg med andra länder", html)
    # The scale the page states is Björnsson's: under 25 very easy, 25-30 easy.
    assert "Under 25 är mycket lätt att läsa. Mellan 25 och 30 är lätt." in html


def test_lix_bands_follow_the_swedish_scale():
    from pages.readability import band_of

    assert [band_of(score) for score in (20, 27, 35, 45, 55, 65)] == [
        "mycket lätt",
        "lätt",
        "medelsvår",
        "svår",
        "mycket svår",
        "mycket svår",
    ]


def test_the_readability_report_holds_easy_read_pages_to_the_stricter_limit(admin_client, seeded):
    page = EasyReadPage.objects.get(locale__language_code="sv")
    page.intro = ""
    page.body = [
        (
            "paragraph",
            RichText(
                "<p>Regionens internationella samverkansarbete omfattar påverkansarbete, "
                "projektutveckling och nätverksdeltagande inom ramen för "
                "sammanhållningspolitikens övergripande målsättningar. Verksamheten "
                "förutsätter kontinuerlig omvärldsbevakning och strategiskt "
                "kunskapsutbyte. Genomförandet koordineras interorganisatoriskt.</p>"
            ),
        )
    ]
    page.save_revision().publish()
    assert EASY_READ_LIMIT < round(page_lix(page).score)
    report = admin_client.get("/admin/reports/lasbarhet/?sprak=sv&format=csv").content.decode()
    (row,) = [line for line in report.splitlines() if line.startswith(f"sv,{page.title},")]
    assert ",ja," in row
