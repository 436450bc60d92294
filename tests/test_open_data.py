"""The EU project register as open data (CSV, JSON, DCAT-AP-SE) and as charts with tables."""

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict

import pytest

from pages.models import ProjectPage
from pages.open_data import FIELD_DOCS, FIELDS, LICENCE

pytestmark = pytest.mark.django_db

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
}
RDF_RESOURCE = f"{{{NS['rdf']}}}resource"


def live_projects(language: str):
    return ProjectPage.objects.live().filter(locale__language_code=language)


def test_the_csv_has_every_documented_field_and_every_public_project(client, seeded):
    response = client.get("/projekt/data/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Link"] == f'<{LICENCE}>; rel="license"'
    assert 'filename="projekt.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert list(rows[0]) == FIELDS
    projects = live_projects("sv")
    assert {row["id"] for row in rows} == {str(p.translation_key) for p in projects}
    assert all(row["status"] in {"planerat", "pagaende", "avslutat"} for row in rows)
    assert all(not row["eu_funding"] or row["eu_funding"].isdigit() for row in rows)


def test_the_json_follows_its_schema_and_states_the_licence(client, seeded):
    data = json.loads(client.get("/projekt/data/json/").content)
    assert data["license"] == LICENCE and data["language"] == "sv"
    assert len(data["projects"]) == live_projects("sv").count() > 0
    for project in data["projects"]:
        assert list(project) == FIELDS
        assert isinstance(project["themes"], list) and isinstance(project["partners"], list)
        assert project["eu_funding"] is None or isinstance(project["eu_funding"], int)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", project["start_date"])
        assert project["url"].startswith("http://localhost/projekt/")


def test_each_language_publishes_its_own_projects_with_the_same_ids(client, seeded):
    swedish = json.loads(client.get("/projekt/data/json/").content)["projects"]
    english = json.loads(client.get("/en/projects/data/json/").content)["projects"]
    assert {p["id"] for p in swedish} == {p["id"] for p in english}
    assert {p["title"] for p in swedish}.isdisjoint({p["title"] for p in english})


def test_the_dcat_metadata_describes_the_dataset_and_its_working_downloads(client, seeded):
    response = client.get("/projekt/data/dcat/")
    assert response["Content-Type"] == "application/rdf+xml"
    root = ET.fromstring(response.content)  # noqa: S314 - our own response, not untrusted input
    (catalogue,) = root.findall("dcat:Catalog", NS)
    (dataset,) = root.findall("dcat:Dataset", NS)
    distributions = root.findall("dcat:Distribution", NS)
    assert catalogue.find("dcterms:license", NS).get(RDF_RESOURCE) == LICENCE
    assert dataset.find("dcterms:title", NS).text.startswith("EU-projekt där")
    assert dataset.find("dcterms:modified", NS).text
    assert root.find("foaf:Agent/foaf:name", NS).text == "Region Gävleborg"
    assert len(distributions) == 3
    for distribution in distributions:
        assert distribution.find("dcterms:license", NS).get(RDF_RESOURCE) == LICENCE
        url = distribution.find("dcat:downloadURL", NS).get(RDF_RESOURCE)
        assert client.get(url.removeprefix("http://localhost")).status_code == 200


def dataset_of(client, path: str):
    root = ET.fromstring(client.get(path).content)  # noqa: S314 - our own response
    return root.find("dcat:Dataset", NS)


