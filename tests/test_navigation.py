"""The request-scoped navigation answers for the page it is asked about, not the first one."""

import re

import pytest

from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Locale, Page

from pages.models import HomePage, NewsPage, StandardPage, ThemePage
from pages.navigation import navigation_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def request_for():
    def make(path, language="sv"):
        request = RequestFactory().get(path)
        request.LANGUAGE_CODE = language
        return request

    return make


def test_the_trail_belongs_to_the_page_asked_about(request_for, seeded):
    news = NewsPage.objects.filter(locale__language_code="sv").first()
    theme = ThemePage.objects.get(slug="infrastruktur")
    navigation = navigation_for(request_for(news.url))
    assert [page.slug for page in navigation.trail_to(news)] == ["start", "nyheter"]
    # The same request, asked about another page, answers for that page.
    assert [page.slug for page in navigation.trail_to(theme)] == ["start"]
    assert [page.slug for page in navigation.trail_to(news)] == ["start", "nyheter"]
    assert navigation.trail_to(news.get_parent().get_parent()) == []  # the home page


def test_alternates_belong_to_the_page_asked_about(request_for, seeded):
    theme = ThemePage.objects.get(slug="infrastruktur")
    other = ThemePage.objects.get(slug="industriomvandling")
    with translation.override("sv"):
        navigation = navigation_for(request_for(theme.url))
        english = {a.code: a for a in navigation.alternates(theme)}["en"]
        english_other = {a.code: a for a in navigation.alternates(other)}["en"]
    assert english.translated and english.url == "/en/infrastructure/"
    assert english_other.url == "/en/industrial-transition/"


def test_menu_marks_the_section_of_the_page_asked_about(request_for, seeded):
    theme = ThemePage.objects.get(slug="infrastruktur")
    news = NewsPage.objects.filter(locale__language_code="sv").first()
    with translation.override("sv"):
        navigation = navigation_for(request_for(theme.url))
        on_theme = {item.page.slug: item for item in navigation.menu_items(theme)}
        on_news = {item.page.slug: item for item in navigation.menu_items(news)}
    assert on_theme["infrastruktur"].is_current and not on_theme["nyheter"].in_section
    assert on_news["nyheter"].in_section and not on_news["nyheter"].is_current
    assert not on_news["infrastruktur"].in_section


def test_home_page_follows_the_active_language(request_for, seeded):
    with translation.override("en"):
        home = navigation_for(request_for("/en/", "en")).home
    assert home.locale == Locale.objects.get(language_code="en")
    with translation.override("sv"):
        assert navigation_for(request_for("/")).home.slug == "start"


def test_one_navigation_per_request(request_for, seeded):
    request = request_for("/")
    assert navigation_for(request) is navigation_for(request)
    assert navigation_for(request_for("/")) is not navigation_for(request)


def test_a_served_page_keeps_what_it_worked_out_in_one_request_context(client, seeded):
    """Navigation, the private-section filter and the heading anchors share one context: the
    site's code adds one attribute to a request, so a newcomer finds per-request state in one
    place (pages/request_context.py)."""
    news = NewsPage.objects.filter(locale__language_code="sv").first()
    request = client.get(news.url).wsgi_request
    before = set(vars(RequestFactory().get("/")))
    added = {name for name in set(vars(request)) - before if name.startswith("_regionsite")}
    assert added == {"_regionsite_context"}
    context = request._regionsite_context
    assert {key[0] for key in context._answers} >= {"navigation", "private_q"}


def menu_titles(client, path: str) -> list[str]:
    html = client.get(path).content.decode()
    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'class="main-nav__link"[^>]*>([^<]+)</a>', nav)


def test_editors_choose_the_menu_in_swedish_and_both_languages_follow(client, seeded):
    assert menu_titles(client, "/")[-1] == "Kalender"
    assert menu_titles(client, "/en/")[-1] == "Events"
    calendar = Page.objects.get(locale__language_code="sv", slug="kalender").specific
    calendar.show_in_menus = False
    calendar.save_revision().publish()
    assert "Kalender" not in menu_titles(client, "/")
    assert "Events" not in menu_titles(client, "/en/"), "the English menu follows the Swedish"
    assert len(menu_titles(client, "/")) == len(menu_titles(client, "/en/")) == 6


def test_a_menu_page_not_yet_translated_is_left_out_of_the_other_language(client, seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    home.add_child(
        instance=StandardPage(title="Lediga jobb", slug="lediga-jobb", show_in_menus=True)
    )
    assert "Lediga jobb" in menu_titles(client, "/")
    english = menu_titles(client, "/en/")
    assert "Lediga jobb" not in english and len(english) == 7
