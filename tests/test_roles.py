"""Editorial roles made by migration: editors submit, publishers publish, translators translate."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Page, Workflow

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(django_user_model):
    def make(group_name: str):
        user = django_user_model.objects.create_user(group_name.lower(), password="x")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def test_editor_edits_but_does_not_publish(seeded, member):
    page = Page.objects.get(slug="infrastruktur")
    permissions = page.permissions_for_user(member("Redaktör"))
    assert permissions.can_edit() and not permissions.can_publish()
    assert permissions.can_submit_for_moderation()


def test_publisher_publishes_and_approves_in_the_default_workflow(seeded, member):
    user = member("Publicist")
    page = Page.objects.get(slug="infrastruktur")
    assert page.permissions_for_user(user).can_publish()
    assert user.has_perm("pages.change_sitesettings")
    workflow = Workflow.objects.get(active=True)
    approvers = {group.name for task in workflow.tasks.specific() for group in task.groups.all()}
    assert "Publicist" in approvers


def test_translator_may_submit_translations_and_edit_pages(seeded, member):
    user = member("Översättare")
    assert user.has_perm("wagtail_localize.submit_translation")
    assert user.has_perm("wagtailadmin.access_admin")
    assert Page.objects.get(slug="infrastructure").permissions_for_user(user).can_edit()
    assert not Page.objects.get(slug="infrastructure").permissions_for_user(user).can_publish()
