"""Roles that match the work: Redaktör in the Swedish tree, Översättare in the other trees,
Publicist publishing everywhere; checked by permission and by forged request."""

import pytest

from django.contrib.auth.models import Group

from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import Locale, Page, Workflow
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.models import HomePage
from pages.roles import EDITOR, PUBLISHER, TRANSLATOR
from tests.factories import HomePageFactory

pytestmark = pytest.mark.django_db

SWEDISH, ENGLISH = "infrastruktur", "infrastructure"


@pytest.fixture
def member(django_user_model):
    def make(group_name: str):
        user = django_user_model.objects.create_user(f"user-{group_name}", password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.mark.parametrize(
    ("role", "slug", "edits", "publishes"),
    [
        (EDITOR, SWEDISH, True, False),
        (EDITOR, ENGLISH, False, False),
        (PUBLISHER, SWEDISH, True, True),
        (PUBLISHER, ENGLISH, True, True),
        (TRANSLATOR, SWEDISH, False, False),
        (TRANSLATOR, ENGLISH, True, False),
    ],
)
def test_each_role_works_in_its_own_tree(seeded, member, role, slug, edits, publishes):
    permissions = Page.objects.get(slug=slug).permissions_for_user(member(role))
    assert permissions.can_edit() is edits
    assert permissions.can_publish() is publishes


@pytest.mark.parametrize(
    ("role", "slug"), [(EDITOR, ENGLISH), (TRANSLATOR, SWEDISH)], ids=["editor", "translator"]
)
def test_a_forged_edit_outside_the_tree_changes_nothing(client, seeded, member, role, slug):
    page = Page.objects.get(slug=slug)
    revisions = page.revisions.count()
    client.force_login(member(role))
    assert client.get(f"/admin/pages/{page.pk}/edit/").status_code in (302, 403)
    response = client.post(
        f"/admin/pages/{page.pk}/edit/", {"title": "Ändrad utan lov", "slug": slug}
    )
    assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert page.title != "Ändrad utan lov" and page.revisions.count() == revisions


def test_a_forged_publish_by_an_editor_publishes_nothing(client, seeded, member):
    page = Page.objects.get(slug=SWEDISH).specific
    editor = member(EDITOR)
    client.force_login(editor)
    form = {"title": "Publicerad utan lov", "slug": SWEDISH, "action-publish": "action-publish"}
    assert client.post(f"/admin/pages/{page.pk}/edit/", form).status_code == 400  # not 500
    page.title = "Publicerad utan lov"
    with pytest.raises(PublishPermissionError):
        page.save_revision(user=editor).publish(user=editor)
    page.refresh_from_db()
    assert page.title != "Publicerad utan lov"


def test_the_explorer_opens_at_the_role_s_own_tree(seeded, member):
    policy = PagePermissionPolicy()
    swedish = HomePage.objects.get(locale__language_code="sv")
    assert policy.explorable_root_instance(member(EDITOR)).pk == swedish.pk
    # Översättare work in English and in Finnish, so their explorer opens above both trees.
    translator = member(TRANSLATOR)
    explorable = policy.explorable_instances(translator)
    for language in ("en", "fi"):
        assert explorable.filter(pk=HomePage.objects.get(locale__language_code=language).pk)
    assert not explorable.filter(pk=swedish.pk).exists()


def test_snippets_settings_and_promoted_results_per_role(seeded, member):
    editor, publisher, translator = member(EDITOR), member(PUBLISHER), member(TRANSLATOR)
    assert editor.has_perm("pages.add_fundingprogramme")
    assert editor.has_perm("pages.change_person")
    assert not editor.has_perm("pages.change_sitesettings")
    assert not editor.has_perm("wagtailredirects.add_redirect")
    assert not editor.has_perm("wagtailsearchpromotions.add_searchpromotion")
    assert publisher.has_perm("pages.change_sitesettings")
    assert publisher.has_perm("wagtailredirects.add_redirect")
    assert publisher.has_perm("wagtailsearchpromotions.change_searchpromotion")
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert not translator.has_perm("pages.change_sitesettings")


def test_no_leftover_english_groups_and_a_swedish_workflow_approved_by_publishers(seeded):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    workflow = Workflow.objects.get(active=True)
    assert workflow.name == "Granskning före publicering"
    tasks = list(workflow.tasks.specific())
    assert [task.name for task in tasks] == ["Godkännande av publicist"]
    assert {group.name for task in tasks for group in task.groups.all()} == {PUBLISHER}


def test_a_new_language_tree_gets_its_roles(seeded, member):
    locale = Locale.objects.create(language_code="de")
    home = HomePageFactory(parent=Page.get_first_root_node(), locale=locale, slug="startseite")
    assert home.permissions_for_user(member(TRANSLATOR)).can_edit()
    assert not home.permissions_for_user(member(EDITOR)).can_edit()
    assert home.permissions_for_user(member(PUBLISHER)).can_publish()


def test_a_translator_cannot_take_a_translation_off_the_site_by_converting_it_to_an_alias(
    client, seeded, member
):
    english = Page.objects.get(slug=ENGLISH)
    client.force_login(member(TRANSLATOR))
    url = f"/admin/localize/page/{english.pk}/convert_to_alias/"
    assert client.get(url).status_code in (302, 403)
    client.post(url)
    english.refresh_from_db()
    assert english.live and english.alias_of_id is None
    client.force_login(member(PUBLISHER))
    assert client.get(url).status_code == 200  # wagtail-localize's confirmation page
