"""Wagtail's reference index, updated by the task worker without failing on rows that are gone.

Wagtail queues ``update_reference_index_task`` for every saved row it tracks, a page's inline
rows (its contacts, its partners) included, and the task looks the row up by id. modelcluster
replaces a page's inline rows each time the page is saved, so by the time the worker runs, a
row saved twice (a draft, then its publication; the seed) is gone, and Wagtail's task fails
with ``DoesNotExist``: about 25 failures after a fresh seed, and one more each time an editor
saves a page with contacts twice before the worker runs. Nothing is lost (the page's own task
indexes the page and the rows it has now), but the queue's failures are an operator's alarm
(``manage.py task_queue``), so they must mean something.

So Wagtail's signal handler is given this task instead (``connect``), which skips a row that
no longer exists and otherwise does exactly what Wagtail's does. docs/upgrading.md lists the
seam.
"""

from django_tasks import task

from django.core.exceptions import ObjectDoesNotExist

from wagtail import signal_handlers
from wagtail.tasks import update_reference_index_task as wagtails_task


@task()
def update_reference_index(app_label, model_name, pk):
    try:
        wagtails_task.func(app_label, model_name, pk)
    except ObjectDoesNotExist:
        pass  # deleted or replaced since it was saved: the save that replaced it was queued


def connect():
    signal_handlers.update_reference_index_task = update_reference_index
