"""A real task worker: production and development queue tasks in the database, and the worker
(`make worker`, `manage.py db_worker`) runs them; `--batch` drains the queue and exits."""

import os
import re
import tempfile
from pathlib import Path

from tests.live_site import ROOT, manage, shell
from tests.production import PRODUCTION_ENV, run_django

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
