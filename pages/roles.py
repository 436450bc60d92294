"""Where in the page tree each editorial role works.

Redaktör writes in the Swedish tree (the source language); Översättare only in the other
languages' trees; Publicist publishes and moderates in every tree (translations are approved
like source pages); administrators do everything. The groups and their other permissions
(snippets, images, redirects, settings) are made by migration (0002, 0005). Page permissions
belong on each language's home page, which exists only once the site is seeded or a
translation creates it, so they are granted here: after ``migrate`` and whenever a home page
is created. Wagtail's explorer then opens each role at its own tree.
"""

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import post_save

from wagtail.models import GroupPagePermission, Page

from pages.permission_records import permission

EDITOR, PUBLISHER, TRANSLATOR = "Redaktör", "Publicist", "Översättare"
PAGE_PERMISSIONS = {
    EDITOR: ["add_page", "change_page", "lock_page", "unlock_page"],
    PUBLISHER: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    TRANSLATOR: ["add_page", "change_page"],
}


def roles_for_tree(language_code: str) -> list[str]:
    """The roles that work in the tree of ``language_code``."""
    if language_code == settings.LANGUAGE_CODE:
        return [EDITOR, PUBLISHER]
    return [TRANSLATOR, PUBLISHER]


def grant_tree_permissions(home: Page):
    """Give the roles of ``home``'s language their permissions on its tree."""
    for name in roles_for_tree(home.locale.language_code):
        group = Group.objects.filter(name=name).first()
        if group is None:  # a database migrated without the roles: nothing to grant
            continue
        for codename in PAGE_PERMISSIONS[name]:
            GroupPagePermission.objects.get_or_create(
                group=group, page=home, permission=permission(apps, "wagtailcore", "page", codename)
            )


def grant_all_trees(**kwargs):
    """post_migrate receiver: every language's home page (depth 2) gets its roles."""
    for home in Page.objects.filter(depth=2).select_related("locale"):
        grant_tree_permissions(home)


def grant_on_new_home(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new language tree (a translated home page) gets its roles."""
    if created and not raw and instance.depth == 2:
        grant_tree_permissions(instance)


def connect():
    from pages.models import HomePage

    post_save.connect(grant_on_new_home, sender=HomePage, dispatch_uid="roles-new-home")
