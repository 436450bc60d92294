"""The interface-string catalogues are complete, current and compiled."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = sorted((ROOT / "locale").glob("*/LC_MESSAGES/*.po"))
# As `make messages` runs it (every locale but sv; with --all, Django ignores --exclude):
# locale/sv/ is the admin catalogue, kept by scripts/admin_catalogue.py.
MAKEMESSAGES_ARGS = ["--exclude=sv", "--no-location", "--no-obsolete"]


def test_every_site_language_but_the_source_has_a_catalogue():
    from django.conf import settings

    for code, _name in settings.LANGUAGES:
        if code != settings.LANGUAGE_CODE:
            assert ROOT / f"locale/{code}/LC_MESSAGES/django.po" in CATALOGUES, code


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: f"{p.parts[-3]}-{p.stem}")
def test_every_entry_is_translated_and_none_is_fuzzy(po_path):
    catalogue = polib.pofile(str(po_path))
    assert not catalogue.metadata_is_fuzzy, "the header is marked fuzzy"
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert [e.msgid for e in catalogue.obsolete_entries()] == []


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: f"{p.parts[-3]}-{p.stem}")
def test_compiled_catalogue_matches_its_source(po_path):
    mo_path = po_path.with_suffix(".mo")
    assert mo_path.exists(), f"{mo_path} missing: run `make messages`"
    source = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(po_path)) if e.translated()}
    compiled = {(e.msgctxt, e.msgid): e.msgstr for e in polib.mofile(str(mo_path)) if e.msgid}
    assert compiled == source, "the .mo is stale: run `make messages`"


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path):
    """Re-extract the strings into a copy of the project and compare with the committed one."""
    if not shutil.which("xgettext"):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("xgettext (GNU gettext) is needed under CI")
        pytest.skip("xgettext not found: install gettext (apt-get install gettext)")
    for name in ("manage.py", "pages", "regionsite", "templates", "locale"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / name)
    subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "makemessages", *MAKEMESSAGES_ARGS],
        cwd=tmp_path,
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "regionsite.settings.test"},
    )
    for po_path in CATALOGUES:
        fresh = polib.pofile(str(tmp_path / po_path.relative_to(ROOT)))
        committed = polib.pofile(str(po_path))
        fresh_ids = {(e.msgctxt, e.msgid) for e in fresh}
        committed_ids = {(e.msgctxt, e.msgid) for e in committed if not e.obsolete}
        assert fresh_ids - committed_ids == set(), "strings missing: run `make messages`"
        assert committed_ids - fresh_ids == set(), "stale strings: run `make messages`"
