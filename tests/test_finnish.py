"""Finnish, a national minority language: basic information at /fi/ with the right language
tags, the interface in Finnish, and every page leading to it."""

import re

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import override_settings

from wagtail.models import Locale, Page

from pages.feedback import Feedback
from pages.language_homes import create_language_home
from pages.models import HomePage
from pages.translation_status import pending_translations
from tests.factories import StandardPageFactory
from tests.test_feedback import token

pytestmark = pytest.mark.django_db


def tools(html: str) -> str:
    return html.split('<nav class="site-tools"', 1)[1].split("</nav>", 1)[0]


def head(html: str) -> str:
    return html.split("</head>", 1)[0]


def test_the_finnish_home_is_basic_information_in_finnish(client, seeded):
    html = client.get("/fi/").content.decode()
    assert '<html lang="fi">' in html
    assert re.search(r"<h1[^>]*>Kansainvälinen yhteistyö</h1>", html)
    for finnish in ("Oikeutesi käyttää suomea", "Näin otat meihin yhteyttä"):
        assert finnish in html
    # How to ask for public documents: the site settings' snippet, in Finnish.
    assert '<h2 id="allmanna-handlingar">Yleiset asiakirjat</h2>' in html
    assert "Kirjaamo, Region Gävleborg" in html and "kamarioikeuteen" in html
    assert "Registrator" not in html
    # The interface too: the skip link, the search, the feedback form.
    assert "Siirry sisältöön" in html and 'action="/fi/haku/"' in html
    assert 'action="/fi/palaute/"' in html and "Löysitkö etsimäsi?" in html
    assert "Hoppa till innehållet" not in html


def test_hreflang_joins_the_three_home_pages(client, seeded):
    for path in ("/", "/en/", "/fi/"):
        links = head(client.get(path).content.decode())
        assert '<link rel="alternate" hreflang="fi" href="http://localhost/fi/">' in links
        assert '<link rel="alternate" hreflang="sv" href="http://localhost/">' in links
        assert '<link rel="alternate" hreflang="en" href="http://localhost/en/">' in links
        assert '<link rel="alternate" hreflang="x-default" href="http://localhost/">' in links


def test_a_page_in_swedish_and_english_only_links_to_finnish_basic_information(client, seeded):
    html = client.get("/infrastruktur/").content.decode()
    assert 'hreflang="fi"' not in head(html)  # no alternate that does not exist
    links = tools(html)
    assert 'href="/en/infrastructure/" lang="en" hreflang="en">English</a>' in links
    assert 'href="/fi/" lang="fi" hreflang="fi">Suomeksi<span class="visually-hidden">' in links


def test_the_finnish_home_offers_the_other_languages_in_their_own_words(client, seeded):
    links = tools(client.get("/fi/").content.decode())
    assert 'href="/" lang="sv" hreflang="sv">På svenska</a>' in links
    assert 'href="/en/" lang="en" hreflang="en">English</a>' in links
    assert "Lättläst" not in links  # easy-to-read Swedish is not offered as Finnish


# The pages a Finnish speaker needs in full besides the basic information: wagtail-localize
# translations of the Swedish ones, so language links and hreflang join them.
FINNISH_PAGES = {
    "/fi/tietoa-sivustosta/saavutettavuusseloste/": (
        "Saavutettavuusseloste",
        "/om-webbplatsen/tillganglighetsredogorelse/",
        "/en/about-this-website/accessibility-statement/",
    ),
    "/fi/tietoa-sivustosta/henkilotiedot-ja-evasteet/": (
        "Henkilötiedot ja evästeet",
        "/om-webbplatsen/personuppgifter-och-kakor/",
        "/en/about-this-website/personal-data-and-cookies/",
    ),
    "/fi/yhteystiedot/": ("Yhteystiedot", "/kontakt/", "/en/contact/"),
    "/fi/tietoa-sivustosta/": (
        "Tietoa verkkosivustosta",
        "/om-webbplatsen/",
        "/en/about-this-website/",
    ),
}


@pytest.mark.parametrize("path", FINNISH_PAGES)
def test_the_statement_privacy_and_contact_pages_are_in_finnish(client, seeded, path):
    title, swedish, english = FINNISH_PAGES[path]
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="fi">' in html
    assert f'<h1 class="page-header__title">{title}</h1>' in html.replace("&shy;", "")
    links = head(html)
    assert f'<link rel="alternate" hreflang="fi" href="http://localhost{path}">' in links
    assert f'<link rel="alternate" hreflang="sv" href="http://localhost{swedish}">' in links
    assert f'<link rel="alternate" hreflang="en" href="http://localhost{english}">' in links
    assert f'<link rel="alternate" hreflang="x-default" href="http://localhost{swedish}">' in links
    # Its date as Finnish writes it: "4. joulukuuta 2026", not "4 joulukuu 2026".
    dates = re.findall(r"<time datetime=\"[\d-]+\">([^<]+)</time>", html)
    assert dates and all(re.fullmatch(r"\d{1,2}\. \w+kuuta \d{4}", date) for date in dates)
    # The Swedish page's language link leads here, not to the Finnish home.
    assert f'href="{path}" lang="fi" hreflang="fi">Suomeksi</a>' in tools(
        client.get(swedish).content.decode()
    )


