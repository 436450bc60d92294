"""The operator's way back in for a superuser who lost both phone and recovery codes (and so
cannot reach the admin to have a colleague reset them): remove the account's second factors;
its next login starts a new enrolment."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from regionsite.two_factor import devices


class Command(BaseCommand):
    help = "Remove an account's second factors (authenticator app, recovery codes)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(**{get_user_model().USERNAME_FIELD: username})
        user = user.first()
        if user is None:
            raise CommandError(f"No account named {username!r}.")
        removed = devices.reset(user, by="manage.py reset_two_factor")
        self.stdout.write(
            f"Removed {removed} device(s) of {username}: the next login starts a new enrolment."
        )
