"""An alias shows its source page's content, so it is exactly as private as its source: a
source inside a private section (a restricted ancestor, not only a restriction of its own) makes
the alias private on every path a visitor can take (the page itself, listings, feeds, search,
sitemap, open data). Wagtail's own check looks at the source page alone, which once left such
an alias public in full."""

import pytest

from wagtail.models import PageViewRestriction

from pages.models import HomePage, NewsIndexPage, ProjectIndexPage
from pages.visibility import view_restrictions_of
from tests.factories import (
    FundingProgrammeFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ProjectIndexPageFactory,
    ProjectPageFactory,
    StandardPageFactory,
    ThemePageFactory,
)

pytestmark = pytest.mark.django_db

MARKER = "Ekorrbo"


def restricted(page, kind=PageViewRestriction.LOGIN):
    PageViewRestriction.objects.create(page=page, restriction_type=kind, password="hemligt-123")
    return page


@pytest.fixture
def aliases_of_private_pages(seeded):
    """Three private sections, each holding a page without its own restriction, and an alias
    of that page in the public tree where visitors look for such pages."""
    home = HomePage.objects.get(locale__language_code="sv")
    section = restricted(StandardPageFactory(parent=home, title="Intern avdelning", slug="intern"))
    theme = ThemePageFactory(parent=section, title=f"{MARKER} tema", slug="ekorre-tema")
    theme_alias = theme.create_alias(parent=home, update_slug="ekorre-tema-alias")

    internal_news = restricted(
        NewsIndexPageFactory(parent=home, title="Interna nyheter", slug="interna-nyheter")
    )
    news = NewsPageFactory(parent=internal_news, title=f"{MARKER} nyhet", slug="ekorre-nyhet")
    news_alias = news.create_alias(
        parent=NewsIndexPage.objects.get(slug="nyheter"), update_slug="ekorre-nyhet-alias"
    )

    internal_projects = restricted(
        ProjectIndexPageFactory(parent=home, title="Interna projekt", slug="interna-projekt"),
        PageViewRestriction.PASSWORD,
    )
    project = ProjectPageFactory(
        parent=internal_projects,
        title=f"{MARKER} projekt",
        slug="ekorre-projekt",
        programme=FundingProgrammeFactory(name=f"{MARKER}programmet", short_name=MARKER),
    )
    project_alias = project.create_alias(
        parent=ProjectIndexPage.objects.get(slug="projekt"),
        update_slug="ekorre-projekt-alias",
    )
    # An alias of an alias's section: private through two steps.
    second = theme_alias.create_alias(parent=home, update_slug="ekorre-tema-alias-2")
    return [theme_alias, news_alias, project_alias, second]


def test_each_alias_is_restricted_like_its_source(client, aliases_of_private_pages):
    for alias in aliases_of_private_pages:
        assert view_restrictions_of(alias).exists(), alias.url_path
        response = client.get(alias.url)
        assert response.status_code in (200, 302), alias.url
        assert MARKER not in response.content.decode(), alias.url
        assert "public" not in response.get("Cache-Control", ""), alias.url


def test_the_alias_of_a_login_restricted_page_asks_for_a_login(client, aliases_of_private_pages):
    response = client.get(aliases_of_private_pages[0].url)
    assert response.status_code == 302
    assert "login" in response["Location"]


PUBLIC_URLS = [
    "/",
    "/nyheter/",
    "/nyheter/rss/",
    "/projekt/",
    "/projekt/oversikt/",
    "/projekt/data/csv/",
    "/projekt/data/json/",
    "/kalender/",
    "/sitemap-sv.xml",
    # Searches for the hidden pages' other words (a search repeats its own query).
    "/sok/?q=tema",
    "/sok/?q=nyhet",
    "/sok/?q=projekt",
    "/sok/?q=kort+ingress",
]


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_no_public_url_names_an_alias_of_a_private_page(client, aliases_of_private_pages, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert MARKER.lower() not in response.content.decode().lower(), url


def test_an_alias_of_a_public_page_stays_public(client, seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    theme = ThemePageFactory(parent=home, title="Öppet tema", slug="oppet-tema")
    alias = theme.create_alias(parent=home, update_slug="oppet-tema-alias")
    assert not view_restrictions_of(alias).exists()
    response = client.get(alias.url)
    assert response.status_code == 200
    assert "Öppet tema" in response.content.decode()
    assert alias.url in client.get("/sitemap-sv.xml").content.decode()
