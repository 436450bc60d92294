"""Dates as each site language writes them. Long, in running text and under headings:
"4 december 2026", "4 December 2026", "4. joulukuuta 2026". Short, in tables and lists:
"11 okt. 2023", "11 Oct 2023", "11.10.2023".

Finnish writes a date's month in the partitive ("joulukuuta"), not the nominative a plain
"F" gives ("joulukuu"), and with a full stop after the day: Django's Finnish DATE_FORMAT.

Django's own abbreviations don't serve Swedish: its "M" capitalises ("11 Okt 2023") and its
"N" drops the full stop Swedish abbreviations take ("okt."), so the Swedish months are
spelled out here as the Unicode CLDR abbreviates them (its Swedish medium date is this
"11 okt. 2023"); the short months (mars, maj, juni, juli) are not shortened.
"""

import datetime

from django.utils import translation
from django.utils.formats import date_format

SWEDISH_MONTHS = (
    "jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec.",
)  # fmt: skip
# Finnish shortens a month by cutting its name ("loka" for lokakuu): unclear in running text,
# so Finnish writes the short date in numbers, as Django's Finnish SHORT_DATE_FORMAT does.
FORMATS = {"en": "j M Y", "fi": "SHORT_DATE_FORMAT"}


def short_date(value: datetime.date, language: str | None = None) -> str:
    language = (language or translation.get_language() or "sv").split("-")[0]
    if language == "sv":
        return f"{value.day} {SWEDISH_MONTHS[value.month - 1]} {value.year}"
    with translation.override(language):
        return date_format(value, FORMATS.get(language, "j M Y"))


LONG_FORMATS = {"fi": "DATE_FORMAT"}  # "j. E Y"; Swedish and English (British) "j F Y"


def long_date(value: datetime.date, language: str | None = None) -> str:
    language = (language or translation.get_language() or "sv").split("-")[0]
    with translation.override(language):
        return date_format(value, LONG_FORMATS.get(language, "j F Y"))
