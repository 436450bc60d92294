"""Public responses carry the security headers a public-sector site must send."""

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_send_security_headers(client, seeded):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]


def test_pages_make_no_third_party_requests(client, seeded):
    html = client.get("/").content.decode()
    for attribute in ('src="http', 'src="//', 'href="//'):
        assert attribute not in html
    assert 'rel="stylesheet" href="/static/' in html


def test_health_reports_the_database_and_the_cache(client, seeded):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize("path", ["/health/", "/robots.txt", "/sok/?q=bredband"])
def test_head_is_answered_like_get(client, seeded, path):
    response = client.head(path)
    assert response.status_code == 200
    assert response.content == b""


def test_robots_points_to_the_sitemap(client, seeded):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_the_admin_has_its_own_policy_and_no_third_party_avatars(client, seeded):
    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_superuser("admin", "admin@example.se", "x" * 16)
    client.force_login(admin)
    response = client.get("/admin/")
    csp = response["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in csp and "object-src 'none'" in csp
    assert "http" not in csp  # no other origin is allowed anything
    assert "gravatar" not in response.content.decode()
    # The public pages keep the strict policy.
    public = client.get("/")["Content-Security-Policy"]
    assert "unsafe-inline" not in public and "frame-ancestors 'none'" in public
