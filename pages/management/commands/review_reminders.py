"""Remind content owners of their pages due for review: one e-mail per owner's address,
listing each page with the reason and a link to edit it. Run it daily (docs/operations.md);
an owner hears again every day until the pages are reviewed, so ``--only-on`` can restrict
the sending to one weekday (1 = Monday) while the daily run still logs what is due."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from pages.review import due_by_owner_email, due_reviews

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = "E-posta innehållsansvariga om sidor som behöver granskas."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Skriv ut, skicka inget.")
        parser.add_argument(
            "--only-on",
            type=int,
            choices=range(1, 8),
            help="Skicka bara på denna veckodag (1 = måndag).",
        )

    def handle(self, *args, dry_run=False, only_on=None, **options):
        with translation.override(settings.LANGUAGE_CODE):
            due = due_reviews()
            by_email = due_by_owner_email()
            unowned = sum(1 for item in due if item.owner is None or not item.owner.email)
            sending = not dry_run and (
                only_on is None or timezone.localdate().isoweekday() == only_on
            )
            for email, items in sorted(by_email.items()):
                subject, body = self.message(items)
                if sending:
                    send_mail(subject, body, None, [email])
                else:
                    self.stdout.write(f"--- {email}\n{subject}\n\n{body}\n")
            logger.info(
                "Review reminders: %s pages due, %s owners %s, %s pages without an owner's address",
                len(due),
                len(by_email),
                "e-mailed" if sending else "not e-mailed",
                unowned,
            )
            self.stdout.write(
                _(
                    "%(due)s sidor att granska, %(owners)s ansvariga, "
                    "%(unowned)s utan ansvarigs e-post."
                )
                % {"due": len(due), "owners": len(by_email), "unowned": unowned}
            )

    def message(self, items) -> tuple[str, str]:
        subject = ngettext(
            "%(count)s sida att granska på webbplatsen",
            "%(count)s sidor att granska på webbplatsen",
            len(items),
        ) % {"count": len(items)}
        lines = [
            _("Hej!"),
            "",
            _(
                "Du är innehållsansvarig för sidor på webbplatsen Internationell samverkan som "
                "behöver granskas. Läs igenom varje sida, rätta det som behövs och ange dagens "
                "datum under Inställningar → Senast granskad."
            ),
            "",
        ]
        for item in items:
            edit = settings.WAGTAILADMIN_BASE_URL + reverse(
                "wagtailadmin_pages:edit", args=[item.page.pk]
            )
            lines += [f"• {item.page.title} ({', '.join(item.reasons)})", f"  {edit}"]
        lines += [
            "",
            _("Alla sidor att granska: %(url)s")
            % {"url": settings.WAGTAILADMIN_BASE_URL + reverse("regionsite_review_report")},
        ]
        return subject, "\n".join(lines)
