"""The project register seen: figures for the overview's charts (no JavaScript), each also
shown as a table with the same numbers (templates/pages/project_overview.html).

Lengths and positions are shares of the chart's width, as percentages; the template draws
them as SVG shapes without a viewBox, so nothing is scaled but the shapes, and every text is
HTML (or unscaled SVG text) at the page's own size.

Amounts in different currencies are never added together or drawn on one scale: each
currency has its own chart, its bars measured against that currency's largest amount.
"""

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass


def percent(share: float) -> str:
    """A share (0–1) as an SVG percentage, never localised (a decimal comma would break it)."""
    return f"{100 * share:.2f}"


@dataclass(frozen=True)
class Bar:
    label: str
    amount: int
    projects: int
    share: float  # of the chart's largest amount

    @property
    def length(self) -> str:
        return percent(self.share)


@dataclass(frozen=True)
class CurrencyChart:
    """The bars of one currency, longest first, on that currency's own scale."""

    currency: str
    bars: list[Bar]


@dataclass(frozen=True)
class FundingRow:
    """A table row: one label's total in each currency (None: no funding in it)."""

    label: str
    amounts: list[int | None]  # in the order of Funding.currencies
    projects: int


@dataclass(frozen=True)
class Funding:
    currencies: list[str]
    charts: list[CurrencyChart]
    rows: list[FundingRow]


def funding(projects, labels_of: Callable[[object], Iterable[str]]) -> Funding:
    """EU funding per label (programme, theme) and currency, with the number of projects.
    A project counts once under each of its labels; projects without funding not at all."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    counts: dict[str, int] = defaultdict(int)
    for project in projects:
        if not project.eu_funding:
            continue
        for label in dict.fromkeys(labels_of(project)):  # each label once per project
            totals[label][project.currency] += int(project.eu_funding)
            counts[label] += 1
    currencies = sorted({currency for amounts in totals.values() for currency in amounts})
    charts = []
    for currency in currencies:
        amounts = {label: by[currency] for label, by in totals.items() if currency in by}
        largest = max(amounts.values())
        ordered = sorted(amounts.items(), key=lambda item: (-item[1], item[0]))
        bars = [
            Bar(label, amount, counts[label], amount / largest if largest else 0)
            for label, amount in ordered
        ]
        charts.append(CurrencyChart(currency, bars))
    rows = [
        FundingRow(label, [totals[label].get(c) for c in currencies], counts[label])
        for label in sorted(totals, key=str.casefold)
    ]
    return Funding(currencies, charts, rows)


def funding_by_programme(projects) -> Funding:
    return funding(projects, lambda project: [str(project.programme) if project.programme else "–"])


def funding_by_theme(projects, request=None) -> Funding:
    """A project with several themes counts in each of them."""
    return funding(projects, lambda project: [t.title for t in project.get_themes(request)])


@dataclass(frozen=True)
class Span:
    label: str
    start: datetime.date
    end: datetime.date | None
    x: str  # percent of the chart's width
    width: str


@dataclass(frozen=True)
class Year:
    year: int
    x: str


@dataclass(frozen=True)
class Timeline:
    spans: list[Span]
    years: list[Year]
    today: str = "0"


def timeline(projects, today: datetime.date | None = None) -> Timeline:
    """Each project as a span between its start and end (open-ended ones run to the chart's
    end), on a scale from the earliest start to the latest end, with a tick per year."""
    projects = sorted(projects, key=lambda project: (project.start_date, project.title))
    if not projects:
        return Timeline([], [])
    today = today or datetime.date.today()
    first = datetime.date(min(p.start_date for p in projects).year, 1, 1)
    last_end = max([p.end_date or today for p in projects] + [today])
    last = datetime.date(last_end.year + 1, 1, 1)
    days = (last - first).days

    def share(day: datetime.date) -> float:
        return (day - first).days / days

    spans = [
        Span(
            project.title,
            project.start_date,
            project.end_date,
            x=percent(share(project.start_date)),
            # A project of a day or two still shows as a sliver.
            width=percent(max(share(project.end_date or last) - share(project.start_date), 0.005)),
        )
        for project in projects
    ]
    years = [
        Year(year, percent(share(datetime.date(year, 1, 1))))
        for year in range(first.year, last.year)
    ]
    return Timeline(spans, years, today=percent(share(today)))
