"""StreamField blocks shared by every page type.

Each block is a small class with its own template in ``templates/blocks/``. There is
deliberately no raw-HTML block: editors cannot inject markup or script.
"""

from collections import defaultdict

from django.core.exceptions import ValidationError
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import TypedTable, TypedTableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

# A small, accessible set: structure comes from heading blocks, not from rich text. Every rich
# text on the site is a block that names its features, so this is the only list.
RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingValue(blocks.StructValue):
    @cached_property
    def anchor(self) -> str:
        return slugify(self.get("text") or "")


class HeadingBlock(blocks.StructBlock):
    """A section heading (h2 or h3) with an anchor that can be linked to."""

    text = blocks.CharBlock(label=_("Rubrik"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Nivå"),
        choices=[("h2", _("Rubrik 2")), ("h3", _("Rubrik 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Rubrik")
        template = "blocks/heading_block.html"
        value_class = HeadingValue
        preview_value = {"text": "Så arbetar vi", "level": "h2"}
        form_classname = "struct-block heading-block"


class CheckedRichTextBlock(blocks.RichTextBlock):
    """Rich text whose links must name a page or document that exists: a forged or damaged
    reference is refused with a message when saved (pages/rich_text.py)."""

    def clean(self, value):
        from pages.rich_text import check_references  # it imports the models' modules

        value = super().clean(value)
        check_references(value.source or "")
        return value

    def get_form_state(self, value):
        # The form comes back with the refused text: it must open, with its words kept.
        from pages.rich_text import with_bad_ids_emptied

        if value is not None and getattr(value, "source", None):
            value = type(value)(with_bad_ids_emptied(value.source))
        return super().get_form_state(value)


class ParagraphBlock(CheckedRichTextBlock):
    """Body text with a limited, accessible set of formatting."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        kwargs.setdefault("label", _("Brödtext"))
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        preview_value = "<p>Region Gävleborg samverkar med regioner i hela Europa.</p>"


class ImageBlock(blocks.StructBlock):
    """An image with required alternative text (unless decorative), caption and credit."""

    image = ImageChooserBlock(label=_("Bild"))
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"),
        required=False,
        max_length=250,
        help_text=_(
            "Beskriv vad bilden visar här, för den som inte kan se den. Tomt: "
            "bildbibliotekets alternativtext fylls i när du sparar."
        ),
    )
    decorative = blocks.BooleanBlock(
        label=_("Bilden är dekorativ"),
        required=False,
        help_text=_(
            "Bara för bilder som inte tillför något innehåll. De får ingen alternativtext."
        ),
    )
    caption = blocks.CharBlock(label=_("Bildtext"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Fotograf/källa"), required=False, max_length=120)

    def clean(self, value):
        value = super().clean(value)
        # Default: the library's alternative text, copied here so that it can be translated.
        image = value.get("image")
        if not value.get("decorative") and not (value.get("alt_text") or "").strip() and image:
            value["alt_text"] = getattr(image, "description", "")
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(
                        _("Skriv en alternativtext eller markera bilden som dekorativ.")
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image_block.html"


class QuoteBlock(blocks.StructBlock):
    """A quotation with an optional attribution."""

    quote = blocks.TextBlock(label=_("Citat"))
    attribution = blocks.CharBlock(label=_("Källa"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Citat")
        template = "blocks/quote_block.html"
        preview_value = {
            "quote": "Tillsammans med andra regioner blir vi starkare.",
            "attribution": "Region Gävleborg",
        }


class FactBoxBlock(blocks.StructBlock):
    """A boxed aside with a heading and a few facts."""

    heading = blocks.CharBlock(label=_("Rubrik"), max_length=120)
    body = CheckedRichTextBlock(label=_("Text"), features=["bold", "ol", "ul", "link"])

    class Meta:
        icon = "info-circle"
        label = _("Faktaruta")
        template = "blocks/fact_box_block.html"
        preview_value = {
            "heading": "Fakta",
            "body": "<ul><li>Kontor i Bryssel sedan många år</li><li>Tre regioner</li></ul>",
        }


class PageLinkValue(blocks.StructValue):
    @cached_property
    def target(self):
        """The chosen page in the reader's language (where it is translated and live), if
        visitors may see it: a translation keeps the source's choice, so resolve it here."""
        from pages.visibility import visible_page
        from regionsite.caching.fragments import active_locale, translation_of

        page = self.get("page")
        if page is not None:
            page = translation_of(page, active_locale())
        return visible_page(page)


class LinkTargetMixin:
    """Shared validation: a link points to exactly one of a page or an address."""

    def clean_link_target(self, value):
        if bool(value.get("page")) == bool(value.get("url")):
            message = ValidationError(_("Välj antingen en sida eller en webbadress."))
            raise StructBlockValidationError(block_errors={"page": message, "url": message})


class CallToActionBlock(LinkTargetMixin, blocks.StructBlock):
    """A prominent link to the next step."""

    text = blocks.CharBlock(label=_("Länktext"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Sida"), required=False)
    url = blocks.URLBlock(label=_("Webbadress"), required=False)

    def clean(self, value):
        value = super().clean(value)
        self.clean_link_target(value)
        return value

    class Meta:
        icon = "link"
        label = _("Knapplänk")
        template = "blocks/call_to_action_block.html"
        value_class = PageLinkValue
        preview_value = {"text": "Kontakta oss", "url": "https://www.regiongavleborg.se/"}


class PageLinkBlock(blocks.StructBlock):
    page = blocks.PageChooserBlock(label=_("Sida"))
    text = blocks.CharBlock(
        label=_("Länktext"), required=False, help_text=_("Tomt: sidans titel används.")
    )

    class Meta:
        icon = "doc-empty"
        label = _("Intern länk")
        value_class = PageLinkValue


class ExternalLinkBlock(blocks.StructBlock):
    url = blocks.URLBlock(label=_("Webbadress"))
    text = blocks.CharBlock(label=_("Länktext"))

    class Meta:
        icon = "link-external"
        label = _("Extern länk")


class DocumentValue(blocks.StructValue):
    @cached_property
    def target(self):
        """The chosen document if visitors may download it: not deleted, not in a restricted
        collection (whose documents' titles and file names must not reach public pages)."""
        from pages.visibility import visible_document

        return visible_document(self.get("document"))


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Dokument"))
    text = blocks.CharBlock(
        label=_("Länktext"), required=False, help_text=_("Tomt: dokumentets titel används.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Dokument")
        value_class = DocumentValue


class LinkListBlock(blocks.StructBlock):
    """A titled list of links to pages, other websites and documents."""

    heading = blocks.CharBlock(label=_("Rubrik"), required=False, max_length=120)
    links = blocks.StreamBlock(
        [
            ("page", PageLinkBlock()),
            ("external", ExternalLinkBlock()),
            ("document", DocumentLinkBlock()),
        ],
        label=_("Länkar"),
        min_num=1,
    )

    class Meta:
        icon = "list-ul"
        label = _("Länklista")
        template = "blocks/link_list_block.html"
        preview_value = {
            "heading": "Läs mer",
            "links": [
                (
                    "external",
                    {"url": "https://www.regiongavleborg.se/", "text": "Region Gävleborg"},
                ),
            ],
        }


class DocumentBlock(blocks.StructBlock):
    """A document to download, shown with its file type and size."""

    document = DocumentChooserBlock(label=_("Dokument"))
    title = blocks.CharBlock(
        label=_("Rubrik"), required=False, help_text=_("Tomt: dokumentets titel används.")
    )
    description = blocks.TextBlock(label=_("Beskrivning"), required=False)

    class Meta:
        icon = "download"
        label = _("Dokument att ladda ner")
        template = "blocks/document_block.html"
        value_class = DocumentValue


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Fråga eller rubrik"), max_length=200)
    answer = CheckedRichTextBlock(label=_("Svar"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Fråga")


class AccordionBlock(blocks.StructBlock):
    """Questions and answers that open and close without JavaScript (details/summary)."""

    heading = blocks.CharBlock(label=_("Rubrik"), required=False, max_length=120)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Frågor"), min_num=1)

    class Meta:
        icon = "list-ol"
        label = _("Frågor och svar")
        template = "blocks/accordion_block.html"
        preview_value = {
            "heading": "Vanliga frågor",
            "items": [
                {
                    "question": "Vad gör Brysselkontoret?",
                    "answer": "<p>Det bevakar EU:s politik och för fram regionens intressen.</p>",
                },
            ],
        }


class TableBlock(TypedTableBlock):
    """A data table with column headings and a caption.

    wagtail-localize knows nothing of typed tables (it would skip them: the English page kept
    the Swedish caption, headings and cells), so the block hands it its texts itself: the
    caption, each column heading and each text or rich-text cell. Numbers are the same in every
    language and are not offered for translation.
    """

    text = blocks.CharBlock(label=_("Text"))
    number = blocks.DecimalBlock(label=_("Tal"))
    rich_text = CheckedRichTextBlock(
        label=_("Formaterad text"), features=["bold", "italic", "link"]
    )

    class Meta:
        icon = "table"
        label = _("Tabell")
        template = "blocks/table_block.html"
        preview_value = {
            "caption": "Regioner i Central Sweden",
            "columns": [
                {"type": "text", "heading": "Region"},
                {"type": "text", "heading": "Residensstad"},
            ],
            "rows": [
                {"values": ["Region Dalarna", "Falun"]},
                {"values": ["Region Gävleborg", "Gävle"]},
                {"values": ["Region Örebro län", "Örebro"]},
            ],
        }

    # wagtail-localize's hooks (wagtail_localize/segments/extract.py and ingest.py).
    def get_translatable_segments(self, table) -> list:
        from wagtail_localize.segments import StringSegmentValue
        from wagtail_localize.segments.extract import StreamFieldSegmentExtractor

        cells = StreamFieldSegmentExtractor(field=None)
        segments = []
        if table.caption:
            segments.append(StringSegmentValue("caption", table.caption))
        for index, column in enumerate(table.columns):
            if column["heading"]:
                segments.append(StringSegmentValue(f"heading-{index}", column["heading"]))
        for row_index, row in enumerate(table.row_data):
            for index, (column, value) in enumerate(zip(table.columns, row["values"], strict=True)):
                if isinstance(column["block"], blocks.DecimalBlock) or value in ("", None):
                    continue
                for segment in cells.handle_block(column["block"], value):
                    segments.append(segment.wrap(f"cell-{row_index}-{index}"))
        return segments

    def restore_translated_segments(self, table, segments):
        from wagtail_localize.segments.ingest import StreamFieldSegmentsWriter

        cells = StreamFieldSegmentsWriter(field=None, src_locale=None, tgt_locale=None)
        by_part = defaultdict(list)
        for segment in segments:
            part, inner = segment.unwrap()
            by_part[part].append(inner)

        def text(part: str, default: str) -> str:
            return by_part[part][0].render_text() if by_part.get(part) else default

        columns = [
            {**column, "heading": text(f"heading-{index}", column["heading"])}
            for index, column in enumerate(table.columns)
        ]
        rows = []
        for row_index, row in enumerate(table.row_data):
            values = []
            for index, (column, value) in enumerate(zip(table.columns, row["values"], strict=True)):
                found = by_part.get(f"cell-{row_index}-{index}")
                values.append(cells.handle_block(column["block"], value, found) if found else value)
            rows.append({**row, "values": values})
        return TypedTable(columns=columns, row_data=rows, caption=text("caption", table.caption))


class BodyStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    fact_box = FactBoxBlock()
    call_to_action = CallToActionBlock()
    link_list = LinkListBlock()
    document = DocumentBlock()
    accordion = AccordionBlock()
    table = TableBlock()

    class Meta:
        label = _("Innehåll")
