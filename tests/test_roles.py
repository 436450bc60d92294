"""Roles that match the work: Redaktör in the Swedish tree, Översättare in the other trees,
Publicist publishing everywhere; checked by permission and by forged request. And the roles'
permissions are what pages.roles says, no more and no less: a permission taken out of the matrix
is revoked at the next migrate, one granted by hand in the admin is taken back, and each change
is logged (issue 22)."""

import logging

import pytest

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command

from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
)
from wagtail.permission_policies.pages import PagePermissionPolicy

from pages.models import HomePage
from pages.roles import (
    APPROVAL_TASK,
    EDITOR,
    PUBLISHER,
    ROLES,
    TRANSLATED_SNIPPETS,
    TRANSLATOR,
    grants_in_language,
    roles_for_tree,
    sync_roles,
)
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


# --- The matrix and its sync (pages.roles) ------------------------------------------------------


SEEDED_LANGUAGES = ("sv", "en", "fi")


@pytest.fixture
def role_log():
    """The lines pages.roles logs during the test (pytest's caplog may be switched off)."""

    class Lines(logging.Handler):
        def __init__(self):
            super().__init__()
            self.lines = []

        def emit(self, record):
            self.lines.append(record.getMessage())

    handler, logger = Lines(), logging.getLogger("pages.roles")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield handler.lines
    logger.removeHandler(handler)
    logger.setLevel(level)


def held(name: str) -> dict[str, set]:
    """What the group ``name`` may do, as the database says."""
    group = Group.objects.get(name=name)
    return {
        "models": {
            (p.content_type.app_label, p.content_type.model, p.codename)
            for p in group.permissions.select_related("content_type")
        },
        "pages": {
            (row.page.locale.language_code, row.page.depth, row.permission.codename)
            for row in GroupPagePermission.objects.filter(group=group).select_related(
                "page__locale", "permission"
            )
        },
        "collections": {
            (
                row.collection.depth,
                row.permission.content_type.app_label,
                row.permission.content_type.model,
                row.permission.codename,
            )
            for row in GroupCollectionPermission.objects.filter(group=group).select_related(
                "collection", "permission__content_type"
            )
        },
        "approves": GroupApprovalTask.objects.filter(name=APPROVAL_TASK, groups=group).exists(),
    }


def matrix(name: str, languages=SEEDED_LANGUAGES) -> dict[str, set]:
    """What ``ROLES`` says the group ``name`` may do on a site with ``languages``."""
    role = ROLES[name]
    return {
        "models": set(role.models) | set(role.snippets),
        "pages": {
            (language, 2, codename)
            for language in languages
            if name in roles_for_tree(language)
            for codename in role.pages
        },
        "collections": {(1, *spec) for spec in role.collections},
        "approves": role.approves,
    }


def page_permission(name: str, page: Page, codename: str) -> GroupPagePermission:
    return GroupPagePermission.objects.create(
        group=Group.objects.get(name=name),
        page=page,
        permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
    )


@pytest.mark.parametrize("name", [EDITOR, PUBLISHER, TRANSLATOR])
def test_after_migrate_and_seed_each_role_holds_exactly_its_matrix(seeded, name):
    assert held(name) == matrix(name)


def test_the_matrix_keeps_each_role_to_its_work(seeded):
    """The matrix itself, where it matters most: who publishes, where, and that nobody
    bulk-deletes (0002's older matrix gave that to the Publicist at the root)."""
    assert roles_for_tree("sv") == [EDITOR, PUBLISHER]
    assert roles_for_tree("en") == roles_for_tree("fi") == [PUBLISHER, TRANSLATOR]
    assert [name for name, role in ROLES.items() if "publish_page" in role.pages] == [PUBLISHER]
    assert not GroupPagePermission.objects.filter(permission__codename="bulk_delete_page")
    assert not GroupPagePermission.objects.filter(group__name__in=ROLES, page__depth=1)


def test_the_matrix_keeps_snippets_to_each_role_s_languages(seeded):
    """Snippet permissions hold in the role's trees only (tests/test_snippet_roles.py checks the
    admin); none is granted outside that rule, so none counts in every language."""
    for role in ROLES.values():
        assert not {(app, model) for app, model, _ in role.models} & set(TRANSLATED_SNIPPETS)
    change_contact = ("pages", "person", "change_person")

    def languages(role: str) -> list[str]:
        return [c for c in ("sv", "en", "fi") if grants_in_language(role, change_contact, c)]

    assert languages(EDITOR) == ["sv"]
    assert languages(TRANSLATOR) == ["en", "fi"]
    assert languages(PUBLISHER) == ["sv", "en", "fi"]
    # The Översättare translates funding programmes and public records too (the guide says so).
    for model in ("fundingprogramme", "publicrecords"):
        assert ("pages", model, f"change_{model}") in ROLES[TRANSLATOR].snippets
    # Only the Publicist deletes; a permission held outside the matrix counts nowhere.
    deleting = [
        name for name, role in ROLES.items() if any("delete" in c for *_, c in role.snippets)
    ]
    assert deleting == [PUBLISHER]
    assert not grants_in_language(EDITOR, ("pages", "person", "delete_person"), "sv")
    assert grants_in_language("Webbansvariga", ("pages", "person", "delete_person"), "en")


