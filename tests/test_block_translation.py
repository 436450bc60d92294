"""Every text an editor can put in a page's body reaches the translators: a page built from
every block type the site offers has each of its texts as a wagtail-localize segment, and once
every segment is translated the English page shows none of the Swedish text (tables were
skipped: their caption, headings and cells stayed Swedish on the English page)."""

import json
import re
from uuid import uuid4

import pytest

from django.core.files.base import ContentFile
from django.utils.html import strip_tags

import wagtail_factories
from wagtail import blocks as wagtail_blocks
from wagtail.contrib.typed_table_block.blocks import TypedTableBlock
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from pages.blocks import BodyStreamBlock
from pages.models import HomePage
from pages.translation import translate_via_po
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# Blocks whose value holds no text for a visitor to read in a language.
NOT_TEXT = (
    wagtail_blocks.ChoiceBlock,
    wagtail_blocks.BooleanBlock,
    wagtail_blocks.ChooserBlock,
    wagtail_blocks.URLBlock,
    wagtail_blocks.DecimalBlock,
)


def texts_in(block, value) -> list[str]:
    """Every text in ``value`` a reader sees, by the block's type. A block type this does not
    know fails the test, so a new kind of block is checked before it is offered."""
    if isinstance(block, NOT_TEXT) or value in (None, ""):
        return []
    if isinstance(block, TypedTableBlock):
        found = [value.caption, *(column["heading"] for column in value.columns)]
        for row in value.row_data:
            for column, cell in zip(value.columns, row["values"], strict=True):
                found.extend(texts_in(column["block"], cell))
        return [text for text in found if text]
    if isinstance(block, wagtail_blocks.RichTextBlock):
        return [
            strip_tags(part) for part in re.split(r"</p>|</li>", value.source) if strip_tags(part)
        ]
    if isinstance(block, wagtail_blocks.CharBlock | wagtail_blocks.TextBlock):
        return [value]
    if isinstance(block, wagtail_blocks.StructBlock):
        return [
            t for name, child in block.child_blocks.items() for t in texts_in(child, value[name])
        ]
    if isinstance(block, wagtail_blocks.ListBlock):
        return [t for item in value for t in texts_in(block.child_block, item)]
    if isinstance(block, wagtail_blocks.StreamBlock):
        return [t for child in value for t in texts_in(child.block, child.value)]
    raise AssertionError(f"No rule for the texts of {type(block).__name__}")


@pytest.fixture
def page_with_every_block(seeded):
    image = wagtail_factories.ImageFactory(title="Hamnen i Gävle")
    document = Document(title="Verksamhetsplan")
    document.file.save("plan.pdf", ContentFile(b"%PDF-1.4\n" + b"x" * 512), save=False)
    document.save()
    home = HomePage.objects.get(locale__language_code="sv")
    body = [
        ("heading", {"text": "Rubrik om samverkan", "level": "h2"}),
        ("paragraph", "<p>Ett stycke om samverkan.</p><ul><li>En punkt i en lista</li></ul>"),
        (
            "image",
            {
                "image": image.pk,
                "alt_text": "Kranar i hamnen",
                "decorative": False,
                "caption": "Hamnen en vintermorgon",
                "credit": "Regionens bildbank",
            },
        ),
        ("quote", {"quote": "Ett citat om tåg", "attribution": "En talesperson"}),
        ("fact_box", {"heading": "Fakta om EU", "body": "<p>En faktatext.</p>"}),
        ("call_to_action", {"text": "Kontakta regionen", "url": "https://example.se/"}),
        (
            "link_list",
            {
                "heading": "Länkar om EU",
                "links": [
                    {
                        "type": "page",
                        "id": str(uuid4()),
                        "value": {"page": home.pk, "text": "Till startsidan"},
                    },
                    {
                        "type": "external",
                        "id": str(uuid4()),
                        "value": {"url": "https://example.se/", "text": "En extern länk"},
                    },
                    {
                        "type": "document",
                        "id": str(uuid4()),
                        "value": {"document": document.pk, "text": "Planen som PDF"},
                    },
                ],
            },
        ),
        (
            "document",
            {"document": document.pk, "title": "Verksamhetsplanen", "description": "Om planen"},
        ),
        (
            "accordion",
            {
                "heading": "Vanliga frågor",
                "items": [  # list items in Wagtail's block format, as the editor's form saves them
                    {
                        "type": "item",
                        "id": str(uuid4()),
                        "value": {"question": "Vem söker?", "answer": "<p>Kommunerna söker.</p>"},
                    }
                ],
            },
        ),
        (
            "table",
            {
                "caption": "Projekt per län",
                "columns": [
                    {"type": "text", "heading": "Län"},
                    {"type": "number", "heading": "Antal projekt"},
                    {"type": "rich_text", "heading": "Kommentar"},
                ],
                "rows": [
                    {"values": ["Gävleborgs län", "12", "<p>Flest inom <b>transporter</b></p>"]},
                    {"values": ["Dalarnas län", "7", "<p>Mest om kompetens</p>"]},
                ],
            },
        ),
    ]
    page = StandardPageFactory(parent=home, title="Alla block", slug="alla-block", intro="")
    # As the editor's form stores it: the raw JSON of each block.
    page.body = json.dumps(
        [{"type": name, "id": str(uuid4()), "value": value} for name, value in body]
    )
    page.save_revision().publish()
    return page


def test_the_test_page_uses_every_block_type_the_site_offers(page_with_every_block):
    used = {block.block_type for block in page_with_every_block.body}
    assert used == set(BodyStreamBlock().child_blocks)


def test_every_text_in_every_block_is_a_segment_for_the_translators(page_with_every_block):
    page = page_with_every_block
    segments = [
        segment.render_text()
        for segment in extract_segments(page)
        if isinstance(segment, StringSegmentValue) and segment.path.startswith("body.")
    ]
    texts = [t for block in page.body for t in texts_in(block.block, block.value)]
    assert "Projekt per län" in texts and "Gävleborgs län" in texts  # the table is read
    missing = [text for text in texts if not any(text in segment for segment in segments)]
    assert missing == []


def test_a_fully_translated_page_shows_no_swedish_text(client, page_with_every_block):
    page = page_with_every_block
    english = Locale.objects.get(language_code="en")
    translated = translate_via_po(page, english, lambda text: f"EN {text}")
    html = client.get(translated.url).content.decode()
    main = html.split("<main", 1)[1].split("</main>", 1)[0]
    for block in page.body:
        for text in texts_in(block.block, block.value):
            for part in re.split(r"\s{2,}", text):
                assert f"EN {part}" in main or f"EN {part.split()[0]}" in main, part
    assert "<caption>EN Projekt per län</caption>" in main.replace("\n", "")
    assert ">EN Gävleborgs län<" in main and ">EN Antal projekt<" in main
    assert ">12<" in main  # numbers are kept as they are


def test_the_seeded_table_is_translated_on_the_english_page(client, seeded):
    from pages.models import OfficePage

    office = OfficePage.objects.get(locale__language_code="en")
    html = client.get(office.url).content.decode()
    assert "The regions that run Central Sweden" in html and ">County seat<" in html
    for swedish in ("Regionerna som driver", "Residensstad", "Gävleborgs län"):
        assert swedish not in html
