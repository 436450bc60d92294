"""Drafts and private pages never leak into menus, listings or search engines' view."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from pages.models import HomePage
from tests.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    return HomePage.objects.get(locale__language_code="sv")


def test_a_draft_is_neither_listed_nor_served(client, home):
    draft = ThemePageFactory(
        parent=home, title="Hemligt utkast", slug="utkast", show_in_menus=True, live=False
    )
    assert client.get("/utkast/").status_code == 404
    html = client.get("/").content.decode()
    assert "Hemligt utkast" not in html
    assert draft.title not in client.get("/infrastruktur/").content.decode()


def test_a_private_page_is_neither_listed_nor_shown(client, home):
    private = ThemePageFactory(
        parent=home, title="Internt tema", slug="internt", show_in_menus=True
    )
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    response = client.get("/internt/")
    assert response.status_code == 302 and "login" in response["Location"]
    assert "Internt tema" not in client.get("/").content.decode()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bild.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("bild.png", b"not really a png"),
    ],
)
def test_unsafe_or_broken_image_uploads_are_refused_with_a_message(admin_client, name, content):
    response = admin_client.post(
        "/admin/images/add/",
        {"title": "Försök", "file": SimpleUploadedFile(name, content), "collection": 1},
    )
    assert response.status_code == 200  # the form again, with its error
    assert not get_image_model().objects.filter(title="Försök").exists()
    html = response.content.decode()
    assert "error-message" in html or "w-field__errors" in html


def test_private_news_and_events_stay_off_the_home_and_theme_pages(client, home):
    from pages.models import EventPage, NewsPage

    hidden = []
    for model in (NewsPage, EventPage):
        page = model.objects.filter(locale__language_code="sv").order_by("-path").first()
        PageViewRestriction.objects.create(page=page, restriction_type="login")
        hidden.append(page)
    html = client.get("/").content.decode() + client.get("/kalender/").content.decode()
    html += "".join(client.get(t.url).content.decode() for t in hidden[1].themes.all())
    for page in hidden:
        assert f">{page.title}<" not in html, page.title
