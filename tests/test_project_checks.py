"""Project-wide invariants: migrations match the models, and Django's checks are clean."""

import io

import pytest

from django.core.management import call_command


@pytest.mark.django_db
def test_no_model_changes_without_a_migration():
    out = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit_:  # makemigrations --check exits 1 when one is missing
        pytest.fail(f"Missing migration (exit {exit_.code}):\n{out.getvalue()}")


def test_system_checks_are_clean():
    call_command("check", "--fail-level", "WARNING")