def test_a_snippet_permission_missing_or_extra_is_synced_and_logged(seeded, role_log):
    translator = Group.objects.get(name=TRANSLATOR)
    translator.permissions.remove(Permission.objects.get(codename="change_fundingprogramme"))
    translator.permissions.add(Permission.objects.get(codename="delete_publicrecords"))

    sync_roles()

    assert held(TRANSLATOR) == matrix(TRANSLATOR)
    assert sorted(role_log) == [
        "Role Översättare: added pages.change_fundingprogramme",
        "Role Översättare: removed pages.delete_publicrecords",
    ]


def test_a_permission_not_in_the_matrix_is_removed_and_logged(seeded, role_log):
    swedish = HomePage.objects.get(locale__language_code="sv")
    Group.objects.get(name=EDITOR).permissions.add(
        Permission.objects.get(content_type__app_label="pages", codename="delete_person")
    )
    page_permission(EDITOR, swedish, "publish_page")
    page_permission(PUBLISHER, Page.get_first_root_node(), "bulk_delete_page")
    theme = Page.objects.get(slug=SWEDISH)
    page_permission(TRANSLATOR, theme, "change_page")
    GroupCollectionPermission.objects.create(
        group=Group.objects.get(name=TRANSLATOR),
        collection=Collection.get_first_root_node(),
        permission=Permission.objects.get(codename="change_image"),
    )
    GroupApprovalTask.objects.get(name=APPROVAL_TASK).groups.add(Group.objects.get(name=EDITOR))

    sync_roles()

    for name in ROLES:
        assert held(name) == matrix(name)
    assert sorted(role_log) == sorted(
        [
            "Role Redaktör: removed pages.delete_person",
            "Role Redaktör: removed publish_page on /start/",
            "Role Redaktör: removed as a reviewer in 'Godkännande av publicist'",
            "Role Publicist: removed bulk_delete_page on /",
            f"Role Översättare: removed change_page on {theme.url_path}",
            "Role Översättare: removed wagtailimages.change_image in collection Root",
        ]
    )


def test_a_permission_missing_from_a_role_is_added_and_logged(seeded, role_log):
    publisher = Group.objects.get(name=PUBLISHER)
    publisher.permissions.remove(Permission.objects.get(codename="change_sitesettings"))
    GroupPagePermission.objects.filter(
        group=publisher, page__locale__language_code="en", permission__codename="publish_page"
    ).delete()
    GroupCollectionPermission.objects.filter(
        group=publisher, permission__codename="change_document"
    ).delete()
    GroupApprovalTask.objects.get(name=APPROVAL_TASK).groups.remove(publisher)
    english_home = HomePage.objects.get(locale__language_code="en").url_path

    sync_roles()

    assert held(PUBLISHER) == matrix(PUBLISHER)
    assert sorted(role_log) == sorted(
        [
            "Role Publicist: added pages.change_sitesettings",
            f"Role Publicist: added publish_page on {english_home}",
            "Role Publicist: added wagtaildocs.change_document in collection Root",
            "Role Publicist: added as a reviewer in 'Godkännande av publicist'",
        ]
    )


def test_migrate_revokes_what_the_matrix_does_not_grant(seeded):
    """A deploy runs migrate: that alone brings an existing database to the matrix."""
    translator = Group.objects.get(name=TRANSLATOR)
    translator.permissions.add(Permission.objects.get(codename="change_sitesettings"))
    translator.permissions.remove(Permission.objects.get(codename="submit_translation"))

    call_command("migrate", verbosity=0)

    assert held(TRANSLATOR) == matrix(TRANSLATOR)


def test_a_second_sync_changes_and_logs_nothing(seeded, role_log):
    before = {name: held(name) for name in ROLES}
    assert sync_roles() == []
    assert sync_roles() == []
    assert role_log == []
    assert {name: held(name) for name in ROLES} == before


def test_a_missing_role_is_created_with_its_permissions(seeded, role_log):
    Group.objects.filter(name=TRANSLATOR).delete()
    sync_roles()
    assert held(TRANSLATOR) == matrix(TRANSLATOR)
    assert "Role Översättare: created the group" in role_log


def test_a_new_language_home_gets_exactly_its_roles(seeded):
    locale = Locale.objects.create(language_code="de")
    HomePageFactory(parent=Page.get_first_root_node(), locale=locale, slug="startseite")
    for name in ROLES:
        assert held(name) == matrix(name, languages=(*SEEDED_LANGUAGES, "de"))


def test_other_groups_and_superusers_are_left_alone(seeded, django_user_model):
    webmasters = Group.objects.create(name="Webbansvariga")
    webmasters.permissions.add(Permission.objects.get(codename="delete_person"))
    page_permission("Webbansvariga", Page.get_first_root_node(), "bulk_delete_page")
    GroupApprovalTask.objects.get(name=APPROVAL_TASK).groups.add(webmasters)
    admin = django_user_model.objects.create_superuser("admin-roles", password="x")

    sync_roles()

    assert webmasters.permissions.filter(codename="delete_person").exists()
    assert GroupPagePermission.objects.filter(group=webmasters).count() == 1
    assert GroupApprovalTask.objects.get(name=APPROVAL_TASK).groups.filter(pk=webmasters.pk)
    admin.refresh_from_db()
    assert admin.is_superuser and admin.has_perm("pages.delete_person")
