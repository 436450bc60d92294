"""The editorial roles and everything each may do, in one matrix that the database is made equal to.

Redaktör writes in the Swedish tree (the source language); Översättare only in the other
languages' trees; Publicist publishes and moderates in every tree (translations are approved
like source pages); administrators do everything. ``ROLES`` is the only place a role's
permissions are written down: its model permissions (the admin itself, settings, redirects,
promoted results, feedback), its permissions on the translatable snippets (which hold only in
the languages of its trees, as its page permissions do: ``pages/snippet_roles.py`` asks
``grants_in_language``), its image and document permissions (on the root collection, so in
every collection), its page permissions (on the home page of each language tree it works in:
Wagtail's explorer then opens each role at its own tree) and whether it approves in the
moderation workflow.

``sync_roles`` makes each role's group equal to the matrix: what is missing is added, what is
not in it is removed, one log line per change, nothing when they already match. It runs after
every ``migrate`` (so a deploy applies an edit of the matrix, a removal included) and whenever a
language's home page is created; ``manage.py sync_roles`` runs it by hand. The migrations that
once granted these permissions (0002, 0005, 0009, 0010) no longer do. Superusers and other
groups are not touched.
"""

import logging
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_migrate, post_save

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

from pages.permission_records import permission

logger = logging.getLogger(__name__)

EDITOR, PUBLISHER, TRANSLATOR = "Redaktör", "Publicist", "Översättare"
# The moderation workflow's task (named so by migration 0005); other tasks are the admins'.
APPROVAL_TASK = "Godkännande av publicist"
SOURCE_TREE, TRANSLATED_TREES, EVERY_TREE = "source", "translated", "every"

PermissionSpec = tuple[str, str, str]  # app label, model, codename


def model_permissions(app_label: str, model: str, *actions: str) -> tuple[PermissionSpec, ...]:
    return tuple((app_label, model, f"{action}_{model}") for action in actions)


# The translatable snippets (app label, model): a role's permissions on them hold only in the
# languages of its trees. Each is registered with the per-language viewset (pages/snippet_roles.py).
TRANSLATED_SNIPPETS = (
    ("pages", "person"),
    ("pages", "organisation"),
    ("pages", "fundingprogramme"),
    ("pages", "publicrecords"),
)


def snippet_permissions(models, *actions: str) -> tuple[PermissionSpec, ...]:
    return tuple(spec for app, model in models for spec in model_permissions(app, model, *actions))


@dataclass(frozen=True)
class Role:
    trees: str  # where its page permissions apply: SOURCE_TREE, TRANSLATED_TREES or EVERY_TREE
    pages: tuple[str, ...]  # wagtailcore.page codenames, on each of its trees' home pages
    collections: tuple[PermissionSpec, ...]  # on the root collection
    models: tuple[PermissionSpec, ...]
    snippets: tuple[PermissionSpec, ...] = ()  # on TRANSLATED_SNIPPETS, in its trees' languages
    approves: bool = False  # a reviewer in the moderation workflow's APPROVAL_TASK


ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")

ROLES = {
    EDITOR: Role(
        trees=SOURCE_TREE,
        pages=("add_page", "change_page", "lock_page", "unlock_page"),
        collections=(
            *model_permissions("wagtailimages", "image", "add", "choose"),
            *model_permissions("wagtaildocs", "document", "add", "choose"),
        ),
        models=(ADMIN_ACCESS, *model_permissions("pages", "feedback", "view", "change")),
        # In Swedish only. Public records are the Publicists' (the registrar's words).
        snippets=snippet_permissions(
            [("pages", "person"), ("pages", "organisation"), ("pages", "fundingprogramme")],
            "add",
            "change",
        ),
    ),
    PUBLISHER: Role(
        trees=EVERY_TREE,
        pages=("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
        collections=(
            *model_permissions("wagtailimages", "image", "add", "change", "choose"),
            *model_permissions("wagtaildocs", "document", "add", "change", "choose"),
        ),
        models=(
            ADMIN_ACCESS,
            *model_permissions("pages", "sitesettings", "change"),
            *model_permissions("pages", "feedback", "view", "change"),
            # The subscribers' addresses, for a legal request (pages/subscription_admin.py).
            *model_permissions("pages", "subscriber", "export"),
            *model_permissions("wagtailredirects", "redirect", "add", "change", "delete"),
            *model_permissions(
                "wagtailsearchpromotions", "searchpromotion", "add", "change", "delete"
            ),
        ),
        snippets=snippet_permissions(TRANSLATED_SNIPPETS, "add", "change", "delete"),
        approves=True,
    ),
    TRANSLATOR: Role(
        trees=TRANSLATED_TREES,
        pages=("add_page", "change_page"),
        collections=(
            *model_permissions("wagtailimages", "image", "choose"),
            *model_permissions("wagtaildocs", "document", "choose"),
        ),
        models=(ADMIN_ACCESS, ("wagtail_localize", "translation", "submit_translation")),
        # Translations only (English, Finnish …): never the Swedish source.
        snippets=snippet_permissions(TRANSLATED_SNIPPETS, "add", "change"),
    ),
}


def roles_for_tree(language_code: str) -> list[str]:
    """The roles that work in the tree of ``language_code``."""
    trees = {EVERY_TREE}
    trees.add(SOURCE_TREE if language_code == settings.LANGUAGE_CODE else TRANSLATED_TREES)
    return [name for name, role in ROLES.items() if role.trees in trees]


def grants_in_language(group_name: str, spec: PermissionSpec, language_code: str) -> bool:
    """Whether the group ``group_name``, holding the permission ``spec``, gives it in
    ``language_code``: a role's snippet permissions count in its trees' languages only (and
    nothing outside the matrix counts, even before ``sync_roles`` takes it back); other
    groups are the administrators' and count everywhere."""
    role = ROLES.get(group_name)
    if role is None:
        return True
    if spec in role.snippets:
        return group_name in roles_for_tree(language_code)
    return spec in role.models


# --- Making the database equal to ROLES ---------------------------------------------------------


def sync_roles() -> list[str]:
    """Make every role's group hold exactly its permissions in ``ROLES`` (the group is created
    if missing). Returns the changes, each also logged; an empty list when nothing changed."""
    changes = []
    homes = list(Page.objects.filter(depth=2).select_related("locale"))  # one per language
    root_collection = Collection.objects.filter(depth=1).first()
    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK).first()
    for name, role in ROLES.items():
        group, created = Group.objects.get_or_create(name=name)
        if created:
            changes.append(_log(group, "created the group"))
        changes += _sync_model_permissions(group, role)
        changes += _sync_page_permissions(group, homes)
        changes += _sync_collection_permissions(group, role, root_collection)
        if task is not None:
            changes += _sync_approval(group, role, task)
    return changes