def test_the_dcat_metadata_has_dcat_ap_se_recommended_fields(client, seeded):
    dataset = dataset_of(client, "/projekt/data/dcat/")
    resource = {
        name: dataset.find(f"dcterms:{name}", NS).get(RDF_RESOURCE)
        for name in ("spatial", "accrualPeriodicity", "conformsTo")
    }
    assert resource["spatial"] == "http://data.europa.eu/nuts/code/SE313"  # Gävleborg
    assert resource["accrualPeriodicity"].endswith("/frequency/IRREG")
    projects = live_projects("sv")
    first_start = min(p.start_date for p in projects).isoformat()
    period = dataset.find("dcterms:temporal/dcterms:PeriodOfTime", NS)
    assert period.find("dcat:startDate", NS).text == first_start
    issued = dataset.find("dcterms:issued", NS).text
    modified = dataset.find("dcterms:modified", NS).text
    assert issued <= modified
    assert issued == min(p.first_published_at for p in projects).isoformat()
    # The schema it conforms to and the documentation page both answer.
    schema = json.loads(client.get(resource["conformsTo"].removeprefix("http://localhost")).content)
    assert [field["name"] for field in schema["fields"]] == FIELDS
    page = dataset.find("foaf:page", NS).get(RDF_RESOURCE)
    assert client.get(page.removeprefix("http://localhost")).status_code == 200
    # The description says what the data is, not the list page's filter instructions.
    description = dataset.find("dcterms:description", NS).text
    index_intro = (
        ProjectPage.objects.filter(locale__language_code="sv").first().get_parent().specific.intro
    )
    assert description != index_intro and "Filtrera" not in description
    assert "finansieringsprogram" in description
    english = dataset_of(client, "/en/projects/data/dcat/").find("dcterms:description", NS).text
    assert "funding programme" in english


def test_every_field_is_documented_and_the_documentation_page_shows_them(client, seeded):
    assert list(FIELD_DOCS) == FIELDS
    for path, language_word in (("/projekt/data/", "Betydelse"), ("/en/projects/data/", "Meaning")):
        html = client.get(path).content.decode()
        assert language_word in html
        for name in FIELDS:
            assert f"<code>{name}</code>" in html
    index = client.get("/projekt/").content.decode()
    assert 'href="/projekt/data/"' in index


def test_the_spreadsheet_csv_opens_in_columns_in_a_swedish_spreadsheet(client, seeded):
    response = client.get("/projekt/data/csv/kalkylark/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    body = response.content
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark: å, ä, ö intact
    text = body.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    plain = list(csv.DictReader(io.StringIO(client.get("/projekt/data/csv/").content.decode())))
    assert rows == plain and len(rows) == live_projects("sv").count()
    assert text.splitlines()[0] == ";".join(FIELDS)


def test_the_overview_shows_charts_with_tables_of_the_same_figures(client, seeded):
    html = client.get("/projekt/oversikt/").content.decode()
    assert html.count('class="timeline" role="img"') == 1
    assert html.count('class="bar-chart__bars" role="img"') == 4  # EUR and SEK, twice
    projects = json.loads(client.get("/projekt/data/json/").content)["projects"]
    totals = defaultdict(int)
    for project in projects:
        if project["eu_funding"]:
            totals[project["programme"] or "–", project["currency"]] += project["eu_funding"]
    assert len(totals) > 1
    section = html.split('id="per-program"', 1)[1].split('id="per-tema"', 1)[0]
    currencies = re.findall(r'<th scope="col" class="table__number">([A-Z]{3})</th>', section)
    assert currencies == ["EUR", "SEK"]
    table = section.split("<tbody>", 1)[1]
    for (programme, currency), amount in totals.items():
        shown = f"{amount:,}".replace(",", "\xa0")
        row = re.search(rf"<th scope=\"row\">{re.escape(programme)}</th>(.*?)</tr>", table)
        cells = re.findall(r"<td [^>]*>([^<]*)</td>", row[1])
        assert cells[currencies.index(currency)] == shown
        assert f"{shown} {currency}</span>" in section  # the bar's own label


def test_the_overview_has_an_address_in_each_language(client, seeded):
    english = client.get("/en/projects/")
    assert 'href="/en/projects/overview/"' in english.content.decode()
    assert client.get("/en/projects/overview/").status_code == 200
    moved = client.get("/en/projects/oversikt/")
    assert moved.status_code == 301 and moved["Location"] == "/en/projects/overview/"
    moved = client.get("/projekt/overview/")
    assert moved.status_code == 301 and moved["Location"] == "/projekt/oversikt/"


def test_the_project_index_links_to_the_overview_and_the_data(client, seeded):
    html = client.get("/projekt/").content.decode()
    for path in (
        "/projekt/oversikt/",
        "/projekt/data/csv/",
        "/projekt/data/json/",
        "/projekt/data/dcat/",
    ):
        assert f'href="{path}"' in html
