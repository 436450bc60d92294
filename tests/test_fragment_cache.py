"""The fragment caches (what every page shares: menu, footer links, home pages, private sections)
are never stale: a change shows on every page at once, with the page cache off. And routing in
two queries finds the same pages Wagtail's walk would."""

import pytest

from wagtail.models import Page, PageViewRestriction

from pages.models import NewsIndexPage, NewsPage, ProjectPage, SiteSettings, StandardPage, ThemePage
from regionsite.caching.fragments import shared
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def html(client, path: str) -> str:
    response = client.get(path)
    assert response.status_code == 200, f"{path}: {response.status_code}"
    return response.content.decode()


def test_a_renamed_menu_page_shows_on_every_page_at_once(client, seeded):
    assert "Industriomvandling" in html(client, "/nyheter/")  # the menu is now in the cache
    theme = ThemePage.objects.get(slug="industriomvandling")
    theme.title = "Industriell omställning"
    theme.save_revision().publish()
    for path in ["/nyheter/", "/projekt/", "/"]:
        assert "Industriell omställning" in html(client, path)


def test_a_page_taken_out_of_the_menu_leaves_it(client, seeded):
    menu_link = 'href="/kompetensforsorjning/"'
    assert menu_link in html(client, "/nyheter/")
    theme = ThemePage.objects.get(slug="kompetensforsorjning")
    theme.show_in_menus = False
    theme.save_revision().publish()
    assert menu_link not in html(client, "/nyheter/")


def test_a_new_footer_page_in_the_settings_shows_at_once(client, seeded):
    html(client, "/")
    new_page = StandardPageFactory(
        parent=StandardPage.objects.get(slug="om-webbplatsen"), title="Vår nya sida", slug="ny"
    )
    site_settings = SiteSettings.objects.get()
    site_settings.privacy_page = new_page
    site_settings.save()
    assert 'href="/om-webbplatsen/ny/"' in html(client, "/infrastruktur/")


def test_a_page_made_private_leaves_the_lists_and_asks_for_its_password(client, seeded):
    news = NewsPage.objects.filter(locale__language_code="sv").live().first()
    assert news.title in html(client, "/nyheter/")
    assert news.intro in html(client, news.url)
    PageViewRestriction.objects.create(page=news, restriction_type="password", password="hemligt")
    assert news.title not in html(client, "/nyheter/")
    response = client.get(news.url)
    assert news.intro not in response.content.decode()
    assert 'name="password"' in response.content.decode()


def test_a_section_made_private_restricts_the_pages_below_it(client, seeded):
    news = NewsPage.objects.filter(locale__language_code="sv").live().first()
    html(client, news.url)
    PageViewRestriction.objects.create(
        page=news.get_parent(), restriction_type="password", password="hemligt"
    )
    assert 'name="password"' in client.get(news.url).content.decode()


def test_a_fragment_filled_before_a_change_commits_is_not_kept(
    django_capture_on_commit_callbacks, seeded
):
    """A request that reads during an editor's transaction sees the old state; what it keeps
    must not outlive the commit."""
    theme = ThemePage.objects.get(slug="infrastruktur")

    def title():
        return ThemePage.objects.get(pk=theme.pk).title

    shared("title", (), title)
    with django_capture_on_commit_callbacks(execute=True):
        theme.title = "Infrastruktur och bredband"
        theme.save_revision().publish()
        # Another request reading the page before the commit sees its old title.
        shared("title", (), lambda: (title(), "Infrastruktur")[1])
    assert shared("title", (), title) == "Infrastruktur och bredband"


def test_the_english_home_page_unpublished_sends_english_visitors_to_swedish(client, seeded):
    assert html(client, "/en/").count('lang="en"') >= 1
    Page.objects.get(slug="home", locale__language_code="en").specific.unpublish()
    assert 'lang="sv"' in html(client, "/en/")  # Wagtail's rule: the page in the default language


class TestRouting:
    def test_every_seeded_page_is_found_at_its_url(self, client, seeded):
        for page in Page.objects.filter(depth__gt=2).live().specific():
            if page.get_view_restrictions().exists():
                continue
            assert client.get(page.url).status_code == 200, page.url

    def test_a_page_below_a_draft_is_still_served_as_wagtail_does(self, client, seeded):
        index = NewsIndexPage.objects.get(slug="nyheter")
        news = NewsPage.objects.child_of(index).live().first()
        index.unpublish()
        assert client.get("/nyheter/").status_code == 404
        assert client.get(f"/nyheter/{news.slug}/").status_code == 200

    def test_a_slug_under_the_wrong_parent_is_not_found(self, client, seeded):
        news = NewsPage.objects.filter(locale__language_code="sv").first()
        project = ProjectPage.objects.filter(locale__language_code="sv").first()
        assert client.get(f"/projekt/{news.slug}/").status_code == 404
        assert client.get(f"/nyheter/{project.slug}/").status_code == 404
        assert client.get(f"/{news.slug}/").status_code == 404

    def test_a_page_of_its_own_routes_gets_the_rest_of_the_url(self, client, seeded):
        assert client.get("/nyheter/rss/").status_code == 200
        assert client.get("/nyheter/rss/extra/").status_code == 404

    @pytest.mark.parametrize(
        "path", ["/a/b/c/d/e/f/g/h/i/j/k/", "/infrastruktur/infrastruktur/", "/start/"]
    )
    def test_paths_that_name_no_page_are_not_found(self, client, seeded, path):
        assert client.get(path).status_code == 404
