"""Nothing a visitor may not see reaches any anonymous URL: one hidden page of each kind, each
with a marker word in its title (or, for a private translation, its address), is referred to
from a public news item's themes and links; no public output may show the marker."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Locale, PageViewRestriction

from pages.models import HomePage, NewsIndexPage, ThemePage
from tests.factories import NewsPageFactory, StandardPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db

MARKER = "Zebrakod"


def hidden_pages(home):
    """A theme page in each hidden state, the marker in every title."""
    draft = ThemePageFactory(parent=home, title=f"{MARKER} utkast", live=False, show_in_menus=True)
    scheduled = ThemePageFactory(
        parent=home,
        title=f"{MARKER} schemalagd",
        live=False,
        go_live_at=timezone.now() + datetime.timedelta(days=7),
        show_in_menus=True,
    )
    unpublished = ThemePageFactory(parent=home, title=f"{MARKER} avpublicerad", show_in_menus=True)
    unpublished.unpublish()
    password = ThemePageFactory(parent=home, title=f"{MARKER} lösenord", show_in_menus=True)
    PageViewRestriction.objects.create(
        page=password, restriction_type=PageViewRestriction.PASSWORD, password="hemligt-123"
    )
    login = ThemePageFactory(parent=home, title=f"{MARKER} inloggning", show_in_menus=True)
    PageViewRestriction.objects.create(page=login, restriction_type=PageViewRestriction.LOGIN)
    section = StandardPageFactory(parent=home, title="Intern avdelning", slug="intern")
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    in_section = ThemePageFactory.build(title=f"{MARKER} i privat avdelning", live=True)
    section.add_child(instance=in_section)
    return [draft, scheduled, unpublished, password, login, in_section]


@pytest.fixture
def public_news_referring_to_hidden_pages(seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    hidden = hidden_pages(home)
    themes = [page for page in hidden if isinstance(page.specific, ThemePage)]
    links = [("page", {"page": page, "text": ""}) for page in hidden]
    news = NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=home.locale),
        title="Nyhet med dolda hänvisningar",
        slug="dolda-hanvisningar",
        themes=themes,
        body=[
            ("link_list", {"heading": "Länkar", "links": links}),
            ("call_to_action", {"text": "Knapp", "page": hidden[0], "url": ""}),
        ],
    )
    # A private translation: the English version of a theme, behind a login, at an address
    # with the marker in it.
    english = ThemePage.objects.get(slug="infrastruktur").get_translation(
        Locale.objects.get(language_code="en")
    )
    english.slug = f"{MARKER.lower()}-infrastructure"
    english.save_revision().publish()
    PageViewRestriction.objects.create(page=english, restriction_type=PageViewRestriction.LOGIN)
    return news


ANONYMOUS_URLS = [
    "/",
    "/en/",
    "/infrastruktur/",
    "/nyheter/",
    "/nyheter/dolda-hanvisningar/",
    "/nyheter/rss/",
    "/en/news/rss/",
    "/projekt/",
    "/kalender/",
    "/kalender/ical/",
    "/infrastruktur/rss/",
    "/infrastruktur/ical/",
    "/sitemap.xml",
    "/sitemap-sv.xml",
    "/sitemap-en.xml",
    "/finns-inte/",
    # Searches for the hidden titles' other words (a search repeats its own query).
    *(
        f"/sok/?q={word}"
        for word in ["utkast", "schemalagd", "avpublicerad", "lösenord", "inloggning", "privat"]
    ),
    "/en/search/?q=infrastructure",
]


@pytest.mark.parametrize("url", ANONYMOUS_URLS)
def test_no_anonymous_url_shows_a_hidden_page(client, public_news_referring_to_hidden_pages, url):
    response = client.get(url)
    assert response.status_code in (200, 404), url
    assert MARKER.lower() not in response.content.decode().lower()


def test_the_news_item_still_shows_what_is_public(client, public_news_referring_to_hidden_pages):
    html = client.get("/nyheter/dolda-hanvisningar/").content.decode()
    assert "Nyhet med dolda hänvisningar" in html
    assert 'class="link-list__heading">Länkar' in html
