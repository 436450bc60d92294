"""The request-scoped navigation answers for the page it is asked about, not the first one."""

import pytest

from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Locale

from pages.models import NewsPage, ThemePage
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
