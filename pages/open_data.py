"""The EU project register as open data: CSV and JSON under CC0, with DCAT-AP-SE metadata that
the national data portal (dataportal.se) can harvest. Each language's project index publishes
its own projects at stable addresses: ``<index>/data/csv/``, ``…/data/json/`` and
``…/data/dcat/`` (Wagtail's page addresses end in a slash; the downloads are named projekt.csv
and projekt.json). The fields are documented in docs/open-data.md.
"""

import io
import json
from dataclasses import asdict, dataclass
from xml.sax.saxutils import escape

from django.utils import timezone

from regionsite import spreadsheets

LICENCE = "https://creativecommons.org/publicdomain/zero/1.0/"
FIELDS = [
    "id",
    "title",
    "url",
    "summary",
    "programme",
    "role",
    "start_date",
    "end_date",
    "status",
    "total_budget",
    "eu_funding",
    "currency",
    "themes",
    "partners",
    "last_published",
]


@dataclass(frozen=True)
class ProjectRecord:
    id: str  # the project's translation key: the same in every language
    title: str
    url: str
    summary: str
    programme: str
    role: str  # lead_partner | partner
    start_date: str
    end_date: str
    status: str  # planerat | pagaende | avslutat
    total_budget: int | None
    eu_funding: int | None
    currency: str
    themes: list[str]
    partners: list[str]
    last_published: str


def records(index, request) -> list[ProjectRecord]:
    """Every public project under ``index`` as a record, newest first."""
    projects = index.projects(request).prefetch_related("themes", "partner_links__organisation")
    found = []
    for project in projects:
        found.append(
            ProjectRecord(
                id=str(project.translation_key),
                title=project.title,
                url=project.get_full_url(request),
                summary=project.summary,
                programme=str(project.programme) if project.programme else "",
                role=project.role,
                start_date=project.start_date.isoformat(),
                end_date=project.end_date.isoformat() if project.end_date else "",
                status=str(project.status),
                total_budget=int(project.total_budget) if project.total_budget else None,
                eu_funding=int(project.eu_funding) if project.eu_funding else None,
                currency=project.currency,
                themes=[theme.title for theme in project.get_themes(request)],
                partners=[str(partner) for partner in project.get_partners()],
                last_published=(
                    project.last_published_at.isoformat() if project.last_published_at else ""
                ),
            )
        )
    return found


def as_csv(rows: list[ProjectRecord]) -> str:
    out = io.StringIO()
    writer = spreadsheets.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    for row in rows:
        values = asdict(row)
        values["themes"] = "; ".join(row.themes)
        values["partners"] = "; ".join(row.partners)
        writer.writerow(values)
    return out.getvalue()


def as_json(rows: list[ProjectRecord], *, source: str, language: str) -> str:
    return json.dumps(
        {
            "license": LICENCE,
            "source": source,
            "language": language,
            "generated": timezone.now().isoformat(timespec="seconds"),
            "projects": [asdict(row) for row in rows],
        },
        ensure_ascii=False,
        indent=2,
    )


# The EU's language authority table uses three-letter codes.
ISO_639_2 = {"sv": "swe", "en": "eng", "fi": "fin"}

DISTRIBUTION = f"""  <dcat:Distribution rdf:about="{{url}}">
    <dcterms:title>{{name}}</dcterms:title>
    <dcat:accessURL rdf:resource="{{url}}"/>
    <dcat:downloadURL rdf:resource="{{url}}"/>
    <dcterms:format rdf:resource="http://publications.europa.eu/resource/authority/file-type/{{file_type}}"/>
    <dcat:mediaType rdf:resource="https://www.iana.org/assignments/media-types/{{media_type}}"/>
    <dcterms:license rdf:resource="{LICENCE}"/>
  </dcat:Distribution>
"""


def as_dcat(
    *,
    catalogue_url,
    dataset_url,
    title,
    description,
    publisher,
    language,
    csv_url,
    json_url,
    modified,
    contact_email,
) -> str:
    """DCAT-AP-SE (RDF/XML): a catalogue with one dataset and its two distributions."""
    lang = ISO_639_2.get(language, language)
    e = escape
    distributions = "".join(
        DISTRIBUTION.format(url=e(url), name=name, file_type=file_type, media_type=media_type)
        for url, name, file_type, media_type in [
            (csv_url, "CSV", "CSV", "text/csv"),
            (json_url, "JSON", "JSON", "application/json"),
        ]
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:dcat="http://www.w3.org/ns/dcat#"
         xmlns:dcterms="http://purl.org/dc/terms/"
         xmlns:foaf="http://xmlns.com/foaf/0.1/"
         xmlns:vcard="http://www.w3.org/2006/vcard/ns#">
  <dcat:Catalog rdf:about="{e(catalogue_url)}">
    <dcterms:title xml:lang="{e(language)}">{e(title)}</dcterms:title>
    <dcterms:description xml:lang="{e(language)}">{e(description)}</dcterms:description>
    <dcterms:publisher rdf:resource="{e(catalogue_url)}#publisher"/>
    <dcterms:license rdf:resource="{LICENCE}"/>
    <dcterms:language rdf:resource="http://publications.europa.eu/resource/authority/language/{lang.upper()}"/>
    <foaf:homepage rdf:resource="{e(dataset_url)}"/>
    <dcat:dataset rdf:resource="{e(dataset_url)}#dataset"/>
  </dcat:Catalog>
  <foaf:Agent rdf:about="{e(catalogue_url)}#publisher">
    <foaf:name>{e(publisher)}</foaf:name>
    <dcterms:type rdf:resource="http://purl.org/adms/publishertype/RegionalAuthority"/>
  </foaf:Agent>
  <dcat:Dataset rdf:about="{e(dataset_url)}#dataset">
    <dcterms:title xml:lang="{e(language)}">{e(title)}</dcterms:title>
    <dcterms:description xml:lang="{e(language)}">{e(description)}</dcterms:description>
    <dcterms:publisher rdf:resource="{e(catalogue_url)}#publisher"/>
    <dcterms:modified rdf:datatype="http://www.w3.org/2001/XMLSchema#dateTime">{e(modified)}</dcterms:modified>
    <dcterms:accessRights rdf:resource="http://publications.europa.eu/resource/authority/access-right/PUBLIC"/>
    <dcat:theme rdf:resource="http://publications.europa.eu/resource/authority/data-theme/GOVE"/>
    <dcat:theme rdf:resource="http://publications.europa.eu/resource/authority/data-theme/REGI"/>
    <dcat:keyword xml:lang="{e(language)}">EU</dcat:keyword>
    <dcat:landingPage rdf:resource="{e(dataset_url)}"/>
    <dcat:contactPoint>
      <vcard:Organization>
        <vcard:fn>{e(publisher)}</vcard:fn>
        <vcard:hasEmail rdf:resource="mailto:{e(contact_email)}"/>
      </vcard:Organization>
    </dcat:contactPoint>
    <dcat:distribution rdf:resource="{e(csv_url)}"/>
    <dcat:distribution rdf:resource="{e(json_url)}"/>
  </dcat:Dataset>
{distributions}</rdf:RDF>
"""
