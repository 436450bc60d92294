"""The page explorer opens in each role's language tree: the Publicist and the Redaktör in
Swedish, a translator in their language; only superusers see Wagtail's root, the level where
"Sidor som skapas här kommer inte vara tillgängliga på någon URL"."""

import re

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Page

from pages.models import HomePage

pytestmark = pytest.mark.django_db


def staff(django_user_model, name, group, language=""):
    user = django_user_model.objects.create_user(name, password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    if language:  # a translation they saved last
        page = HomePage.objects.get(locale__language_code=language)
        page.save_revision(user=user)
    return user


def home(language):
    return HomePage.objects.get(locale__language_code=language)


@pytest.mark.parametrize(
    ("group", "language", "tree"),
    [
        ("Publicist", "", "sv"),
        ("Redaktör", "", "sv"),
        ("Översättare", "", "en"),
        ("Översättare", "fi", "fi"),
    ],
)
def test_each_role_starts_in_its_language_tree_not_at_the_root(
    client, django_user_model, seeded, group, language, tree
):
    client.force_login(staff(django_user_model, "kollega", group, language))
    root = Page.get_first_root_node()
    for path in ("/admin/pages/", f"/admin/pages/{root.pk}/"):
        response = client.get(path)
        assert (
            response.status_code == 302 and response["Location"] == f"/admin/pages/{home(tree).pk}/"
        )
    sidebar = client.get("/admin/").content.decode().replace("&quot;", '"')
    explorer = re.search(r'"name": "explorer".*?"url": "[^"]*"}, (\d+)\]', sidebar)
    assert explorer and int(explorer[1]) == home(tree).pk  # the sidebar's "Sidor" opens there
    assert (
        "kommer inte vara tillgängliga på någon URL"
        not in client.get(f"/admin/pages/{home(tree).pk}/").content.decode()
    )


def test_a_publicist_still_reaches_every_language_tree(client, django_user_model, seeded):
    client.force_login(staff(django_user_model, "publicist", "Publicist"))
    for language in ("sv", "en", "fi"):
        assert client.get(f"/admin/pages/{home(language).pk}/").status_code == 200
    theme = Page.objects.get(slug="infrastruktur")
    assert client.get(f"/admin/pages/{theme.pk}/").status_code == 200  # other ids: Wagtail's


def test_the_superuser_sees_the_root_in_swedish(admin_client, seeded):
    response = admin_client.get("/admin/pages/")
    assert response.status_code == 200
    assert "Alla språk" in response.content.decode()
    assert Page.get_first_root_node().title == "Alla språk"
