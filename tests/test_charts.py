"""The project overview's charts (pages/charts.py): one scale per currency, each label once
with its total, Swedish dates, and a breadcrumb that marks the overview, not its parent."""

import datetime
import re
from decimal import Decimal
from types import SimpleNamespace

import pytest

from django.template import Context, Template
from django.utils import translation

from pages import charts
from pages.dates import long_date, short_date


def project(label, amount, currency, themes=()):
    return SimpleNamespace(
        programme=label,
        eu_funding=Decimal(amount) if amount else None,
        currency=currency,
        get_themes=lambda request=None: [SimpleNamespace(title=t) for t in themes],
    )


def lengths(chart):
    return {bar.label: float(bar.length) for bar in chart.bars}


def test_each_currency_has_its_own_chart_scaled_to_its_own_largest_amount():
    funding = charts.funding_by_programme(
        [
            project("Horisont Europa", 2_900_000, "EUR"),
            project("Interreg", 1_450_000, "EUR"),
            project("Regionalfonden", 12_000_000, "SEK"),
            project("ESF+", 3_000_000, "SEK"),
            project("Utan stöd", None, "SEK"),
        ]
    )
    assert [chart.currency for chart in funding.charts] == ["EUR", "SEK"]
    eur, sek = funding.charts
    # Each bar is its amount over the largest of its own currency, never of another.
    assert lengths(eur) == {"Horisont Europa": 100.0, "Interreg": 50.0}
    assert lengths(sek) == {"Regionalfonden": 100.0, "ESF+": 25.0}
    assert [bar.label for bar in sek.bars] == ["Regionalfonden", "ESF+"]  # longest first


def test_a_theme_is_one_row_with_its_total_in_each_currency_and_its_projects():
    funding = charts.funding_by_theme(
        [
            project("–", 1_000_000, "EUR", ["Infrastruktur", "Kompetens"]),
            project("–", 920_000, "EUR", ["Infrastruktur"]),
            project("–", 12_000_000, "SEK", ["Infrastruktur", "Infrastruktur"]),
        ]
    )
    assert funding.currencies == ["EUR", "SEK"]
    rows = {row.label: (row.amounts, row.projects) for row in funding.rows}
    assert rows == {
        "Infrastruktur": ([1_920_000, 12_000_000], 3),
        "Kompetens": ([1_000_000, None], 1),
    }
    eur, sek = funding.charts
    assert lengths(eur) == {"Infrastruktur": 100.0, "Kompetens": pytest.approx(52.08, abs=0.01)}
    assert lengths(sek) == {"Infrastruktur": 100.0}


def test_the_timeline_places_projects_by_date_as_shares_of_its_width():
    projects = [
        SimpleNamespace(
            title="A", start_date=datetime.date(2024, 1, 1), end_date=datetime.date(2025, 1, 1)
        ),
        SimpleNamespace(title="B", start_date=datetime.date(2025, 1, 1), end_date=None),
    ]
    timeline = charts.timeline(projects, today=datetime.date(2025, 7, 2))
    assert [year.year for year in timeline.years] == [2024, 2025]
    first, second = timeline.spans
    assert (first.x, float(first.width)) == ("0.00", pytest.approx(50.07, abs=0.01))
    assert float(second.x) + float(second.width) == pytest.approx(100)  # open: to the end
    assert float(timeline.today) == pytest.approx(75, abs=0.1)


@pytest.mark.parametrize(
    "language, day, expected",
    [
        ("sv", datetime.date(2023, 10, 11), "11 okt. 2023"),
        ("sv", datetime.date(2024, 5, 3), "3 maj 2024"),
        ("sv", datetime.date(2026, 3, 29), "29 mars 2026"),
        ("sv", datetime.date(2027, 9, 1), "1 sep. 2027"),
        ("en", datetime.date(2023, 10, 11), "11 Oct 2023"),
        ("fi", datetime.date(2023, 10, 11), "11.10.2023"),
    ],
)
def test_short_dates_are_written_as_each_language_writes_them(language, day, expected):
    assert short_date(day, language) == expected


@pytest.mark.parametrize(
    "language, day, expected",
    [
        ("sv", datetime.date(2026, 12, 4), "4 december 2026"),
        ("en", datetime.date(2026, 12, 4), "4 December 2026"),
        ("fi", datetime.date(2026, 12, 4), "4. joulukuuta 2026"),  # not "4 joulukuu 2026"
        ("fi", datetime.date(2026, 3, 29), "29. maaliskuuta 2026"),
    ],
)
def test_long_dates_are_written_as_each_language_writes_them(language, day, expected):
    assert long_date(day, language) == expected


def test_a_long_date_of_an_instant_is_its_day_in_swedish_time():
    """23.30 UTC on 4 December is 00.30 on the 5th in Gävle, as Django's |date shows it."""
    late = datetime.datetime(2026, 12, 4, 23, 30, tzinfo=datetime.UTC)
    template = Template("{% load date_tags %}{{ at|long_date }} {{ at|date:'Y-m-d' }}")
    with translation.override("sv"):
        assert template.render(Context({"at": late})) == "5 december 2026 2026-12-05"


@pytest.mark.django_db
def test_the_overview_draws_a_chart_per_currency_and_tables_each_theme_once(client, seeded):
    html = client.get("/projekt/oversikt/").content.decode()
    themes = html.split('id="per-tema"', 1)[1]
    assert themes.count('class="bar-chart"') == 2
    assert "Belopp i EUR" in themes and "Belopp i SEK" in themes
    table = themes.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    labels = re.findall(r'<th scope="row">([^<]+)</th>', table)
    assert labels and len(labels) == len(set(labels))
    # No chart is scaled as a whole: its text would shrink with it on a phone.
    assert "viewBox" not in html.split('id="tidslinje"', 1)[1].split('class="feedback', 1)[0]


@pytest.mark.django_db
def test_the_overview_dates_are_in_the_pages_language(client, seeded):
    swedish = client.get("/projekt/oversikt/").content.decode()
    english = client.get("/en/projects/overview/").content.decode()
    month = r"\d{1,2} (jan\.|feb\.|mars|apr\.|maj|juni|juli|aug\.|sep\.|okt\.|nov\.|dec\.) \d{4}"
    assert re.search(rf"<time datetime=\"[\d-]+\">{month}</time>", swedish)
    assert not re.search(r">\d{1,2} [A-ZÅÄÖ][a-zåäö]{2} \d{4}<", swedish)  # not "11 Okt 2023"
    assert re.search(r"<time datetime=\"[\d-]+\">\d{1,2} [A-Z][a-z]{2} \d{4}</time>", english)


@pytest.mark.django_db
def test_the_overview_is_the_current_crumb_and_its_parent_a_link(client, seeded):
    html = client.get("/projekt/oversikt/").content.decode()
    trail = html.split('class="breadcrumbs', 1)[1].split("</nav>", 1)[0]
    assert '<a href="/projekt/">' in trail
    assert re.findall(r'aria-current="page">([^<]+)<', trail) == ["Projekten i siffror"]
    # The menu marks the section, not the index as the page shown.
    assert 'href="/projekt/" aria-current="true"' in html
    assert html.count('aria-current="page"') == 1
