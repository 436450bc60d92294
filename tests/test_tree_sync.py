"""The language trees keep one shape: a moved Swedish page takes its translations along; what
cannot follow, and a translation whose source is gone, is flagged in the translators' report."""

import re

import pytest

from django.utils import translation

from wagtail.models import Locale, Page

from pages.models import HomePage, StandardPage, ThemePage
from pages.navigation import navigation_for
from pages.translation_status import MISPLACED, ORPHANED, pending_translations

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(seeded):
    return Locale.objects.get(language_code="en")


@pytest.fixture
def swedish(seeded):
    return Locale.objects.get(language_code="sv")


def statuses(swedish, english) -> dict[str, str]:
    return {item.page.title: item.status for item in pending_translations(swedish, english)}


def trail(client, url: str) -> list[str]:
    html = client.get(url).content.decode()
    crumbs = html.split('class="breadcrumbs container"', 1)[1].split("</nav>", 1)[0]
    return re.findall(r'<li class="breadcrumbs__item"><a href="[^"]*">([^<]*)</a>', crumbs)


def test_moving_a_swedish_page_moves_its_translation_under_the_parents_translation(
    client, english, swedish
):
    page = Page.objects.get(locale=swedish, slug="om-vart-arbete")
    translation = page.get_translation(english)
    theme = ThemePage.objects.get(locale=swedish, slug="infrastruktur")
    page.move(theme, pos="last-child")

    translation.refresh_from_db()
    assert translation.get_parent().pk == theme.get_translation(english).pk
    page.refresh_from_db()
    assert len(trail(client, page.url)) == len(trail(client, translation.url)) == 2
    assert "Infrastructure" in trail(client, translation.url)
    assert statuses(swedish, english) == {}, "nothing left for the translators"


def test_a_translation_that_cannot_follow_stays_and_is_flagged(english, swedish):
    home = HomePage.objects.get(locale=swedish)
    untranslated = home.add_child(instance=StandardPage(title="Nytt avsnitt", slug="nytt-avsnitt"))
    untranslated.save_revision().publish()
    page = Page.objects.get(locale=swedish, slug="om-vart-arbete")
    page.move(untranslated, pos="last-child")

    translation = page.get_translation(english)
    assert translation.get_parent().pk == HomePage.objects.get(locale=english).pk
    assert statuses(swedish, english)["Om vårt arbete"] == MISPLACED


def test_renaming_a_swedish_page_keeps_the_translations_title_and_address(english, swedish):
    page = ThemePage.objects.get(locale=swedish, slug="infrastruktur")
    page.title, page.slug = "Infrastruktur och transporter", "infrastruktur-och-transporter"
    page.save_revision().publish()
    translation = page.get_translation(english)
    assert (translation.title, translation.slug) == ("Infrastructure", "infrastructure")
    assert translation.live


def test_a_translation_whose_swedish_page_is_deleted_is_flagged(english, swedish):
    page = Page.objects.get(locale=swedish, slug="om-vart-arbete")
    translation = page.get_translation(english)
    page.delete()
    report = {item.page.pk: item.status for item in pending_translations(swedish, english)}
    assert report[translation.pk] == ORPHANED


def test_the_menus_of_both_languages_have_the_same_shape_after_a_move(rf, english, swedish):
    page = Page.objects.get(locale=swedish, slug="kalender")
    page.move(ThemePage.objects.get(locale=swedish, slug="infrastruktur"), pos="last-child")
    shapes = []
    for language in ("sv", "en"):
        request = rf.get("/")
        request.LANGUAGE_CODE = language
        with translation.override(language):
            items = navigation_for(request).menu_items(None)
        shapes.append([item.page.translation_key for item in items])
    assert shapes[0] == shapes[1] and len(shapes[0]) == 6
