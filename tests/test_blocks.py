"""Every StreamField block renders with its own template and validates what editors enter."""

import re

import pytest

from django.core.files.base import ContentFile

import wagtail_factories
from wagtail import blocks as wagtail_blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.models import Document

from pages import blocks

pytestmark = pytest.mark.django_db
BODY = blocks.BodyStreamBlock()


@pytest.fixture
def image():
    return wagtail_factories.ImageFactory(
        title="Utsikt över Gävle", file__width=1600, file__height=900
    )


@pytest.fixture
def document():
    doc = Document(title="Verksamhetsplan 2026")
    doc.file.save("verksamhetsplan.pdf", ContentFile(b"%PDF-1.4\n" + b"x" * 2048), save=False)
    doc.save()
    return doc


def render(name: str, raw_value) -> str:
    block = BODY.child_blocks[name]
    return block.render(block.to_python(raw_value))


def test_the_body_offers_exactly_the_agreed_blocks_and_no_raw_html():
    assert set(BODY.child_blocks) == {
        "heading",
        "paragraph",
        "image",
        "quote",
        "fact_box",
        "call_to_action",
        "link_list",
        "document",
        "accordion",
        "table",
    }
    for block in BODY.child_blocks.values():
        assert not isinstance(block, wagtail_blocks.RawHTMLBlock)
        assert block.meta.template.startswith("blocks/"), block.name


@pytest.mark.parametrize(
    "name",
    [
        "heading",
        "paragraph",
        "quote",
        "fact_box",
        "call_to_action",
        "link_list",
        "accordion",
        "table",
    ],
)
def test_block_renders_its_preview_value(name):
    block = BODY.child_blocks[name]
    html = block.render(block.get_preview_value())
    assert html.strip()
    assert "None" not in html


def test_heading_has_its_level_and_an_anchor():
    assert render("heading", {"text": "Så arbetar vi", "level": "h3"}).strip() == (
        '<h3 id="sa-arbetar-vi">Så arbetar vi</h3>'
    )


def test_heading_anchors_are_unique_on_their_page(rf):
    """Two headings alike, or one named like a part of the template (the feedback form is
    id="synpunkter"), must not give two elements one id."""
    request = rf.get("/")
    body = BODY.to_python(
        [
            {"type": "heading", "value": {"text": "Kontakt", "level": "h2"}},
            {"type": "heading", "value": {"text": "Kontakt", "level": "h2"}},
            {"type": "heading", "value": {"text": "Synpunkter", "level": "h2"}},
        ]
    )
    html = body.render_as_block(context={"request": request})
    assert re.findall(r'id="([^"]+)"', html) == ["kontakt", "kontakt-2", "synpunkter-2"]


def test_rich_text_offers_a_limited_accessible_feature_set():
    features = BODY.child_blocks["paragraph"].features
    assert features == ["bold", "italic", "ol", "ul", "link", "document-link"]


def test_image_renders_responsive_renditions_with_alt_text(image):
    html = render(
        "image",
        {
            "image": image.pk,
            "alt_text": "Gävle hamn",
            "caption": "Hamnen",
            "credit": "Region Gävleborg",
            "decorative": False,
        },
    )
    assert "<picture>" in html
    assert 'alt="Gävle hamn"' in html
    assert "srcset=" in html and "480w" in html and "1200w" in html
    assert "image/avif" in html and "image/webp" in html
    assert 'width="480"' in html and 'loading="lazy"' in html
    assert "Hamnen" in html and "Foto: Region Gävleborg" in html


def test_a_small_original_is_listed_once_at_its_real_width():
    """Wagtail never enlarges: a 400-pixel original is one 400w file per format, not three
    identical files described as 480w, 800w and 1200w."""
    small = wagtail_factories.ImageFactory(title="Liten", file__width=400, file__height=300)
    html = render("image", {"image": small.pk, "alt_text": "Liten bild", "decorative": False})
    descriptors = re.findall(r" (\d+)w", html)
    assert descriptors == [] or set(descriptors) == {"400"}
    assert "480w" not in html and "800w" not in html
    assert 'width="400"' in html


def test_a_medium_original_gets_the_widths_below_it_and_its_own():
    medium = wagtail_factories.ImageFactory(title="Mellan", file__width=1000, file__height=600)
    html = render("image", {"image": medium.pk, "alt_text": "Mellan", "decorative": False})
    assert sorted(set(re.findall(r" (\d+)w", html)), key=int) == ["480", "800", "1000"]


def test_decorative_image_has_empty_alt(image):
    html = render("image", {"image": image.pk, "alt_text": "", "decorative": True})
    assert 'alt=""' in html


def test_image_without_alt_text_is_refused_unless_decorative(image):
    block = BODY.child_blocks["image"]
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": image.pk, "alt_text": " ", "decorative": False}))
    assert "alt_text" in error.value.block_errors
    block.clean(block.to_python({"image": image.pk, "alt_text": "", "decorative": True}))


def test_call_to_action_needs_exactly_one_target():
    block = BODY.child_blocks["call_to_action"]
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "Läs mer", "page": None, "url": ""}))
    block.clean(block.to_python({"text": "Läs mer", "page": None, "url": "https://example.se/"}))


def test_document_download_shows_type_and_size(document):
    html = render("document", {"document": document.pk, "title": "", "description": "Plan"})
    assert "Verksamhetsplan 2026" in html
    assert "(PDF, 2,0\xa0kB)" in html  # Swedish number format
    assert document.url in html


def test_link_list_links_pages_sites_and_documents(seeded, document):
    from pages.models import ThemePage

    theme = ThemePage.objects.get(slug="infrastruktur")
    html = render(
        "link_list",
        {
            "heading": "Läs mer",
            "links": [
                {"type": "page", "value": {"page": theme.pk, "text": ""}},
                {"type": "external", "value": {"url": "https://europa.eu/", "text": "EU"}},
                {"type": "document", "value": {"document": document.pk, "text": ""}},
            ],
        },
    )
    assert '<a href="/infrastruktur/">Infrastruktur</a>' in html
    assert '<a href="https://europa.eu/">EU</a>' in html
    assert "Verksamhetsplan 2026" in html and "PDF" in html


def test_accordion_uses_details_and_summary():
    html = render(
        "accordion",
        {"heading": "Frågor", "items": [{"question": "Vad?", "answer": "<p>Svar.</p>"}]},
    )
    assert "<details" in html and "<summary" in html and "Svar." in html


def test_table_has_caption_and_column_headers():
    block = BODY.child_blocks["table"]
    html = block.render(block.get_preview_value())
    assert "<caption>Regioner i Central Sweden</caption>" in html
    assert '<th scope="col">Region</th>' in html
