"""Store an axe report from the browser tests, for the accessibility statement to show
(pages.accessibility_checks)."""

import json
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from pages.accessibility_checks import record_run


class Command(BaseCommand):
    help = "Record the browser tests' axe report (tests/browser/artifacts/axe-report.json)."

    def add_arguments(self, parser):
        parser.add_argument("report", type=Path, help="the axe-report.json the tests wrote")

    def handle(self, *args, report, **options):
        try:
            run = record_run(json.loads(report.read_text(encoding="utf-8")))
        except (OSError, json.JSONDecodeError, ValidationError) as error:
            raise CommandError(f"{report}: {error}") from error
        self.stdout.write(
            f"Recorded {run.tool} on {run.checked_at:%Y-%m-%d %H:%M}: {run.pages_checked} pages "
            f"({', '.join(run.languages)}), {run.violations} violation(s)."
        )
