"""Uploaded documents are served as downloads with a safe type, whatever they contain; the
upload forms take only the agreed types and sizes (no SVG, no archives)."""

import pytest

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.documents.models import Document

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("rapport.txt", b"<html><script>alert(1)</script></html>"),
        ("rapport.pdf", b"%PDF-1.4 <script>alert(1)</script>"),
        ("lista.csv", b"namn,epost\n<script>,x"),
    ],
)
def test_documents_are_downloads_with_a_safe_type(client, seeded, name, content):
    document = Document(title="Bilaga")
    document.file.save(name, ContentFile(content), save=True)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "html" not in response["Content-Type"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_upload_types_and_sizes_are_limited():
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert not {"zip", "html", "htm", "svg", "js", "exe"} & set(settings.WAGTAILDOCS_EXTENSIONS)
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE <= 20 * 1024 * 1024
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE <= 10 * 1024 * 1024
