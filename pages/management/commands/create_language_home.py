"""Start a further language's basic-information page (pages.language_homes): a draft home page
in that language for editors to write and publish. See docs/languages.md."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from pages.language_homes import create_language_home
from pages.models import HomePage


class Command(BaseCommand):
    help = "Create a draft home page (basic information) for a language in LANGUAGES."

    def add_arguments(self, parser):
        parser.add_argument("language", help="a code in settings.LANGUAGES, e.g. fit")
        parser.add_argument("--title", required=True, help="the page title, in the language")

    def handle(self, *args, language, title, **options):
        if language not in dict(settings.LANGUAGES) or language == settings.LANGUAGE_CODE:
            raise CommandError(f"{language!r} is not a further language in settings.LANGUAGES.")
        source = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
        if source is None:
            raise CommandError("There is no Swedish home page yet (run seed_content).")
        home = create_language_home(source, language, title=title)
        state = "live" if home.live else "a draft"
        self.stdout.write(f"The {language} home page {home.title!r} (id {home.pk}) is {state}.")
