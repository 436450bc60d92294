"""The project register seen: figures for server-rendered SVG charts (no JavaScript), each also
shown as a table with the same numbers (templates/pages/project_overview.html).

Bars are laid out here, in SVG user units of a chart ``WIDTH`` wide: the label column, then
the bar scaled to the largest value of its currency (amounts in different currencies are never
added together or drawn on one scale).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

WIDTH = 640
LABEL_WIDTH = 240
BAR_SPACE = WIDTH - LABEL_WIDTH - 120  # room on the right for the amount
ROW = 32


@dataclass(frozen=True)
class Bar:
    label: str
    amount: int
    currency: str
    projects: int
    y: int
    width: int


@dataclass(frozen=True)
class Span:
    label: str
    start: datetime.date
    end: datetime.date | None
    y: int
    x: int
    width: int


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]

    @property
    def height(self) -> int:
        return len(self.bars) * ROW


def bars(totals: dict[tuple[str, str], tuple[int, int]]) -> BarChart:
    """(label, currency) → (amount, projects), as bars sorted by currency then amount."""
    largest = defaultdict(int)
    for (_label, currency), (amount, _count) in totals.items():
        largest[currency] = max(largest[currency], amount)
    ordered = sorted(totals.items(), key=lambda item: (item[0][1], -item[1][0], item[0][0]))
    return BarChart(
        [
            Bar(
                label,
                amount,
                currency,
                count,
                y=position * ROW,
                width=round(BAR_SPACE * amount / largest[currency]) if largest[currency] else 0,
            )
            for position, ((label, currency), (amount, count)) in enumerate(ordered)
        ]
    )


def funding_by_programme(projects) -> BarChart:
    totals = defaultdict(lambda: (0, 0))
    for project in projects:
        if project.eu_funding:
            key = (str(project.programme) if project.programme else "–", project.currency)
            amount, count = totals[key]
            totals[key] = (amount + int(project.eu_funding), count + 1)
    return bars(dict(totals))


def funding_by_theme(projects, request=None) -> BarChart:
    """A project with several themes counts in each of them."""
    totals = defaultdict(lambda: (0, 0))
    for project in projects:
        if project.eu_funding:
            for theme in project.get_themes(request):
                key = (theme.title, project.currency)
                amount, count = totals[key]
                totals[key] = (amount + int(project.eu_funding), count + 1)
    return bars(dict(totals))


def timeline(projects, today: datetime.date | None = None) -> dict:
    """Each project as a span between its start and end (open-ended ones run to the chart's
    end), on a scale from the earliest start to the latest end, with a tick per year."""
    projects = sorted(projects, key=lambda project: (project.start_date, project.title))
    if not projects:
        return {"spans": [], "years": [], "height": 0}
    today = today or datetime.date.today()
    first = datetime.date(min(p.start_date for p in projects).year, 1, 1)
    last_end = max([p.end_date or today for p in projects] + [today])
    last = datetime.date(last_end.year + 1, 1, 1)
    days = (last - first).days

    def x(day: datetime.date) -> int:
        return LABEL_WIDTH + round((WIDTH - LABEL_WIDTH) * (day - first).days / days)

    spans = [
        Span(
            project.title,
            project.start_date,
            project.end_date,
            y=position * ROW,
            x=x(project.start_date),
            width=max(x(project.end_date or last) - x(project.start_date), 2),
        )
        for position, project in enumerate(projects)
    ]
    years = [
        {"year": year, "x": x(datetime.date(year, 1, 1))} for year in range(first.year, last.year)
    ]
    return {"spans": spans, "years": years, "height": len(spans) * ROW, "today": x(today)}
