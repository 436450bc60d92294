"""The site names its real public address (SITE_URL) everywhere, not localhost."""

import io

import pytest

from django.core.management import call_command
from django.core.management.sql import emit_post_migrate_signal
from django.test import override_settings

from wagtail.models import Site

pytestmark = pytest.mark.django_db

PUBLIC = "https://internationell.example.se"


def test_seed_content_points_the_site_at_site_url(client, seeded):
    with override_settings(SITE_URL=PUBLIC, ALLOWED_HOSTS=["internationell.example.se"]):
        call_command("seed_content", stdout=io.StringIO())
        site = Site.objects.get(is_default_site=True)
        assert (site.hostname, site.port, site.root_url) == (
            "internationell.example.se",
            443,
            PUBLIC,
        )
        html = client.get("/infrastruktur/", HTTP_HOST="internationell.example.se").content
        html = html.decode()
        sitemap = client.get("/sitemap-sv.xml", HTTP_HOST="internationell.example.se")
    assert f'<link rel="canonical" href="{PUBLIC}/infrastruktur/">' in html
    assert f'<meta property="og:url" content="{PUBLIC}/infrastruktur/">' in html
    assert "localhost" not in html
    assert f"<loc>{PUBLIC}/nyheter/</loc>" in sitemap.content.decode()


def test_migrate_points_the_site_at_a_changed_site_url(seeded):
    with override_settings(SITE_URL="http://intern.example.se:8080"):
        emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("intern.example.se", 8080)


def test_the_sitemap_index_names_its_sections_at_site_url(client, seeded):
    """Whatever Host the request came with (an internal name, the load balancer's address)."""
    with override_settings(SITE_URL=PUBLIC, ALLOWED_HOSTS=["127.0.0.1", "testserver"]):
        index = client.get("/sitemap.xml", HTTP_HOST="127.0.0.1").content.decode()
    assert f"<loc>{PUBLIC}/sitemap-sv.xml</loc>" in index
    assert f"<loc>{PUBLIC}/sitemap-en.xml</loc>" in index
    assert "127.0.0.1" not in index
