"""Public pages are sent compressed to clients that accept gzip, with an ETag so a repeat
request answers 304; the admin is not compressed (BREACH: docs/performance.md)."""

import gzip

import pytest

from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("path", ["/", "/nyheter/", "/sok/?q=bredband", "/en/", "/sitemap-sv.xml"])
def test_public_pages_are_gzipped_when_accepted(client, seeded, path):
    plain = client.get(path)
    packed = client.get(path, HTTP_ACCEPT_ENCODING="gzip")
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content) / 2


def test_a_repeat_request_with_the_etag_answers_304(client, seeded):
    first = client.get("/infrastruktur/")
    assert first.has_header("ETag")
    again = client.get("/infrastruktur/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_the_admin_is_not_compressed(client, seeded):
    admin = get_user_model().objects.create_superuser("admin", "admin@example.se", "x" * 16)
    client.force_login(admin)
    response = client.get("/admin/", HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200
    assert not response.has_header("Content-Encoding")
