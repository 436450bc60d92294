"""The page cache serves anonymous visitors whole pages, and never anything stale, private or
personal: every kind of content change renews it, editors and previews bypass it, and a
hostile query string cannot add variants."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from pages.models import NewsIndexPage, Person, SiteSettings, ThemePage
from regionsite.caching.page_cache import MARKER_HEADER, PageCacheMiddleware
from regionsite.caching.renewal import renew_all as renew_all_pages

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300


def served_from_cache(client, path, **extra) -> bool:
    return client.get(path, **extra).get(MARKER_HEADER) == "hit"


def test_a_second_anonymous_view_is_served_from_the_cache_without_queries(client, seeded):
    first = client.get("/infrastruktur/")
    assert first[MARKER_HEADER] == "miss"
    assert "public" in first["Cache-Control"] and "s-maxage=300" in first["Cache-Control"]
    assert "stale-while-revalidate=60" in first["Cache-Control"]
    with CaptureQueriesContext(connection) as queries:
        second = client.get("/infrastruktur/")
    assert second[MARKER_HEADER] == "hit"
    assert second.content == first.content
    assert len(queries) == 0


@pytest.mark.parametrize(
    "path", ["/", "/nyheter/", "/nyheter/rss/", "/kalender/ical/", "/sitemap.xml", "/en/"]
)
def test_pages_listings_feeds_calendars_and_sitemap_are_cached(client, seeded, path):
    client.get(path)
    assert served_from_cache(client, path)


def test_filtered_and_paginated_listings_are_cached_per_normalised_query(client, seeded):
    client.get("/projekt/?status=pagaende&sida=1")
    assert served_from_cache(client, "/projekt/?sida=1&status=pagaende")  # same, reordered


@pytest.mark.parametrize(
    "query",
    ["?utm_source=x", "?sida=1&sida=2", "?tema=abc", "?sida=" + "9" * 50, "?status=%00"],
)
def test_a_hostile_query_string_is_served_but_never_cached(client, seeded, query):
    client.get("/projekt/" + query)
    assert client.get("/projekt/" + query).get(MARKER_HEADER) is None


def test_search_is_not_cached(client, seeded):
    client.get("/sok/?q=bredband")
    assert client.get("/sok/?q=bredband").get(MARKER_HEADER) is None


def test_editors_and_visitors_with_a_session_bypass_the_cache(client, seeded):
    client.get("/infrastruktur/")  # cached for anonymous visitors
    editor = get_user_model().objects.create_superuser("admin", "a@example.se", "x" * 16)
    client.force_login(editor)
    response = client.get("/infrastruktur/")
    assert response.get(MARKER_HEADER) is None
    assert "wagtail-userbar" in response.content.decode()  # the editor's own, uncached page


def test_post_is_never_served_from_the_cache(client, seeded):
    client.get("/")
    assert client.post("/").get(MARKER_HEADER) is None


def renews(client, change) -> bool:
    client.get("/infrastruktur/")
    assert served_from_cache(client, "/infrastruktur/")
    change()
    return not served_from_cache(client, "/infrastruktur/")


def test_publish_renews(client, seeded):
    def publish():
        theme = ThemePage.objects.get(slug="industriomvandling")
        theme.title = "Industriell omställning"
        theme.save_revision().publish()

    assert renews(client, publish)
    assert "Industriell omställning" in client.get("/infrastruktur/").content.decode()


def test_unpublish_renews(client, seeded):
    assert renews(client, lambda: ThemePage.objects.get(slug="industriomvandling").unpublish())


def test_move_renews(client, seeded):
    def move():
        theme = ThemePage.objects.get(slug="industriomvandling")
        theme.move(ThemePage.objects.get(slug="kompetensforsorjning"), pos="left")

    assert renews(client, move)


def test_delete_renews(client, seeded):
    assert renews(
        client, lambda: NewsIndexPage.objects.get(slug="nyheter").get_children()[0].delete()
    )


def test_making_a_page_private_renews_and_it_is_never_cached_again(client, seeded):
    theme = ThemePage.objects.get(slug="infrastruktur")
    assert renews(
        client,
        lambda: PageViewRestriction.objects.create(
            page=theme, restriction_type="password", password="x"
        ),
    )
    client.get("/infrastruktur/")
    assert not served_from_cache(client, "/infrastruktur/")


def test_snippet_and_setting_changes_renew(client, seeded):
    def edit_person():
        person = Person.objects.filter(locale__language_code="sv").first()
        person.name = "Ny kontakt"
        person.save()

    def edit_settings():
        site_settings = SiteSettings.objects.first()
        site_settings.phone = "026-00 00 00"
        site_settings.save()

    assert renews(client, edit_person)
    assert renews(client, edit_settings)


def test_a_redirect_renews_no_page_it_cannot_change(client, seeded):
    """Wagtail redirects only paths that name no page, and a 404 is never stored."""
    client.get("/infrastruktur/")
    Redirect.objects.create(old_path="/gammal", redirect_link="/infrastruktur/")
    assert served_from_cache(client, "/infrastruktur/")
    assert client.get("/gammal/").status_code == 301


def test_each_encoding_is_kept_as_sent_and_a_hit_answers_a_repeat_with_304(client, seeded):
    compressed = client.get("/infrastruktur/", HTTP_ACCEPT_ENCODING="gzip, br")
    plain = client.get("/infrastruktur/")
    assert (compressed["Content-Encoding"], compressed[MARKER_HEADER]) == ("gzip", "miss")
    assert (plain.has_header("Content-Encoding"), plain[MARKER_HEADER]) == (False, "miss")

    again = client.get("/infrastruktur/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert again[MARKER_HEADER] == "hit" and again.content == compressed.content
    again = client.get("/infrastruktur/")
    assert again[MARKER_HEADER] == "hit" and again.content == plain.content

    repeat = client.get(
        "/infrastruktur/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=compressed["ETag"]
    )
    assert (repeat.status_code, repeat[MARKER_HEADER], repeat.content) == (304, "hit", b"")


def test_a_page_rendered_while_content_changed_is_never_served(rf, seeded):
    """A request that began before an editor's change stores what it rendered; the next
    visitor must get the page rendered after the change."""

    def view_during_a_change(request):
        request.user = AnonymousUser()
        renew_all_pages()  # an editor publishes while this page is being rendered
        return HttpResponse("before the change")

    def view_after(request):
        request.user = AnonymousUser()
        return HttpResponse("after the change")

    PageCacheMiddleware(view_during_a_change)(rf.get("/infrastruktur/"))
    response = PageCacheMiddleware(view_after)(rf.get("/infrastruktur/"))
    assert (response.content, response[MARKER_HEADER]) == (b"after the change", "miss")
    response = PageCacheMiddleware(view_during_a_change)(rf.get("/infrastruktur/"))
    assert (response.content, response[MARKER_HEADER]) == (b"after the change", "hit")


def test_a_signed_in_editors_view_of_a_public_page_is_private(client, seeded):
    """No shared cache (a CDN, a proxy) may keep what an editor saw (the user bar, drafts)."""
    editor = get_user_model().objects.create_superuser("admin", "a@example.se", "x" * 16)
    client.force_login(editor)
    for path in ("/infrastruktur/", "/sok/?q=bredband", "/en/"):
        cache_control = client.get(path)["Cache-Control"]
        assert "private" in cache_control and "no-cache" in cache_control, path
        assert "public" not in cache_control and "s-maxage" not in cache_control, path
