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


def test_a_chosen_page_link_leads_to_the_page_in_the_readers_language(client, seeded):
    """A translation keeps its source's page choices; the link resolves to the translation."""
    import json

    from wagtail.models import Locale

    from pages.models import HomePage, StandardPage
    from pages.translation import translate_via_po

    home = HomePage.objects.get(locale__language_code="sv")
    theme = ThemePage.objects.get(slug="infrastruktur")
    page = StandardPage(title="Länkar", slug="lankar", intro="Se infrastruktur.")
    page.body = json.dumps(
        [
            {
                "type": "call_to_action",
                "value": {"text": "Till infrastruktur", "page": theme.pk, "url": ""},
            },
            {
                "type": "link_list",
                "value": {
                    "heading": "Läs mer",
                    "links": [
                        {
                            "type": "page",
                            "value": {"page": theme.pk, "text": ""},
                            "id": "0b1f2c3d-0000-4000-8000-000000000001",
                        }
                    ],
                },
            },
        ]
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    english = translate_via_po(page, Locale.objects.get(language_code="en"), "EN {}".format)
    main = client.get(english.url).content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    assert 'href="/en/infrastructure/"' in main and 'href="/infrastruktur/"' not in main
    assert ">Infrastructure</a>" in main  # the link list shows the English title
    swedish = client.get(page.url).content.decode().split("<main", 1)[1]
    assert 'href="/infrastruktur/"' in swedish