def test_the_finnish_pages_are_reached_from_the_finnish_home(client, seeded):
    footer = client.get("/fi/").content.decode().split('<footer class="site-footer">', 1)[1]
    for path, (title, _swedish, _english) in FINNISH_PAGES.items():
        assert f'<a href="{path}">{title}</a>' in footer  # in Finnish: no lang of its own
    assert 'lang="sv"' not in footer


def test_the_finnish_contact_page_and_its_contacts_are_in_finnish(client, seeded):
    html = client.get("/fi/yhteystiedot/").content.decode()
    assert "Voit asioida kanssamme suomeksi." in html
    assert "Kansainvälisen yhteistyön yksikkö" in html
    assert "Enheten för internationell samverkan" not in html


def test_footer_links_to_swedish_pages_say_they_are_swedish(client, seeded):
    """A footer page with no Finnish translation is linked in Swedish, and says so."""
    Page.objects.get(url_path__endswith="/yhteystiedot/").unpublish()
    html = client.get("/fi/").content.decode()
    footer = html.split('<footer class="site-footer">', 1)[1]
    assert re.search(r'<a href="/kontakt/" lang="sv" hreflang="sv">Kontakt</a>', footer)
    swedish = client.get("/").content.decode().split('<footer class="site-footer">', 1)[1]
    assert 'lang="sv"' not in swedish


def test_the_finnish_search_and_feedback_answer_in_finnish(client, seeded):
    search = client.get("/fi/haku/", {"q": "suomea"})
    assert search.status_code == 200 and '<html lang="fi">' in search.content.decode()
    home = Page.objects.get(locale__language_code="fi", depth=2)
    response = client.post(
        "/fi/palaute/",
        {"token": token(), "page": home.pk, "next": "/fi/", "website": "", "found": "ja"},
    )
    # The answer is stored, and the second step asks for more, in Finnish.
    assert response.status_code == 302 and response.url.startswith("/fi/palaute/?svar=")
    assert Feedback.objects.get().language == "fi"
    more = client.get(response.url).content.decode()
    assert '<html lang="fi">' in more and 'href="/fi/?tack=1#synpunkter"' in more
    assert "Kiitos" in client.get("/fi/?tack=1").content.decode()


def test_the_sitemap_lists_the_finnish_home(client, seeded):
    index = client.get("/sitemap.xml").content.decode()
    assert "sitemap-fi.xml" in index
    assert "<loc>http://localhost/fi/</loc>" in client.get("/sitemap-fi.xml").content.decode()


def test_translators_are_not_asked_for_every_page_in_finnish(seeded):
    source, finnish = Locale.objects.get(language_code="sv"), Locale.objects.get(language_code="fi")
    assert pending_translations(source, finnish) == []
    english = Locale.objects.get(language_code="en")
    home = HomePage.objects.get(locale=source)
    StandardPageFactory(parent=home, title="Ny sida", slug="ny-sida")
    assert [item.page.title for item in pending_translations(source, english)] == ["Ny sida"]


def test_a_new_language_is_offered_once_its_home_page_is_published(client, seeded):
    """The pattern for the other minority languages (docs/languages.md), shown with German,
    which Django has a catalogue for."""
    languages = [("sv", "Svenska"), ("en", "English"), ("fi", "Suomi"), ("de", "Deutsch")]
    with override_settings(LANGUAGES=languages):
        call_command("create_language_home", "de", title="Internationale Zusammenarbeit")
        home = HomePage.objects.get(locale__language_code="de")
        assert not home.live  # a draft for editors to write
        assert 'hreflang="de"' not in client.get("/infrastruktur/").content.decode()
        home.save_revision().publish()
        html = client.get("/infrastruktur/").content.decode()
        assert 'href="/de/" lang="de" hreflang="de">' in tools(html)
        assert '<html lang="de">' in client.get("/de/").content.decode()
    with pytest.raises(CommandError):
        call_command("create_language_home", "xx", title="Nej")


def test_a_language_home_is_written_in_its_language_and_kept_from_the_swedish(seeded):
    """The basic-information page is the language's own: wagtail-localize never syncs it."""
    swedish = HomePage.objects.get(locale__language_code="sv")
    finnish = create_language_home(swedish, "fi", title="Ei käytetä")
    assert finnish.title == "Kansainvälinen yhteistyö"  # the existing one, untouched
    swedish.intro = "Ny ingress på svenska."
    swedish.save_revision().publish()
    finnish.refresh_from_db()
    assert finnish.intro.startswith("Perustietoa suomeksi")
