"""Wagtail's tree root is titled "Root"; superusers see it in the explorer's breadcrumbs, in an
otherwise Swedish admin. It holds one home page per language."""

from django.db import migrations


def title_in_swedish(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Page.objects.filter(depth=1, title="Root").update(title="Alla språk", draft_title="Alla språk")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0014_accessibility_statement_service_name_and_assessment"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(title_in_swedish, migrations.RunPython.noop)]
