"""Automatic redirects keep public addresses working, and only those: an address that was
never live must answer 404, not a redirect to a page nobody may see yet (pages/redirects.py)."""

import pytest

from django.test import Client

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from pages.models import NewsIndexPage, NewsPage, StandardPage
from tests.factories import NewsPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    return django_capture_on_commit_callbacks


def translate_everything(page, english) -> NewsPage:
    """The English draft with every segment (its slug included) translated, not yet approved."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    translation = Translation.objects.get(source=source, target_locale=english)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = "english-slug" if entry.msgid == page.slug else f"EN {entry.msgid}"
    translation.import_po(po)
    translation.save_target(publish=False)
    return page.get_translation(english).specific


def test_a_translation_renamed_before_approval_leaves_no_redirect(seeded, on_commit):
    english = Locale.objects.get(language_code="en")
    index = NewsIndexPage.objects.get(locale__language_code="sv")
    news = NewsPageFactory(parent=index, title="Ny nyhet", slug="ny-nyhet-sv", intro="Ingress.")
    news.save_revision().publish()
    translate_object(news, [english])
    with on_commit(execute=True):  # Wagtail announces a new slug once the save is committed
        draft = translate_everything(news, english)
    assert draft.slug == "english-slug" and not draft.live
    client = Client()
    # Before approval neither address is public, and neither points to the other.
    assert client.get("/en/news/ny-nyhet-sv/").status_code == 404
    assert client.get("/en/news/english-slug/").status_code == 404
    assert not Redirect.objects.filter(old_path__contains="ny-nyhet-sv").exists()
    with on_commit(execute=True):
        draft.get_latest_revision().publish()
    assert client.get("/en/news/english-slug/").status_code == 200
    assert client.get("/en/news/ny-nyhet-sv/").status_code == 404


def test_a_live_page_renamed_keeps_its_old_address_working(seeded, on_commit):
    page = StandardPage.objects.get(slug="kontakt")
    page.slug = "kontakta-oss"
    with on_commit(execute=True):
        page.save_revision().publish()
    response = Client().get("/kontakt/")
    assert response.status_code == 301 and response["Location"].endswith("/kontakta-oss/")


def test_a_draft_renamed_or_moved_leaves_no_redirect(seeded, on_commit):
    home = StandardPage.objects.get(slug="kontakt").get_parent()
    draft = StandardPageFactory(parent=home, title="Utkast", slug="utkast-forst", live=False)
    draft.slug = "utkast-sedan"
    with on_commit(execute=True):
        draft.save()
    draft.move(StandardPage.objects.get(slug="kontakt"), pos="last-child")
    assert not Redirect.objects.filter(old_path__contains="utkast").exists()
    assert Client().get("/utkast-forst/").status_code == 404


def test_a_live_page_moved_keeps_its_old_address_working(seeded):
    home = StandardPage.objects.get(slug="kontakt").get_parent()
    page = StandardPageFactory(parent=home, title="Flyttas", slug="flyttas")
    page.move(StandardPage.objects.get(slug="kontakt"), pos="last-child")
    response = Client().get("/flyttas/")
    assert response.status_code == 301 and response["Location"].endswith("/kontakt/flyttas/")