def _log(group: Group, change: str) -> str:
    logger.info("Role %s: %s", group.name, change)
    return f"{group.name}: {change}"


def _label(record: Permission) -> str:
    return f"{record.content_type.app_label}.{record.codename}"


def _permission_records(specs) -> dict[PermissionSpec, Permission]:
    """The rows of ``specs`` in one query; a row Django has not made yet is made."""
    found = {
        (record.content_type.app_label, record.content_type.model, record.codename): record
        for record in Permission.objects.filter(
            codename__in={codename for _, _, codename in specs}
        ).select_related("content_type")
    }
    return {spec: found.get(spec) or permission(apps, *spec) for spec in specs}


def _sync_model_permissions(group: Group, role: Role) -> list[str]:
    wanted = set(_permission_records(role.models + role.snippets).values())
    held = set(group.permissions.select_related("content_type"))
    missing, extra = wanted - held, held - wanted
    group.permissions.add(*missing)
    group.permissions.remove(*extra)
    return [_log(group, f"added {_label(record)}") for record in sorted(missing, key=_label)] + [
        _log(group, f"removed {_label(record)}") for record in sorted(extra, key=_label)
    ]


def _sync_page_permissions(group: Group, homes: list[Page]) -> list[str]:
    records = _permission_records([("wagtailcore", "page", c) for c in ROLES[group.name].pages])
    wanted = {
        (home.pk, record.pk): (
            f"{codename} on {home.url_path}",
            {"page": home, "permission": record},
        )
        for home in homes
        if group.name in roles_for_tree(home.locale.language_code)
        for (_, _, codename), record in records.items()
    }
    held = {
        (row.page_id, row.permission_id): row
        for row in GroupPagePermission.objects.filter(group=group).select_related(
            "page", "permission"
        )
    }
    return _reconcile(
        group,
        GroupPagePermission,
        wanted,
        held,
        lambda row: f"{row.permission.codename} on {row.page.url_path}",
    )


def _sync_collection_permissions(group: Group, role: Role, root: Collection | None) -> list[str]:
    wanted = {}
    if root is not None:  # none only in a database emptied by flush
        wanted = {
            (root.pk, record.pk): (
                f"{_label(record)} in collection {root.name}",
                {"collection": root, "permission": record},
            )
            for record in _permission_records(role.collections).values()
        }
    held = {
        (row.collection_id, row.permission_id): row
        for row in GroupCollectionPermission.objects.filter(group=group).select_related(
            "collection", "permission__content_type"
        )
    }
    return _reconcile(
        group,
        GroupCollectionPermission,
        wanted,
        held,
        lambda row: f"{_label(row.permission)} in collection {row.collection.name}",
    )


def _reconcile(group: Group, model, wanted: dict, held: dict, describe) -> list[str]:
    """Make ``group``'s rows of ``model`` (page or collection permissions) the ``wanted`` ones:
    each wanted key maps to (what it is, the row's fields), each held key to its row."""
    changes = []
    for key in sorted(wanted.keys() - held.keys()):
        what, fields = wanted[key]
        model.objects.create(group=group, **fields)
        changes.append(_log(group, f"added {what}"))
    for key in sorted(held.keys() - wanted.keys()):
        held[key].delete()
        changes.append(_log(group, f"removed {describe(held[key])}"))
    return changes


def _sync_approval(group: Group, role: Role, task: GroupApprovalTask) -> list[str]:
    approves = task.groups.filter(pk=group.pk).exists()
    if role.approves and not approves:
        task.groups.add(group)
        return [_log(group, f"added as a reviewer in {task.name!r}")]
    if approves and not role.approves:
        task.groups.remove(group)
        return [_log(group, f"removed as a reviewer in {task.name!r}")]
    return []


# --- When ---------------------------------------------------------------------------------------


def sync_after_migrate(sender, **kwargs):
    """post_migrate receiver: once per ``migrate`` (and ``flush``), for the last app, when
    the apps the roles use have their content types and permissions."""
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is with_models[-1]:
        sync_roles()


def sync_on_new_home(sender, instance, created, raw=False, **kwargs):
    """post_save receiver: a new language tree (a translated home page) gets its roles."""
    if created and not raw and instance.depth == 2:
        sync_roles()


def connect():
    from pages.models import HomePage

    post_migrate.connect(sync_after_migrate, dispatch_uid="roles-sync-after-migrate")
    post_save.connect(sync_on_new_home, sender=HomePage, dispatch_uid="roles-new-home")
