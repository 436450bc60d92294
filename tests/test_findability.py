"""Findability: sitemap with language alternates, canonical URLs, descriptions, link previews
and structured data."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from django.conf import settings

from wagtail.models import Page

from pages.models import HomePage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client) -> dict[str, dict[str, str]]:
    """Every URL in every section the index lists, with its alternates."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    sections = [
        loc.text.removeprefix(settings.SITE_URL)  # the index names the public address
        for loc in ET.fromstring(index.content).findall("s:sitemap/s:loc", NS)  # noqa: S314
    ]
    assert {section.split("?")[0] for section in sections} == {
        "/sitemap-sv.xml",
        "/sitemap-en.xml",
        "/sitemap-fi.xml",
    }
    urls = {}
    for section in sections:
        response = client.get(section)
        assert response.status_code == 200
        root = ET.fromstring(response.content)  # noqa: S314 - our own output
        for url in root.findall("s:url", NS):
            urls[url.findtext("s:loc", namespaces=NS)] = {
                link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
            }
    return urls


def test_sitemap_sections_are_paged_so_no_file_grows_with_the_site(client, seeded, monkeypatch):
    from pages.sitemap import LanguageSitemap
    from tests.factories import StandardPageFactory

    monkeypatch.setattr(LanguageSitemap, "limit", 40)  # 1000 in production: fewer pages to build
    home = HomePage.objects.get(locale__language_code="sv")
    swedish = Page.objects.live().public().filter(locale__language_code="sv", depth__gt=1)
    for n in range(LanguageSitemap.limit - swedish.count() + 1):
        StandardPageFactory(parent=home, slug=f"sida-{n}")
    index = client.get("/sitemap.xml").content.decode()
    assert "/sitemap-sv.xml?p=2" in index
    second = client.get("/sitemap-sv.xml?p=2")
    assert second.status_code == 200
    assert len(ET.fromstring(second.content).findall("s:url", NS)) == 1  # noqa: S314
    assert client.get("/sitemap-de.xml").status_code == 404  # not a site language


def test_sitemap_lists_every_public_page_in_both_languages_with_alternates(client, seeded):
    urls = sitemap(client)
    public = Page.objects.live().public().filter(depth__gt=1)
    assert set(urls) == {page.get_full_url() for page in public}
    assert len(urls) == public.count() >= 60  # 31 pages, each in two languages
    assert urls["http://localhost/infrastruktur/"] == {
        "sv": "http://localhost/infrastruktur/",
        "en": "http://localhost/en/infrastructure/",
        "x-default": "http://localhost/infrastruktur/",
    }
    assert urls["http://localhost/en/contact/"]["sv"] == "http://localhost/kontakt/"


def test_sitemap_leaves_out_drafts_and_has_no_alternates_for_untranslated_pages(client, seeded):
    home = HomePage.objects.get(locale__language_code="sv")
    StandardPageFactory(parent=home, slug="utkast", live=False)
    StandardPageFactory(parent=home, slug="bara-svenska")
    urls = sitemap(client)
    assert "http://localhost/utkast/" not in urls
    assert urls["http://localhost/bara-svenska/"] == {}


def head(client, path: str) -> str:
    return client.get(path).content.decode().split("</head>", 1)[0]


@pytest.mark.parametrize(
    ("path", "canonical", "locale", "alternate"),
    [
        ("/brysselkontoret/", "http://localhost/brysselkontoret/", "sv_SE", "en_GB"),
        ("/en/brussels-office/", "http://localhost/en/brussels-office/", "en_GB", "sv_SE"),
    ],
)
def test_pages_have_canonical_url_description_and_link_preview(
    client, seeded, path, canonical, locale, alternate
):
    html = head(client, path)
    assert f'<link rel="canonical" href="{canonical}">' in html
    assert f'<meta property="og:url" content="{canonical}">' in html
    assert f'<meta property="og:locale" content="{locale}">' in html
    assert f'<meta property="og:locale:alternate" content="{alternate}">' in html
    assert re.search(r'<meta name="description" content="[^"]{40,}">', html)
    assert '<meta property="og:image" content="http://localhost/static/img/share.png">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_editor_description_wins_over_the_lead(client, seeded):
    page = Page.objects.get(slug="kontakt").specific
    page.search_description = "Så når du Region Gävleborgs internationella enhet."
    page.save_revision().publish()
    assert (
        '<meta name="description" content="Så når du Region Gävleborgs internationella enhet.">'
        in head(client, "/kontakt/")
    )


def structured_data(client, path: str) -> list[dict]:
    scripts = re.findall(
        r'<script type="application/ld\+json">(.*?)</script>', head(client, path), re.S
    )
    return [json.loads(script) for script in scripts]


def test_home_page_describes_the_organisation(client, seeded):
    (organisation,) = structured_data(client, "/")
    assert organisation["@type"] == "GovernmentOrganization"
    assert organisation["name"] == "Region Gävleborg"
    assert organisation["email"] == "region@regiongavleborg.se"


def test_deep_pages_carry_their_breadcrumb_trail(client, seeded):
    (trail,) = structured_data(client, "/en/about-this-website/accessibility-statement/")
    assert trail["@type"] == "BreadcrumbList"
    assert [item["name"] for item in trail["itemListElement"]] == [
        "International cooperation",
        "About this website",
        "Accessibility statement",
    ]
    assert trail["itemListElement"][-1]["item"] == (
        "http://localhost/en/about-this-website/accessibility-statement/"
    )


def test_structured_data_cannot_break_out_of_its_script(client, seeded):
    page = Page.objects.get(slug="kontakt").specific
    page.title = "Kontakt </script><script>alert(1)</script>"
    page.save_revision().publish()
    html = head(client, "/kontakt/")
    assert "<script>alert(1)</script>" not in html
    (trail,) = structured_data(client, "/kontakt/")
    assert trail["itemListElement"][-1]["name"] == page.title
