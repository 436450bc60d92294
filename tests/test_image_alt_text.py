"""Images need alternative text: the library's description at upload (the default), and in the
image block a text of the page's own or an explicit decorative mark."""

import io

import pytest
from PIL import Image as PillowImage

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images import get_image_model
from wagtail_localize.fields import TranslatableField, get_translatable_fields

from pages.blocks import ImageBlock
from pages.models import NewsPage

pytestmark = pytest.mark.django_db


def png(name="hamn.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (40, 30), "navy").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("bildadmin", password="x"))
    return client


def test_an_image_without_alternative_text_is_refused_with_a_swedish_message(admin_client):
    response = admin_client.post(
        "/admin/images/add/", {"title": "Hamnen", "file": png(), "description": ""}
    )
    assert response.status_code == 200
    assert "Alternativtext" in response.content.decode()
    assert "Det här fältet är obligatoriskt" in response.content.decode()
    assert not get_image_model().objects.filter(title="Hamnen").exists()

    admin_client.post(
        "/admin/images/add/",
        {"title": "Hamnen", "file": png(), "description": "Containerfartyg i Gävle hamn"},
    )
    image = get_image_model().objects.get(title="Hamnen")
    assert image.default_alt_text == "Containerfartyg i Gävle hamn"


def test_the_multiple_upload_saves_the_file_and_then_asks_for_the_alternative_text(admin_client):
    upload = admin_client.post("/admin/images/multiple/add/", {"files[]": png("kaj.png")})
    assert upload.json()["success"] is True
    image = get_image_model().objects.get(pk=upload.json()["image_id"])
    assert "Alternativtext" in upload.json()["form"]

    prefix = f"image-{image.pk}"
    refused = admin_client.post(
        f"/admin/images/multiple/{image.pk}/",
        {f"{prefix}-title": "Kajen", f"{prefix}-description": "", f"{prefix}-collection": "1"},
    )
    assert refused.json()["success"] is False
    accepted = admin_client.post(
        f"/admin/images/multiple/{image.pk}/",
        {
            f"{prefix}-title": "Kajen",
            f"{prefix}-description": "Kajen i Gävle en vinterdag",
            f"{prefix}-collection": "1",
        },
    )
    assert accepted.json()["success"] is True
    image.refresh_from_db()
    assert image.description == "Kajen i Gävle en vinterdag"


def test_the_image_block_takes_the_library_text_as_its_own_or_the_decorative_mark(db):
    described = get_image_model().objects.create(title="Kaj", file=png(), description="Kajen")
    block = ImageBlock()
    value = block.clean(block.to_python({"image": described.pk, "alt_text": ""}))
    assert value["alt_text"] == "Kajen", "the library's text, copied so it can be translated"
    own = block.clean(block.to_python({"image": described.pk, "alt_text": "Kajen i Gävle"}))
    assert own["alt_text"] == "Kajen i Gävle"

    undescribed = get_image_model().objects.create(title="Äldre bild", file=png())
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(block.to_python({"image": undescribed.pk, "alt_text": "", "decorative": False}))
    assert "alternativtext" in str(refused.value.block_errors["alt_text"])
    decorative = block.clean(block.to_python({"image": undescribed.pk, "decorative": True}))
    assert decorative["decorative"]


def test_a_news_image_gets_the_library_text_as_its_own_translatable_alt_text(seeded, client):
    image = get_image_model().objects.create(
        title="Hamn", file=png(), description="Containerfartyg i Gävle hamn"
    )
    news = NewsPage.objects.filter(locale__language_code="sv").first()
    news.image = image
    news.image_alt_text = ""
    news.save_revision().publish()
    news.refresh_from_db()
    assert news.image_alt_text == "Containerfartyg i Gävle hamn"
    fields = {field.field_name: field for field in get_translatable_fields(NewsPage)}
    assert isinstance(fields["image_alt_text"], TranslatableField), "translators translate it"
    html = client.get(news.url).content.decode()
    assert 'alt="Containerfartyg i Gävle hamn"' in html
    assert 'property="og:image:alt" content="Containerfartyg i Gävle hamn"' in html, "shared too"
