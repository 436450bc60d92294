"""What the task worker has to do and what it did: tasks per status, the oldest one waiting, the
latest failures. For operators (docs/operations.md, Task worker); the admin has no view of the
queue."""

from django_tasks_db.models import DBTaskResult

from django.core.management.base import BaseCommand
from django.db.models import Count, Min
from django.utils import timezone


class Command(BaseCommand):
    help = "Show the task queue: tasks per status, the oldest waiting task, recent failures."

    def add_arguments(self, parser):
        parser.add_argument(
            "--failed", type=int, default=5, help="How many of the latest failures to list."
        )

    def handle(self, *args, failed: int, **options):
        counts = dict(DBTaskResult.objects.values_list("status").annotate(n=Count("id")).order_by())
        for status in ("READY", "RUNNING", "FAILED", "SUCCESSFUL"):
            self.stdout.write(f"{status.lower():<11} {counts.get(status, 0)}")
        oldest = DBTaskResult.objects.ready().aggregate(oldest=Min("enqueued_at"))["oldest"]
        if oldest is not None:
            waited = int((timezone.now() - oldest).total_seconds())
            self.stdout.write(f"oldest waiting task: enqueued {waited} s ago")
        for result in DBTaskResult.objects.failed().order_by("-finished_at")[:failed]:
            self.stdout.write(
                f"failed {result.finished_at:%Y-%m-%d %H:%M:%S} {result.task_path}: "
                f"{result.exception_class_path}"
            )
