"""Sessions end on idle: an editor's after an hour, a page-password visitor's after half an
hour; visitors who never log in or type a password get no session at all."""

import time

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model

from wagtail.models import PageViewRestriction

from pages.models import HomePage
from regionsite.sessions import LAST_SEEN
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def age_the_session(client, seconds: int):
    session = client.session
    session[LAST_SEEN] = int(time.time()) - seconds
    session.save()


def test_an_idle_editor_is_logged_out_and_an_active_one_is_not(client, seeded):
    editor = get_user_model().objects.create_superuser("admin", "a@example.se", "x" * 16)
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    age_the_session(client, settings.SESSION_IDLE_TIMEOUT - 120)
    assert client.get("/admin/").status_code == 200
    age_the_session(client, settings.SESSION_IDLE_TIMEOUT + 60)
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_page_password_session_ends_after_half_an_idle_hour(client, seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    page = StandardPageFactory(parent=home, title="Skyddad sida", slug="skyddad")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="sidans-losenord"
    )
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/",
        {"password": "sidans-losenord", "return_url": "/skyddad/"},
    )
    assert "Skyddad sida" in client.get("/skyddad/").content.decode()
    age_the_session(client, settings.SESSION_IDLE_TIMEOUT_ANONYMOUS + 60)
    assert "Skyddad sida" not in client.get("/skyddad/").content.decode()


def test_sessions_last_a_working_day_at_most():
    assert settings.SESSION_COOKIE_AGE <= 10 * 60 * 60


def test_a_visitor_gets_no_cookie(client, seeded):
    for path in ["/", "/nyheter/", "/sok/?q=bredband", "/en/"]:
        assert not client.get(path).cookies, path
