"""Editors are offered the page's own language: themes to tag a page with."""

import re

import pytest

from pages.models import NewsIndexPage, NewsPage, ThemePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("sprakval", password="x"))
    return client


def test_a_new_swedish_news_item_is_offered_the_swedish_themes_only(admin_client, seeded):
    index = NewsIndexPage.objects.get(locale__language_code="sv")
    html = admin_client.get(f"/admin/pages/add/pages/newspage/{index.pk}/").content.decode()
    swedish = set(ThemePage.objects.filter(locale__language_code="sv").values_list("pk", flat=True))
    english = set(ThemePage.objects.filter(locale__language_code="en").values_list("pk", flat=True))
    offered = {int(pk) for pk in re.findall(r'name="themes" value="(\d+)"', html)}
    assert offered == swedish and not offered & english


def test_a_page_tagged_in_another_language_shows_the_counterparts_checked(admin_client, seeded):
    """A translation made by copying its source keeps the source's themes; its own form shows
    them as the themes of its language, so saving it keeps them."""
    index = NewsIndexPage.objects.get(locale__language_code="en")
    swedish_theme = ThemePage.objects.get(slug="infrastruktur")
    news = NewsPage(title="Rail link study", slug="rail-link-study", locale=index.locale)
    index.add_child(instance=news)
    news.themes = [swedish_theme]
    news.save_revision()
    html = admin_client.get(f"/admin/pages/{news.pk}/edit/").content.decode()
    checked = {int(pk) for pk in re.findall(r'name="themes" value="(\d+)"[^>]*checked', html)}
    english = ThemePage.objects.get(
        locale=index.locale, translation_key=swedish_theme.translation_key
    )
    assert checked == {english.pk}
