"""Erase the names and e-mail addresses in feedback older than FEEDBACK_RETENTION_DAYS (the
period the privacy page states). Run it daily (docs/operations.md)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from pages.feedback import forget_contacts


class Command(BaseCommand):
    help = "Radera namn och e-post i synpunkter äldre än lagringstiden."

    def handle(self, *args, **options):
        erased = forget_contacts()
        self.stdout.write(
            f"{erased} synpunkter äldre än {settings.FEEDBACK_RETENTION_DAYS} dagar "
            "har fått namn och e-post raderade."
        )
