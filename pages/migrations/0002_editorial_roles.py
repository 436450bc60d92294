"""The editorial roles: Redaktör (edits, submits for moderation), Publicist (publishes) and
Översättare (translates). Permissions are created here if Django has not made them yet, as it
only does so after all migrations have run."""

from django.db import migrations

from pages.permission_records import permission

PAGE_PERMISSIONS = {
    "Redaktör": ["add_page", "change_page", "lock_page", "unlock_page"],
    "Publicist": ["add_page", "change_page", "publish_page", "lock_page", "unlock_page",
                  "bulk_delete_page"],
    "Översättare": ["add_page", "change_page"],
}
COLLECTION_PERMISSIONS = {
    "Redaktör": ["add_image", "choose_image", "add_document", "choose_document"],
    "Publicist": ["add_image", "change_image", "choose_image", "add_document",
                  "change_document", "choose_document"],
    "Översättare": ["choose_image", "choose_document"],
}
MODEL_PERMISSIONS = {
    "Redaktör": [("pages", "person", "add"), ("pages", "person", "change"),
                 ("pages", "organisation", "add"), ("pages", "organisation", "change")],
    "Publicist": [("pages", "person", "add"), ("pages", "person", "change"),
                  ("pages", "person", "delete"), ("pages", "organisation", "add"),
                  ("pages", "organisation", "change"), ("pages", "organisation", "delete"),
                  ("pages", "sitesettings", "change"), ("wagtailredirects", "redirect", "add"),
                  ("wagtailredirects", "redirect", "change"),
                  ("wagtailredirects", "redirect", "delete")],
    "Översättare": [("pages", "person", "add"), ("pages", "person", "change"),
                    ("pages", "organisation", "add"), ("pages", "organisation", "change"),
                    ("wagtail_localize", "translation", "submit")],
}
CODENAMES = {("wagtail_localize", "translation", "submit"): "submit_translation"}
ADMIN_ACCESS = ("wagtailadmin", "admin", "access_admin")


def create_roles(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for name in PAGE_PERMISSIONS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(permission(apps, *ADMIN_ACCESS))
        for app_label, model, action in MODEL_PERMISSIONS[name]:
            codename = CODENAMES.get((app_label, model, action), f"{action}_{model}")
            group.permissions.add(permission(apps, app_label, model, codename))
        if root_page:
            for codename in PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page,
                    permission=permission(apps, "wagtailcore", "page", codename),
                )
        if root_collection:
            for codename in COLLECTION_PERMISSIONS[name]:
                model = codename.split("_", 1)[1]
                app_label = "wagtailimages" if model == "image" else "wagtaildocs"
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection,
                    permission=permission(apps, app_label, model, codename),
                )

    # Publicists approve what editors submit in Wagtail's default moderation workflow.
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    publicists = Group.objects.get(name="Publicist")
    for task in GroupApprovalTask.objects.all():
        task.groups.add(publicists)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=PAGE_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
