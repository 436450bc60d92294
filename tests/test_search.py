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
    assert '<span class="search-kind">Tema</span>' in found  # the type
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


# Results a person can scan: type, date, a snippet with the words marked (issue 23, 1–4).


def hits(client, query: str, **params) -> list[str]:
    """The hits' list items, in order."""
    html = client.get("/sok/", {"q": query, **params}).content.decode()
    if 'class="listing listing--search"' not in html:
        return []
    listing = html.split('class="listing listing--search"', 1)[1].split("</ul>", 1)[0]
    return listing.split('<li class="listing-item">')[1:]


def test_each_hit_shows_its_type_and_date(client, seeded):
    from pages.models import NewsPage

    news = NewsPage.objects.get(slug="kartlaggning-visar-var-bredbandet-saknas")
    found = hits(client, "bredband")
    item = next(hit for hit in found if news.title in hit)
    assert '<span class="search-kind">Nyhet</span>' in item
    assert f'<time datetime="{news.date:%Y-%m-%d}">' in item
    theme = next(hit for hit in found if ">Infrastruktur</a>" in hit)
    assert '<span class="search-kind">Tema</span>' in theme and "<time" not in theme
    kinds = {hit.split('class="search-kind">', 1)[1].split("<", 1)[0] for hit in found}
    assert kinds <= {"Nyhet", "Evenemang", "Projekt", "Tema", "Sida"}


@postgres_only
def test_snippet_marks_the_words_in_the_pages_language(client, pages_in_both_languages):
    (item,) = [hit for hit in hits(client, "järnväg") if ">Tågtrafik</a>" in hit]
    snippet = item.split('class="listing-item__text search-snippet">', 1)[1].split("</p>", 1)[0]
    assert "bättre <mark>järnvägarna</mark> i länet" in snippet  # the Swedish stem matched
    english = client.get("/en/search/", {"q": "railway"}).content.decode()
    assert "better <mark>railways</mark> in the county" in english


