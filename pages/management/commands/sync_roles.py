"""Make the editorial groups' permissions equal to pages.roles now, as every migrate does: after
someone changed a role's permissions in the admin, or to see whether anyone has."""

from django.core.management.base import BaseCommand

from pages.roles import sync_roles


class Command(BaseCommand):
    help = "Make the Redaktör, Publicist and Översättare groups' permissions equal to pages.roles."

    def handle(self, *args, **options):
        changes = len(sync_roles())  # each change is logged (pages.roles)
        self.stdout.write(f"{changes} changes made." if changes else "The roles already match.")
