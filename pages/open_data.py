"""The EU project register as open data: CSV and JSON under CC0, with DCAT-AP-SE metadata that
the national data portal (dataportal.se) can harvest. Each language's project index publishes
its own projects at stable addresses: ``<index>/data/csv/``, ``…/data/json/`` and
``…/data/dcat/`` (Wagtail's page addresses end in a slash; the downloads are named projekt.csv
and projekt.json). ``…/data/csv/kalkylark/`` is the same CSV for a Swedish spreadsheet
(semicolons, UTF-8 with a byte-order mark). The fields are documented on the site at
``…/data/`` (from ``FIELD_DOCS``, in the page's language) and as a Table Schema at
``…/data/schema/``, which the DCAT metadata names as the standard the data conforms to.
"""

import io
import json
from dataclasses import asdict, dataclass
from xml.sax.saxutils import escape

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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


# Each field: its Table Schema type and format, and what it means (shown on the documentation
# page in the reader's language). A test keeps this in step with FIELDS.
FIELD_DOCS = {
    "id": ("string", "uuid", _("Projektets beständiga id, samma på alla språk.")),
    "title": ("string", "default", _("Projektets namn på listans språk.")),
    "url": ("string", "uri", _("Projektsidans adress.")),
    "summary": ("string", "default", _("Kort beskrivning av projektet.")),
    "programme": (
        "string",
        "default",
        _("Finansieringsprogrammet (kort namn), tomt om det saknas."),
    ),
    "role": (
        "string",
        "default",
        _("Regionens roll: lead_partner (huvudsökande) eller partner (projektpartner)."),
    ),
    "start_date": ("date", "default", _("Projektets start (ÅÅÅÅ-MM-DD).")),
    "end_date": (
        "date",
        "default",
        _("Projektets slut (ÅÅÅÅ-MM-DD), tomt om det inte är bestämt."),
    ),
    "status": (
        "string",
        "default",
        _("planerat, pagaende eller avslutat, räknat från datumen den dag filen hämtas."),
    ),
    "total_budget": ("integer", "default", _("Hela projektets budget, tomt om den saknas.")),
    "eu_funding": (
        "integer",
        "default",
        _("Den del av budgeten som EU betalar, tomt om den saknas."),
    ),
    "currency": ("string", "default", _("Valutan för beloppen: EUR eller SEK.")),
    "themes": (
        "string",
        "default",
        _("Regionens teman som projektet hör till, åtskilda med semikolon och mellanslag."),
    ),
    "partners": (
        "string",
        "default",
        _("Partnerorganisationerna, åtskilda med semikolon och mellanslag."),
    ),
    "last_published": (
        "datetime",
        "default",
        _("När projektsidan senast publicerades (ISO 8601)."),
    ),
}
TYPE_NAMES = {
    "string": _("text"),
    "date": _("datum"),
    "integer": _("heltal"),
    "datetime": _("tidpunkt"),
}
ENUMS = {"role": ["lead_partner", "partner"], "status": ["planerat", "pagaende", "avslutat"]}
# Where the data is about, for dct:spatial: Gävleborg county's NUTS 3 code in the EU's register.
SPATIAL = "http://data.europa.eu/nuts/code/SE313"
# The register changes whenever a project page is published: no fixed schedule.
FREQUENCY = "http://publications.europa.eu/resource/authority/frequency/IRREG"
TABLE_SCHEMA = "https://specs.frictionlessdata.io/table-schema/"


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


def as_csv(rows: list[ProjectRecord], *, for_spreadsheet: bool = False) -> str:
    """RFC 4180 CSV (commas, UTF-8); ``for_spreadsheet``: semicolons and a byte-order mark,
    which a spreadsheet program set to Swedish opens in columns with å, ä and ö intact."""
    out = io.StringIO()
    if for_spreadsheet:
        out.write("\ufeff")
    delimiter = ";" if for_spreadsheet else ","
    writer = spreadsheets.DictWriter(out, fieldnames=FIELDS, delimiter=delimiter)
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


def table_schema(*, language: str) -> str:
    """The files' fields as a Frictionless Table Schema (JSON), with descriptions in
    ``language`` (the active one)."""
    fields = []
    for name in FIELDS:
        kind, form, meaning = FIELD_DOCS[name]
        field = {"name": name, "type": kind, "format": form, "description": str(meaning)}
        if name in ENUMS:
            field["constraints"] = {"enum": ENUMS[name]}
        if name in ("id", "title", "url", "start_date", "status", "currency"):
            field.setdefault("constraints", {})["required"] = True
        fields.append(field)
    return json.dumps(
        {"$schema": TABLE_SCHEMA, "language": language, "fields": fields, "primaryKey": "id"},
        ensure_ascii=False,
        indent=2,
    )


XSD = "http://www.w3.org/2001/XMLSchema#"
# The EU's language authority table uses three-letter codes.
ISO_639_2 = {"sv": "swe", "en": "eng", "fi": "fin"}

DISTRIBUTION = f"""  <dcat:Distribution rdf:about="{{url}}">
    <dcterms:title>{{name}}</dcterms:title>
    <dcterms:conformsTo rdf:resource="{{schema_url}}"/>
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
    spreadsheet_url,
    json_url,
    schema_url,
    documentation_url,
    issued,
    modified,
    period,
    contact_email,
) -> str:
    """DCAT-AP-SE (RDF/XML): a catalogue with one dataset and its three distributions.

    ``period`` is the projects' first start and last end (None while one has no end date).
    """
    lang = ISO_639_2.get(language, language)
    e = escape
    distributions = "".join(
        DISTRIBUTION.format(
            url=e(url),
            name=e(name),
            file_type=file_type,
            media_type=media_type,
            schema_url=e(schema_url),
        )
        for url, name, file_type, media_type in [
            (csv_url, "CSV", "CSV", "text/csv"),
            (spreadsheet_url, str(_("CSV för kalkylprogram (semikolon)")), "CSV", "text/csv"),
            (json_url, "JSON", "JSON", "application/json"),
        ]
    )
    start, end = period
    temporal = ""
    if start:
        end_element = (
            f'\n        <dcat:endDate rdf:datatype="{XSD}date">{e(end)}</dcat:endDate>'
            if end
            else ""
        )
        temporal = f"""
    <dcterms:temporal>
      <dcterms:PeriodOfTime>
        <dcat:startDate rdf:datatype="{XSD}date">{e(start)}</dcat:startDate>{end_element}
      </dcterms:PeriodOfTime>
    </dcterms:temporal>"""
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
    <dcterms:issued rdf:datatype="{XSD}dateTime">{e(issued)}</dcterms:issued>
    <dcterms:modified rdf:datatype="{XSD}dateTime">{e(modified)}</dcterms:modified>
    <dcterms:spatial rdf:resource="{SPATIAL}"/>{temporal}
    <dcterms:accrualPeriodicity rdf:resource="{FREQUENCY}"/>
    <dcterms:conformsTo rdf:resource="{e(schema_url)}"/>
    <foaf:page rdf:resource="{e(documentation_url)}"/>
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
    <dcat:distribution rdf:resource="{e(spreadsheet_url)}"/>
    <dcat:distribution rdf:resource="{e(json_url)}"/>
  </dcat:Dataset>
{distributions}</rdf:RDF>
"""
