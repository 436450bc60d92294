"""Wagtail's content checker (the editor's *Kontroller* panel and the userbar), set up for this
site: the rules that matter for its pages, and every message in Swedish.

axe cannot read a link's words or see that a table has no header row through a CSS selector,
so a page's preview marks such elements (``mark_for_checker``) and two site rules flag what is
marked. Their only check is axe's own ``has-visible-text`` listed under "none": a marked link or
table always has text, so it always fails (axe's ``exists`` would only ask for a review).
"""

import json
import re

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.admin.userbar import ContentCheckerItem

VAGUE_LINK_ATTRIBUTE = "data-checker-vague-link"
HEADERLESS_TABLE_ATTRIBUTE = "data-checker-headerless-table"

# Link texts that say nothing about where the link leads (WCAG 2.4.4), in the site's languages.
VAGUE_LINK_TEXTS = frozenset(
    {
        "klicka här",
        "klicka",
        "här",
        "läs mer",
        "läs mer här",
        "mer",
        "mer information",
        "mer info",
        "länk",
        "länken",
        "gå hit",
        "click here",
        "here",
        "read more",
        "more",
        "more information",
        "link",
    }
)

LINK = re.compile(r"<a\b(?P<attributes>[^>]*)>(?P<text>.*?)</a>", re.IGNORECASE | re.DOTALL)
TABLE = re.compile(r"<table\b(?P<attributes>[^>]*)>(?P<content>.*?)</table>", re.I | re.DOTALL)


def is_vague_link_text(text: str) -> bool:
    words = " ".join(strip_tags(text).split()).strip(" .,:;!?»›→…").casefold()
    return words in VAGUE_LINK_TEXTS


def mark_for_checker(html: str) -> str:
    """``html`` with vague links and header-less tables marked for the checker's site rules."""

    def link(match):
        if not is_vague_link_text(match["text"]):
            return match[0]
        return f"<a {VAGUE_LINK_ATTRIBUTE}{match['attributes']}>{match['text']}</a>"

    def table(match):
        if re.search(r"<th\b", match["content"], re.IGNORECASE):
            return match[0]
        attributes, content = match["attributes"], match["content"]
        return f"<table {HEADERLESS_TABLE_ATTRIBUTE}{attributes}>{content}</table>"

    return TABLE.sub(table, LINK.sub(link, html))


TEXT_METRICS_ID = "regionsite-text-metrics"


def with_text_metrics(html: str, metrics: dict) -> str:
    """``html`` with the page's own text metrics (``pages.readability.text_metrics``) as JSON
    data at the end of its body, where the checks panel (static/js/admin/lix.js) reads them:
    Wagtail's panel counts everything in ``<main>``, the feedback form and the page's meta
    data included."""
    data = json.dumps(metrics).replace("<", "\\u003c")
    script = f'<script type="application/json" id="{TEXT_METRICS_ID}">{data}</script>'
    before, found, after = html.rpartition("</body>")
    return f"{before}{script}{found}{after}" if found else html + script


class SiteContentChecker(ContentCheckerItem):
    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "vague-link-text",
        "headerless-table",
    ]

    axe_custom_rules = [
        *ContentCheckerItem.axe_custom_rules,
        {
            "id": "vague-link-text",
            "impact": "serious",
            "selector": f"a[{VAGUE_LINK_ATTRIBUTE}]",
            "tags": ["wcag2a", "wcag244"],
            "none": ["has-visible-text"],
            "enabled": True,
        },
        {
            "id": "headerless-table",
            "impact": "serious",
            "selector": f"table[{HEADERLESS_TABLE_ATTRIBUTE}]",
            "tags": ["wcag2a", "wcag131"],
            "none": ["has-visible-text"],
            "enabled": True,
        },
    ]

    axe_messages = {
        "button-name": {
            "error_name": _("En knapp saknar text"),
            "help_text": _("Ge knappen en text som säger vad den gör."),
        },
        "empty-heading": {
            "error_name": _("Tom rubrik"),
            "help_text": _(
                "Skriv en rubrik som säger vad avsnittet handlar om, eller ta bort blocket."
            ),
        },
        "empty-table-header": {
            "error_name": _("Tom kolumnrubrik i en tabell"),
            "help_text": _("Ge varje kolumn en rubrik som säger vad den innehåller."),
        },
        "frame-title": {
            "error_name": _("En inbäddad ram saknar titel"),
            "help_text": _("Ge ramen en titel som säger vad den visar."),
        },
        "heading-order": {
            "error_name": _("Rubriknivåer hoppas över"),
            "help_text": _(
                "Sidans titel är rubrik 1. Börja med rubrik 2 och använd rubrik 3 bara under "
                "en rubrik 2."
            ),
        },
        "image-alt": {
            "error_name": _("En bild saknar alternativtext"),
            "help_text": _("Beskriv bilden eller markera den som dekorativ."),
        },
        "input-button-name": {
            "error_name": _("En knapp saknar text"),
            "help_text": _("Ge knappen en text som säger vad den gör."),
        },
        "link-name": {
            "error_name": _("En länk saknar text"),
            "help_text": _("Skriv en länktext som säger vart länken leder."),
        },
        "p-as-heading": {
            "error_name": _("Fetstil används som rubrik"),
            "help_text": _(
                "Använd rubrikblocket i stället, så att rubriken hörs och syns som rubrik."
            ),
        },
        "alt-text-quality": {
            "error_name": _("Alternativtexten ser ut som ett filnamn"),
            "help_text": _("Beskriv vad bilden visar, inte filens namn."),
        },
        "empty-meta-description": {
            "error_name": _("Beskrivningen för sökmotorer är tom"),
            "help_text": _("Skriv en kort beskrivning under fliken Marknadsför."),
        },
        "vague-link-text": {
            "error_name": _("Länktexten säger inte vart länken leder"),
            "help_text": _(
                "Skriv vart länken leder i stället för ”klicka här”, ”läs mer” eller ”här”, "
                "till exempel ”Ansökan till Regionalfonden”."
            ),
        },
        "headerless-table": {
            "error_name": _("Tabellen saknar rubriker"),
            "help_text": _(
                "Ge tabellen kolumnrubriker, eller använd en lista om det inte är en tabell."
            ),
        },
    }


def use_site_checker(items: list) -> None:
    """Replace Wagtail's checker among the userbar ``items`` with the site's (in place)."""
    for position, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, SiteContentChecker):
            items[position] = SiteContentChecker(in_editor=item.in_editor)
