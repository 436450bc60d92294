"""The header's logo: the site's own mark beside the organisation's name by default, or the SVG
logo from the site settings with the text alternative given there; unsafe SVG is refused."""

import base64
import re

import pytest

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from pages.models import SiteSettings

pytestmark = pytest.mark.django_db

LOGO = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 60">'
    b'<rect width="60" height="60" fill="#0b4a6f"/><text x="70" y="40">Testregionen</text></svg>'
)


def header_logo(client, path="/") -> str:
    html = client.get(path).content.decode()
    return re.search(r'<a class="site-logo.*?</a>', html, re.S).group()


def upload(svg: bytes = LOGO, alt: str = "") -> SiteSettings:
    settings = SiteSettings.objects.get()
    settings.logo = SimpleUploadedFile("logo.svg", svg, content_type="image/svg+xml")
    settings.logo_alt = alt
    settings.full_clean()
    settings.save()
    return settings


def test_without_a_logo_the_sites_mark_stands_beside_the_name(client, seeded):
    logo = header_logo(client)
    assert '<img class="site-logo__image" src="/static/img/logo.svg" alt=""' in logo
    assert 'width="48" height="48"' in logo
    # The mark is decorative: the link's name is the organisation's, in text.
    assert '<span class="site-logo__name">Region Gävleborg</span>' in logo
    assert "Internationell samverkan" in logo
    assert "International cooperation" in header_logo(client, "/en/")


def test_the_logo_from_the_settings_replaces_the_name_with_its_text_alternative(client, seeded):
    upload(alt="Testregionen – internationellt")
    logo = header_logo(client)
    src = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', logo).group(1)
    assert base64.b64decode(src) == LOGO
    assert 'alt="Testregionen – internationellt"' in logo
    assert 'width="240" height="60"' in logo  # from the viewBox: no layout shift
    assert "site-logo__name" not in logo  # the logo carries the name
    assert "Internationell samverkan" in logo


def test_a_logo_without_its_own_text_is_named_by_the_organisation(client, seeded):
    upload()
    assert 'alt="Region Gävleborg"' in header_logo(client)


def test_removing_the_logo_brings_back_the_mark(client, seeded):
    settings = upload()
    settings.logo = None
    settings.save()
    assert 'src="/static/img/logo.svg" alt=""' in header_logo(client)


@pytest.mark.parametrize(
    ("svg", "message"),
    [
        (LOGO.replace(b"</svg>", b"<script>alert(1)</script></svg>"), "skript"),
        (LOGO.replace(b"<rect ", b'<rect onclick="alert(1)" '), "skript"),
        (LOGO.replace(b"</svg>", b"<foreignObject><p>x</p></foreignObject></svg>"), "skript"),
        (
            LOGO.replace(b"</svg>", b'<image href="https://example.com/x.png"/></svg>'),
            "andra filer",
        ),
        (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', "giltig"),
        (b"<html><body>not a logo</body></html>", "giltig"),
        (b"<svg" + b" " * 110_000 + b"/>", "100 kB"),
    ],
)
def test_unsafe_or_broken_svg_is_refused(seeded, svg, message):
    with pytest.raises(ValidationError) as refused:
        upload(svg)
    assert message in str(refused.value)


def test_only_svg_files_are_accepted(seeded):
    settings = SiteSettings.objects.get()
    settings.logo = SimpleUploadedFile("logo.png", LOGO)
    with pytest.raises(ValidationError):
        settings.full_clean()
