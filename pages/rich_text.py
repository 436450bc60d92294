"""Rich text's references (links to pages and documents, embedded images and media) as visitors
see them, and checked before an editor's text is saved.

Rich text is stored with references by id (``<a linktype="page" id="3">``). An editor's browser
can post any id, and Wagtail's handlers pass it straight to the database, so a forged id
(``1" onmouseover="…``) made a public page answer 500. Here an id is a number or nothing, and a
reference renders only what a visitor may open: a link to a draft, to a page in a private section
or to a document in a restricted collection keeps its words and loses its address. Wagtail's own
handlers are replaced (registered after Wagtail's, see wagtail_hooks.py); docs/upgrading.md.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.documents.rich_text import DocumentLinkHandler
from wagtail.embeds import format as embed_format
from wagtail.embeds.rich_text import MediaEmbedHandler
from wagtail.images import get_image_model
from wagtail.images.formats import get_image_format, get_image_formats
from wagtail.images.rich_text import ImageEmbedHandler
from wagtail.models import Page
from wagtail.rich_text.pages import PageLinkHandler
from wagtail.rich_text.rewriters import FIND_A_TAG, FIND_EMBED_TAG, extract_attrs

from pages.visibility import visible_document, visible_page
from regionsite.caching.fragments import active_locale, translation_of

AN_ID = re.compile(r"[1-9]\d{0,17}")  # a primary key: positive, and within a bigint
EMPTY_LINK = "<a>"  # Wagtail's own rendering of a link to nothing: the words, no address


def reference_id(attrs: dict) -> int | None:
    """The id a reference names, or None when it is not an id at all."""
    raw = attrs.get("id", "")
    return int(raw) if AN_ID.fullmatch(raw) else None


def in_bulk(queryset, attrs_list: list[dict]) -> list:
    """The objects the references name, in order; None for a bad id or a missing object."""
    ids = [reference_id(attrs) for attrs in attrs_list]
    wanted = {pk for pk in ids if pk is not None}
    found = queryset.in_bulk(wanted) if wanted else {}
    return [found.get(pk) for pk in ids]


class ReferenceById:
    """The reference index records only what an id can name (Wagtail's raises on a missing id)."""

    @classmethod
    def extract_references(cls, attrs):
        if (pk := reference_id(attrs)) is not None:
            yield cls.get_model(), str(pk), "", ""


class VisibleLinkHandler(ReferenceById):
    """A link whose target (from ``get_many``: None where a visitor may not open it) has a
    ``url``; otherwise the words alone."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        return [
            f'<a href="{escape(target.url)}">' if target else EMPTY_LINK
            for target in cls.get_many(attrs_list)
        ]


class VisiblePageLinkHandler(VisibleLinkHandler, PageLinkHandler):
    """A link to a page, in the reader's language where translated, if visitors may see it."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        pages = in_bulk(Page.objects.defer_streamfields().specific(), attrs_list)
        locale = active_locale()
        return [visible_page(translation_of(page, locale)) if page else None for page in pages]


class VisibleDocumentLinkHandler(VisibleLinkHandler, DocumentLinkHandler):
    """A link to a document, if visitors may download it."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list:
        documents = in_bulk(get_document_model().objects.all(), attrs_list)
        return [visible_document(document) for document in documents]


class CheckedImageEmbedHandler(ReferenceById, ImageEmbedHandler):
    """An embedded image; an unknown image or format is an empty image, not an error."""

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        images = in_bulk(get_image_model().objects.all(), attrs_list)
        known_formats = {image_format.name for image_format in get_image_formats()}
        tags = []
        for attrs, image in zip(attrs_list, images, strict=True):
            name = attrs.get("format")
            if image is None or name not in known_formats:
                tags.append('<img alt="">')
            else:
                tags.append(get_image_format(name).image_to_html(image, attrs.get("alt", "")))
        return tags


class CheckedMediaEmbedHandler(MediaEmbedHandler):
    """An embedded video or similar; without an address, nothing."""

    @staticmethod
    def expand_db_attributes(attrs: dict) -> str:
        url = attrs.get("url", "")
        return embed_format.embed_to_frontend_html(url) if url else ""


REPLACED_HANDLERS = [VisiblePageLinkHandler, VisibleDocumentLinkHandler]
REPLACED_EMBEDS = [CheckedImageEmbedHandler, CheckedMediaEmbedHandler]


# Checked before saving: a reference must name something that exists.
MODELS_BY_REFERENCE = {
    ("a", "page"): lambda: Page.objects,
    ("a", "document"): lambda: get_document_model().objects,
    ("embed", "image"): lambda: get_image_model().objects,
}


def references(html: str):
    """(tag match, attributes, model getter) of each reference to a page, document or image."""
    for tag, pattern, kind in (
        ("a", FIND_A_TAG, "linktype"),
        ("embed", FIND_EMBED_TAG, "embedtype"),
    ):
        for match in pattern.finditer(html):
            attrs = extract_attrs(match.group(1))
            models = MODELS_BY_REFERENCE.get((tag, attrs.get(kind, "")))
            if models is not None:
                yield match, attrs, models


def with_bad_ids_emptied(html: str) -> str:
    """``html`` with each reference that is not an id at all pointing at id 0 instead: the
    editor's form shows it as a broken link, with its words, rather than failing to open
    (Wagtail's converter for the editor passes the id to the database as it is)."""
    for match, attrs, _models in reversed(list(references(html))):
        if reference_id(attrs) is None:
            start, end = match.span(1)
            repaired, found = re.subn(r'(?<![\w-])id="[^"]*"', 'id="0"', match.group(1))
            if not found:
                repaired += ' id="0"'
            html = html[:start] + repaired + html[end:]
    return html


def check_references(html: str) -> None:
    """Raise a ValidationError, in Swedish, for a reference that names no page, document or
    image: a forged or damaged id, or something deleted since the link was made. One query per
    kind of reference, however many links the text holds."""
    wanted: dict = {}
    for _match, attrs, models in references(html):
        pk = reference_id(attrs)
        if pk is None:
            raise ValidationError(
                _(
                    "Länken går inte att spara: den har en felaktig hänvisning. Ta bort länken "
                    "och lägg till den igen med knappen för länkar."
                ),
                code="bad_reference",
            )
        wanted.setdefault(models, set()).add(pk)
    for models, ids in wanted.items():
        if models().filter(pk__in=ids).count() < len(ids):
            raise ValidationError(
                _(
                    "Länken går inte att spara: sidan, dokumentet eller bilden den pekar på "
                    "finns inte längre. Ta bort länken eller välj något annat."
                ),
                code="missing_reference",
            )
