"""List pages whose translation is missing, incomplete, outdated or waiting to be published."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wagtail.models import Locale

from pages.translation_status import pending_translations


class Command(BaseCommand):
    help = "List pages that lack a translation or whose Swedish text changed since it was synced."

    def add_arguments(self, parser):
        parser.add_argument("--language", default="en", help="target language (default: en)")
        parser.add_argument(
            "--fail", action="store_true", help="exit with status 1 when anything is pending"
        )

    def handle(self, *args, language, fail, **options):
        try:
            source = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
            target = Locale.objects.get(language_code=language)
        except Locale.DoesNotExist as error:
            raise CommandError(f"No such locale: {error}") from error
        pending = pending_translations(source, target)
        for item in pending:
            detail = f", {item.untranslated} segment(s) untranslated" if item.untranslated else ""
            if item.source_changed_at:
                changed = timezone.localtime(item.source_changed_at)
                detail += f", source published {changed:%Y-%m-%d %H:%M}"
            self.stdout.write(f"{item.status_label}: {item.page.title} ({item.page.url}){detail}")
        self.stdout.write(f"{len(pending)} page(s) pending for '{language}'.")
        if pending and fail:
            raise SystemExit(1)
