"""Create the local development admin account. Refuses to run unless DEBUG is on."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEV_USERNAME = "admin"
DEV_PASSWORD = "utveckling-endast"  # noqa: S105 - documented, development only


class Command(BaseCommand):
    help = "Create the development-only admin account (admin / utveckling-endast)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("create_dev_admin is for local development only (DEBUG is off).")
        User = get_user_model()
        if User.objects.filter(username=DEV_USERNAME).exists():
            self.stdout.write("Development admin already exists.")
            return
        User.objects.create_superuser(DEV_USERNAME, "admin@example.invalid", DEV_PASSWORD)
        self.stdout.write(self.style.SUCCESS("Development admin created."))
