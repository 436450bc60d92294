"""List pages whose translation is missing, incomplete, outdated or waiting to be published."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from wagtail.models import Locale

from pages.translation_status import pending_translations


class Command(BaseCommand):
    help = "Sidor som saknar översättning eller vars svenska text har ändrats sedan den synkades."

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
            raise CommandError(
                _("Språket finns inte på webbplatsen: %(language)s") % {"language": language}
            ) from error
        pending = pending_translations(source, target)
        for item in pending:
            detail = ""
            if item.untranslated:
                detail = ngettext(
                    ", %(count)s textavsnitt kvar att översätta",
                    ", %(count)s textavsnitt kvar att översätta",
                    item.untranslated,
                ) % {"count": item.untranslated}
            if item.source_changed_at:
                changed = timezone.localtime(item.source_changed_at)
                detail += _(", den svenska sidan publicerad %(when)s") % {
                    "when": f"{changed:%Y-%m-%d %H:%M}"
                }
            self.stdout.write(f"{item.status_label}: {item.page.title} ({item.page.url}){detail}")
        self.stdout.write(
            ngettext(
                "%(count)s sida att göra på språket %(language)s.",
                "%(count)s sidor att göra på språket %(language)s.",
                len(pending),
            )
            % {"count": len(pending), "language": language}
        )
        if pending and fail:
            raise SystemExit(1)