@pytest.fixture
def hostile_page(seeded, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(
            parent=HomePage.objects.get(locale__language_code="sv"),
            title="Fientlig <script>alert(1)</script> sida",
            slug="fientlig",
            intro='Ett ord: skadekod <script>alert("x")</script> <img src=x onerror=alert(2)> &',
        )


def test_hostile_content_and_query_come_out_escaped(client, hostile_page):
    response = client.get("/sok/", {"q": "skadekod <script>alert(3)</script>"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(3)&lt;/script&gt;" in html  # the query, in the heading
    (item,) = hits(client, "skadekod")
    assert "Fientlig &lt;script&gt;alert(1)&lt;/script&gt; sida" in item
    assert "<mark>skadekod</mark>" in item
    assert "<img" not in item and "<script" not in item


# Narrow and sort.


def facet_counts(html: str, name: str) -> dict[str, int]:
    """{label: count} of one facet's checkboxes."""
    if f'id="sok-{name}"' not in html:
        return {}
    group = html.split(f'id="sok-{name}"', 1)[1].split("</fieldset>", 1)[0]
    counts = {}
    for choice in group.split('<label class="search-facets__choice">')[1:]:
        label, count = choice.split(">", 1)[1].split('<span class="search-facets__count">(')
        counts[label.strip()] = int(count.split(")", 1)[0])
    return counts


def test_facets_count_by_type_and_theme_and_narrow(client, seeded):
    from pages.models import ThemePage

    html = client.get("/sok/", {"q": "bredband"}).content.decode()
    kinds, themes = facet_counts(html, "typ"), facet_counts(html, "tema")
    total = int(html.split('id="results-heading" class="results-heading">', 1)[1].split(" ")[0])
    assert sum(kinds.values()) == total and kinds["Nyhet"] >= 1 and kinds["Tema"] == 1
    assert themes["Infrastruktur"] >= 2

    news_only = hits(client, "bredband", typ="nyhet")
    assert len(news_only) == kinds["Nyhet"]
    assert all('class="search-kind">Nyhet<' in hit for hit in news_only)
    two_kinds = client.get("/sok/?q=bredband&typ=nyhet&typ=tema").content.decode()
    assert f"{kinds['Nyhet'] + 1} träffar för" in two_kinds
    # A type's counts follow the chosen theme, not the chosen type.
    assert facet_counts(two_kinds, "typ") == kinds
    assert 'value="nyhet" checked' in two_kinds and 'value="tema" checked' in two_kinds

    theme = ThemePage.objects.get(slug="infrastruktur")
    in_theme = hits(client, "bredband", tema=theme.pk)
    assert len(in_theme) == themes["Infrastruktur"]
    other = ThemePage.objects.get(slug="kompetensforsorjning")
    assert len(hits(client, "bredband", tema=other.pk)) == themes.get("Kompetensförsörjning", 0)


def test_english_theme_facet_uses_english_theme_pages(client, seeded):
    from pages.models import ThemePage

    html = client.get("/en/search/", {"q": "broadband"}).content.decode()
    assert "Infrastructure" in facet_counts(html, "tema")
    theme = ThemePage.objects.get(slug="infrastructure")
    assert client.get("/en/search/", {"q": "broadband", "tema": theme.pk}).status_code == 200
    swedish = ThemePage.objects.get(slug="infrastruktur")  # not a choice in English
    assert client.get("/en/search/", {"q": "broadband", "tema": swedish.pk}).status_code == 400


@pytest.mark.parametrize(
    "params",
    [
        {"typ": "artikel"},
        {"typ": "<script>"},
        {"tema": "abc"},
        {"tema": "9" * 40},
        {"tema": "999999"},
        {"sortera": "pris"},
        {"typ": ["nyhet"] * 25},
    ],
)
def test_bad_filter_values_are_a_400_with_an_explanation(client, seeded, params):
    response = client.get("/sok/", {"q": "bredband", **params})
    html = response.content.decode()
    assert response.status_code == 400
    assert 'class="error-summary"' in html and "Filtret kunde inte användas" in html
    assert "<title>Fel i sökningen" in html and "<script>" not in html
    assert 'name="q" value="bredband"' in html  # the search box keeps the words


def test_sort_by_date_puts_the_newest_first(client, seeded):
    dated = hits(client, "bredband", sortera="datum")
    dates = [hit.split('<time datetime="', 1)[1][:10] for hit in dated if "<time" in hit]
    assert len(dates) >= 2 and dates == sorted(dates, reverse=True)
    first_undated = next(i for i, hit in enumerate(dated) if "<time" not in hit)
    assert all("<time" not in hit for hit in dated[first_undated:])  # undated last
    html = client.get("/sok/", {"q": "bredband", "sortera": "datum"}).content.decode()
    assert '<span aria-current="true">datum</span>' in html
    assert 'href="?q=bredband">relevans</a>' in html


@pytest.fixture
def many_news(seeded, django_capture_on_commit_callbacks):
    from pages.models import NewsIndexPage
    from tests.factories import NewsPageFactory

    index = NewsIndexPage.objects.get(locale__language_code="sv")
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(1, 26):
            NewsPageFactory(parent=index, title=f"Sjöfart {number}", intro="Om hamnarna.")


def test_results_are_paginated_with_the_listing_window_and_keep_the_filters(client, many_news):
    html = client.get("/sok/", {"q": "hamnarna", "typ": "nyhet", "sida": "2"}).content.decode()
    assert "25 träffar för" in html and html.count('<li class="listing-item">') == 10
    pagination = html.split('class="pagination"', 1)[1].split("</nav>", 1)[0]
    assert 'href="?q=hamnarna&amp;typ=nyhet&amp;sida=3"' in pagination
    assert 'aria-current="page"' in pagination
    assert client.get("/sok/", {"q": "hamnarna", "sida": "99"}).status_code == 200


def test_count_is_in_the_title_and_a_status_region(client, seeded):
    html = client.get("/sok/", {"q": "bredband"}).content.decode()
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    total = html.split('id="results-heading" class="results-heading">', 1)[1].split(" ")[0]
    assert title.startswith(f"{total} träffar för ”bredband” – Sök")
    status = html.split('<div role="status">', 1)[1].split("</div>", 1)[0]
    assert f"{total} träffar för ”bredband”" in status
    none = client.get("/sok/", {"q": "xyzzyplugh"}).content.decode()
    assert "<title>0 träffar för ”xyzzyplugh” – Sök" in none


def test_the_two_search_forms_are_told_apart(client, seeded):
    """axe's landmark-unique: the header's search and the page's are both search landmarks."""
    html = client.get("/sok/", {"q": "bredband"}).content.decode()
    assert html.count('role="search"') == 2
    assert 'role="search" aria-labelledby="search-page-label"' in html
    assert '<label id="search-page-label" for="search-page-input">Vad letar du efter?' in html
    header = html.split("</header>", 1)[0]
    assert 'role="search" aria-label="Sök på webbplatsen"' in header


# Menade du …?


@postgres_only
def test_a_misspelt_word_gets_did_you_mean(client, seeded):
    html = client.get("/sok/", {"q": "bredbnad"}).content.decode()
    assert "0 träffar för" in html
    assert 'Menade du <a href="/sok/?q=bredband">bredband</a>?' in html
    english = client.get("/en/search/", {"q": "brodband"}).content.decode()
    assert '<a href="/en/search/?q=broadband">broadband</a>?' in english
    assert "Menade du" not in client.get("/sok/", {"q": "bredband"}).content.decode()


@postgres_only
def test_did_you_mean_offers_only_words_that_find_something_visible(client, seeded):
    from wagtail.models import PageViewRestriction

    private = Page.objects.get(slug="om-vart-arbete")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    word = "hemlighetsfullt"
    with_word = StandardPageFactory(
        parent=private, title="Intern", slug="intern", intro=f"Ett {word} ord."
    )
    from modelsearch.index import insert_or_update_object

    insert_or_update_object(with_word)
    assert "Menade du" not in client.get("/sok/", {"q": "hemlighetsfult"}).content.decode()


# Kept up to date, and only what visitors may see.


@postgres_only
def test_the_index_follows_publishing(client, seeded, django_capture_on_commit_callbacks):
    from pages.models import StandardPage

    page = StandardPage.objects.get(slug="kontakt")
    assert not hits(client, "ostronodling")
    with django_capture_on_commit_callbacks(execute=True):
        page.intro = "Vi svarar också på frågor om ostronodling."
        page.save_revision().publish()
    assert len(hits(client, "ostronodling")) == 1
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision()  # a draft of the same page keeps the published words
        page.unpublish()
    assert not hits(client, "ostronodling")


def test_drafts_and_private_pages_are_never_found(
    client, seeded, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    home = HomePage.objects.get(locale__language_code="sv")
    private = Page.objects.get(slug="om-vart-arbete")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(parent=home, slug="utkast", title="Zebraflock utkast", live=False)
        StandardPageFactory(parent=private, slug="privat-zebra", title="Zebraflock privat")
        StandardPageFactory(parent=home, slug="publik-zebra", title="Zebraflock publik")
    found = hits(client, "zebraflock")
    assert len(found) == 1 and "Zebraflock publik" in found[0]


@postgres_only
def test_the_stored_vector_is_served_by_its_index(seeded):
    """What keeps search fast at ten thousand pages: the query reads the GIN index."""
    from pages import search_query

    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # the test's few rows would not need it
        sql, params = search_query.matching("bredband", "sv").query.sql_with_params()
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "pages_searchdocument_vector" in plan, plan
