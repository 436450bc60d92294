"""Site search: per language, with stemming on PostgreSQL, promoted results, and no 500s."""

import pytest

from django.db import connection

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from pages.models import HomePage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's text search"
)


def results(client, path: str, query: str) -> str:
    response = client.get(path, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return html.split('id="results-heading"', 1)[1] if 'id="results-heading"' in html else ""


def test_swedish_search_finds_swedish_pages_only(client, seeded):
    found = results(client, "/sok/", "Bredband")
    assert ">Infrastruktur</a>" in found
    assert "Temasida" in found  # the page type
    assert "/en/" not in found


def test_english_search_lives_under_en_and_finds_english_pages(client, seeded):
    found = results(client, "/en/search/", "broadband")
    assert ">Infrastructure</a>" in found
    assert 'href="/infrastruktur/"' not in found


@pytest.fixture
def pages_in_both_languages(seeded, django_capture_on_commit_callbacks):
    """Pages whose words only match in inflected forms (indexed when the test commits)."""
    with django_capture_on_commit_callbacks(execute=True):
        sv_home = HomePage.objects.get(locale__language_code="sv")
        en_home = HomePage.objects.get(locale__language_code="en")
        StandardPageFactory(
            parent=sv_home,
            title="Tågtrafik",
            slug="tagtrafik",
            intro="Vi arbetar för bättre järnvägarna i länet.",
        )
        StandardPageFactory(
            parent=en_home,
            locale=en_home.locale,
            title="Trains",
            slug="trains",
            intro="We work for better railways in the county.",
        )


@postgres_only
def test_swedish_stemming_finds_inflected_words(client, pages_in_both_languages):
    assert ">Tågtrafik</a>" in results(client, "/sok/", "järnväg")
    assert ">Tågtrafik</a>" in results(client, "/sok/", "järnvägen")


@postgres_only
def test_english_pages_are_indexed_with_english_stemming(client, pages_in_both_languages):
    assert ">Trains</a>" in results(client, "/en/search/", "railway")
    assert "Tågtrafik" not in results(client, "/en/search/", "railway")


@postgres_only
def test_regionerna_finds_pages_that_say_region(client, seeded):
    found = results(client, "/sok/", "regionerna")
    assert ">Brysselkontoret</a>" in found


def test_empty_search_shows_just_the_form(client, seeded):
    html = client.get("/sok/").content.decode()
    assert 'name="q"' in html and 'id="results-heading"' not in html


def test_no_hits_explains_what_to_do(client, seeded):
    found = results(client, "/sok/", "xyzzyplugh")
    assert "0 träffar" in found
    assert "Vi hittade inget som matchar din sökning." in found


def test_promoted_results_come_first(client, seeded):
    contact = Page.objects.get(slug="kontakt")
    SearchPromotion.objects.create(
        query=Query.get("eu-stöd"), page=contact, description="Här når du oss."
    )
    found = results(client, "/sok/", "EU-stöd")
    assert "Rekommenderat" in found and "Här når du oss." in found
    assert found.index(">Kontakt</a>") < found.index("</ul>")


@pytest.mark.parametrize(
    "query",
    [
        "a" * 10_000,
        "'; DROP TABLE wagtailcore_page; --",
        "\u202e\u0000😀 ∑ ﷽",
        "\x00",
        "&&&",
        '"unterminated',
        "(((",
        "NOT OR AND",
        "%",
        "_",
    ],
)
def test_hostile_queries_get_a_normal_page(client, seeded, query):
    response = client.get("/sok/", {"q": query, "sida": "abc"})
    assert response.status_code == 200
    assert '<html lang="sv">' in response.content.decode()


def test_search_box_is_in_every_header(client, seeded):
    for path in ("/", "/kontakt/", "/en/contact/", "/sok/"):
        html = client.get(path).content.decode()
        header = html.split("</header>", 1)[0]
        assert 'role="search"' in header and 'name="q"' in header, path
    assert 'action="/en/search/"' in client.get("/en/").content.decode()


def test_promoted_private_or_foreign_pages_are_not_shown(client, seeded):
    from wagtail.models import PageViewRestriction

    private = Page.objects.get(slug="om-vart-arbete")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    english = Page.objects.get(slug="contact")
    query = Query.get("samarbete")
    SearchPromotion.objects.create(query=query, page=private, description="Privat tips")
    SearchPromotion.objects.create(query=query, page=english, description="English tip")
    found = results(client, "/sok/", "samarbete")
    assert "Privat tips" not in found and "English tip" not in found


def test_language_switcher_on_search_keeps_the_query(client, seeded):
    html = client.get("/en/search/", {"q": "broadband"}).content.decode()
    switch = html.split('<nav class="site-tools"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/sok/?q=broadband"' in switch and ">På svenska</a>" in switch
    html = client.get("/sok/", {"q": "bredband"}).content.decode()
    switch = html.split('<nav class="site-tools"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/en/search/?q=bredband"' in switch and 'href="/fi/haku/?q=bredband"' in switch


def test_visitors_search_terms_are_not_recorded(client, seeded):
    """The privacy page promises it: a search leaves no row behind, and no hit is counted."""
    before = Query.objects.count()
    for term in ["bredband", "Personnummer 19121212-1212", "ett helt unikt ord"]:
        assert client.get("/sok/", {"q": term}).status_code == 200
    assert Query.objects.count() == before


@postgres_only
def test_finnish_pages_are_indexed_with_finnish_stemming(client, seeded):
    """'hallintoalueeseen' on the Finnish basic information is found by its stem."""
    found = results(client, "/fi/haku/", "hallintoalue")
    assert ">Kansainvälinen yhteistyö</a>" in found
    assert "Kansainvälinen yhteistyö" not in results(client, "/sok/", "hallintoalue")
