"""The front-end login (for pages behind a login) lands somewhere real: the address it was
sent from when that is one of ours, else the home page in the visitor's language, or the
admin for staff. Never Django's /accounts/profile/, which this site does not have."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db

PASSWORD = "ratt-losenord-2026"


@pytest.fixture
def visitor():
    return get_user_model().objects.create_user("besokare", "b@example.se", PASSWORD)


def log_in(client, url, username, next_url=None):
    data = {"username": username, "password": PASSWORD}
    if next_url is not None:
        data["next"] = next_url
    return client.post(url, data, REMOTE_ADDR="192.0.2.20")


@pytest.mark.parametrize(
    ("url", "next_url", "lands"),
    [
        ("/_util/login/", None, "/"),
        ("/_util/login/", "https://evil.example/", "/"),
        ("/_util/login/", "//evil.example/", "/"),
        ("/en/_util/login/", "https://evil.example/", "/en/"),
        ("/en/_util/login/", "", "/en/"),
        ("/_util/login/", "/nyheter/", "/nyheter/"),
    ],
)
def test_a_visitor_lands_on_a_page_of_the_site(client, seeded, visitor, url, next_url, lands):
    response = log_in(client, url, visitor.username, next_url)
    assert response.status_code == 302
    assert response["Location"] == lands
    assert client.get(lands).status_code == 200


@pytest.mark.parametrize("group", ["Redaktör", "Publicist"])
def test_staff_land_in_the_admin(client, seeded, group):
    editor = get_user_model().objects.create_user("redaktor", "r@example.se", PASSWORD)
    editor.groups.add(Group.objects.get(name=group))
    response = log_in(client, "/_util/login/", "redaktor", "https://evil.example/")
    assert response["Location"] == "/admin/"
