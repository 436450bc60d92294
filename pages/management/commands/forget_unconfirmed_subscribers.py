"""Erase the e-mail addresses signed up for news but not confirmed within
SUBSCRIPTION_CONFIRM_DAYS (the period the privacy page states). Run it daily
(docs/operations.md, News subscriptions)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from pages.subscriptions import erase_unconfirmed


class Command(BaseCommand):
    help = "Radera e-postadresser som inte har bekräftat sin prenumeration i tid."

    def handle(self, *args, **options):
        erased = erase_unconfirmed()
        self.stdout.write(
            f"{erased} obekräftade adresser äldre än {settings.SUBSCRIPTION_CONFIRM_DAYS} dagar "
            "har raderats."
        )
