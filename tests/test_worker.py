"""A real task worker: production and development queue tasks in the database, and the worker
(`make worker`, `manage.py db_worker`) runs them; `--batch` drains the queue and exits."""

import os
import re
import tempfile
from pathlib import Path

import pytest
from django_tasks_db.models import DBTaskResult

from wagtail.models import ReferenceIndex

from pages.models import Person, ThemePage
from pages.models.themes import ThemePageContact
from tests.live_site import ROOT, manage, shell
from tests.production import PRODUCTION_ENV, run_django
from tests.test_subscriptions import run_worker, task_queue  # noqa: F401 - a fixture

PRINT_BACKEND = "from django.conf import settings; print(settings.TASKS['default']['BACKEND'])"


def test_production_and_development_queue_tasks_in_the_database():
    for settings in ("production", "dev"):
        result = run_django(
            ["shell", "--no-imports", "-c", PRINT_BACKEND], PRODUCTION_ENV, settings=settings
        )
        assert result.stdout.strip() == "django_tasks_db.DatabaseBackend", result.stderr


def test_make_worker_runs_the_database_worker_with_its_arguments():
    makefile = (ROOT / "Makefile").read_text()
    recipe = re.search(r"^worker:.*\n\t(.+)$", makefile, flags=re.MULTILINE).group(1)
    assert recipe == "$(MANAGE) db_worker $(ARGS)"
    # `make run` starts one beside the development server.
    assert "db_worker --no-reload" in makefile.split("\nrun:", 1)[1].split("\nworker:", 1)[0]


def test_the_worker_in_batch_mode_drains_the_queue_and_exits():
    """A task queued by one process waits in the database until a worker runs it; the queue
    command shows it waiting, then done."""
    # SQLite: migrating a new PostgreSQL database takes a minute; the worker's own PostgreSQL
    # path runs in tests/test_subscriptions.py's end-to-end test.
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "regionsite.settings.dev"}
        env["DATABASE_URL"] = f"sqlite:///{Path(tmp) / 'worker.sqlite3'}"
        manage(env, "migrate", "--noinput", "-v0")
        task_id = shell(
            env,
            "import json; from wagtail.tasks import update_reference_index_task as t; "
            "print(json.dumps(str(t.enqueue('wagtailcore', 'page', 1).id)))",
        )
        waiting = manage(env, "task_queue").stdout.decode()
        assert "ready       1" in waiting and "oldest waiting task" in waiting

        worker = manage(env, "db_worker", "--batch", "--no-startup-delay", "-v0")
        assert worker.returncode == 0

        done = manage(env, "task_queue").stdout.decode()
        assert "ready       0" in done and "successful  1" in done, done
        status = shell(
            env,
            "import json; from django_tasks_db.models import DBTaskResult; "
            f"print(json.dumps(DBTaskResult.objects.get(id='{task_id}').status))",
        )
        assert status == "SUCCESSFUL"


@pytest.mark.usefixtures("task_queue")
def test_a_page_saved_twice_before_the_worker_runs_leaves_no_failed_task(seeded):
    """modelcluster replaces a page's inline rows on every save, so the first save's rows are
    gone when the worker runs. Wagtail's reference-index task failed on each of them
    (DoesNotExist: 25 failures after a fresh seed, seen in the image's smoke test); the site's
    skips them, and the page's references are indexed from its current rows."""
    theme = ThemePage.objects.get(slug="infrastruktur", locale__language_code="sv")
    person = Person.objects.filter(locale=theme.locale).first()
    for title in ("Infrastruktur", "Infrastruktur och transporter"):
        theme.title = title
        theme.contact_links = [ThemePageContact(person=person)]
        theme.save_revision().publish()
    gone = [t for t in DBTaskResult.objects.ready() if "themepagecontact" in str(t.args_kwargs)]
    assert gone, "the first save's contact row has a task of its own"
    run_worker()  # fails on any failed task
    references = ReferenceIndex.get_references_for_object(theme)
    assert references.filter(to_object_id=str(person.pk)).exists()
