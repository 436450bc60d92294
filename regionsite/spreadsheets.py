"""Every CSV the site writes goes through here, so that no cell runs as a formula.

A cell that starts with =, +, -, @, a tab or a carriage return (or the full-width forms that
spreadsheets also read) is a formula to Excel and LibreOffice: feedback from a visitor, a page
title or a name could otherwise open links or run commands on a staff member's computer
(OWASP: CSV injection). Such a cell is written with a leading apostrophe, which spreadsheets
show as text. Numbers, dates and empty cells are left alone.

Our own exports use ``writer``/``DictWriter``; Wagtail's (reports, snippet listings: its
SpreadsheetExportMixin) get the same rule by ``install_in_wagtail``, called at start-up. Its XLSX
export already stores formulas as text.
"""

import csv
import datetime
from functools import wraps

from django.utils import timezone
from django.utils.translation import gettext as _

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class _SafeWriter:
    def __init__(self, out, **options):
        self._writer = csv.writer(out, **options)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(out, **options) -> _SafeWriter:
    """``csv.writer`` whose cells cannot be formulas."""
    return _SafeWriter(out, **options)


class DictWriter(csv.DictWriter):
    """``csv.DictWriter`` whose cells cannot be formulas."""

    def writerow(self, rowdict):
        return super().writerow({key: safe_cell(value) for key, value in rowdict.items()})


def readable(value):
    """A CSV cell as a person reads it, in the admin's language: yes/no for booleans, nothing
    for no value, local time to the minute for a moment (Wagtail wrote "False", "None" and UTC
    with microseconds)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(_("ja") if value else _("nej"))
    if isinstance(value, datetime.datetime):
        moment = timezone.localtime(value) if timezone.is_aware(value) else value
        return moment.strftime("%Y-%m-%d %H:%M")
    return value


def install_in_wagtail() -> None:
    """Wagtail turns each value into a cell in ``preprocess_field_value``; neutralise its CSV
    cells there (an internal of Wagtail's: docs/upgrading.md says what to check)."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "neutralises_formulas", False):
        return

    @wraps(original)
    def preprocess_field_value(self, field, value, export_format):
        if export_format != self.FORMAT_CSV:  # XLSX keeps dates as dates and texts as texts
            return original(self, field, value, export_format)
        return safe_cell(original(self, field, readable(value), export_format))

    preprocess_field_value.neutralises_formulas = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
