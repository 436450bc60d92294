"""Roles that match the work (issue 9): page permissions move from the root to each language's
tree (granted by pages.roles after migrate and when a home page is created); Wagtail's
leftover English groups go; the moderation workflow and its task get Swedish names, with the
Publicist as the only approver; editors keep the funding programmes, publishers also the
promoted search results."""

from django.db import migrations

from pages.permission_records import permission

ROLES = ["Redaktör", "Publicist", "Översättare"]
LEFTOVER_GROUPS = ["Editors", "Moderators"]
WORKFLOW_NAME = "Granskning före publicering"
TASK_NAME = "Godkännande av publicist"
MODEL_PERMISSIONS = {
    "Redaktör": [
        ("pages", "fundingprogramme", "add_fundingprogramme"),
        ("pages", "fundingprogramme", "change_fundingprogramme"),
    ],
    "Publicist": [
        ("pages", "fundingprogramme", "add_fundingprogramme"),
        ("pages", "fundingprogramme", "change_fundingprogramme"),
        ("pages", "fundingprogramme", "delete_fundingprogramme"),
        ("wagtailsearchpromotions", "searchpromotion", "add_searchpromotion"),
        ("wagtailsearchpromotions", "searchpromotion", "change_searchpromotion"),
        ("wagtailsearchpromotions", "searchpromotion", "delete_searchpromotion"),
    ],
}


def forwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    # Root-level page permissions reached every language; pages.roles grants per tree.
    GroupPagePermission.objects.filter(group__name__in=ROLES, page__depth=1).delete()
    Group.objects.filter(name__in=LEFTOVER_GROUPS).delete()

    for name, permissions in MODEL_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is not None:
            group.permissions.add(*(permission(apps, *spec) for spec in permissions))

    Workflow.objects.filter(name="Moderators approval").update(name=WORKFLOW_NAME)
    Task.objects.filter(name="Moderators approval").update(name=TASK_NAME)
    publicists = Group.objects.filter(name="Publicist").first()
    for task in GroupApprovalTask.objects.all():
        if publicists is not None and not task.groups.exists():
            task.groups.add(publicists)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_news_date_index"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
