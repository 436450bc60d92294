"""Roles that match the work (issue 9): Wagtail's leftover English groups go; the moderation
workflow and its task get Swedish names. Permissions: pages.roles, synced after migrate (page
permissions per language tree, the Publicist as the task's only approver); this migration once
moved and granted them itself."""

from django.db import migrations

LEFTOVER_GROUPS = ["Editors", "Moderators"]
WORKFLOW_NAME = "Granskning före publicering"
TASK_NAME = "Godkännande av publicist"


def forwards(apps, schema_editor):
    """Groups and names only; permissions: pages.roles, synced after migrate."""
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")

    Group.objects.filter(name__in=LEFTOVER_GROUPS).delete()
    Workflow.objects.filter(name="Moderators approval").update(name=WORKFLOW_NAME)
    Task.objects.filter(name="Moderators approval").update(name=TASK_NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_news_date_index"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
