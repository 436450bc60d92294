"""Bad input gets a clear Swedish answer and a 4xx; failures never show a traceback."""

import pytest

from django.db import OperationalError
from django.test import RequestFactory

from regionsite.middleware import DatabaseUnavailableMiddleware
from regionsite.views import server_error

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path",
    [
        "/finns-inte/",
        "/infrastruktur/finns-inte/",
        "/%ff%fe/",
        "/" + "a" * 2000 + "/",
        "/infrastruktur/../../etc/passwd",
        "/<script>alert(1)</script>/",
    ],
)
def test_unknown_and_malformed_paths_get_the_swedish_404(client, seeded, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "Sidan finns inte" in html
    assert "<script>alert(1)</script>" not in html


def test_404_keeps_the_site_navigation(client, seeded):
    html = client.get("/finns-inte/").content.decode()
    assert 'class="main-nav"' in html
    assert 'href="/infrastruktur/"' in html


def test_odd_query_strings_do_not_break_pages(client, seeded):
    response = client.get("/", {"page": "abc", "q": "' OR 1=1 --", "x": "\x00"})
    assert response.status_code in (200, 400)


def test_disallowed_host_gets_a_400_not_a_500(client, seeded):
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400


def test_500_page_is_swedish_and_stands_alone():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "Ett fel har uppstått" in html


def test_database_outage_gets_a_swedish_503():
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    error = OperationalError("connection refused")
    response = middleware.process_exception(RequestFactory().get("/"), error)
    assert response.status_code == 503
    assert "tillfälligt otillgänglig" in response.content.decode()
    assert response["Retry-After"] == "60"


def test_other_errors_are_left_to_the_500_handler():
    middleware = DatabaseUnavailableMiddleware(lambda request: None)
    assert middleware.process_exception(RequestFactory().get("/"), ValueError("x")) is None


def test_a_host_we_do_not_serve_over_plain_http_gets_the_400_page(client, seeded, settings):
    """Production redirects to HTTPS, which asks for the host before the language is set."""
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Felaktig förfrågan" in response.content.decode()


def test_a_host_we_do_not_serve_is_logged_as_one_warning_line(client, seeded):
    import io
    import logging

    handler = logging.getLogger("django.security.DisallowedHost").handlers[0]
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        client.get("/", HTTP_HOST="evil.example")
    finally:
        handler.setStream(previous)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 1
    assert "WARNING django.security.DisallowedHost: Invalid HTTP_HOST header" in lines[0]


def test_a_forged_post_gets_the_swedish_403(seeded):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post("/", {"q": "x"})
    assert response.status_code == 403
    html = response.content.decode()
    assert '<html lang="sv">' in html
    assert "Felkod: 403" in html


def test_a_password_reset_mail_that_cannot_be_sent_is_logged(client, seeded, settings, caplog):
    """The visitor sees the usual answer (no account enumeration); operators see an ERROR."""
    import logging

    from django.contrib.auth import get_user_model

    from tests.live_site import free_port

    get_user_model().objects.create_user("redaktor", "redaktor@example.se", "x" * 16)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2
    with caplog.at_level(logging.ERROR):
        response = client.post("/admin/password_reset/", {"email": "redaktor@example.se"})
    assert response.status_code == 302
    assert any(
        record.levelno == logging.ERROR and "password reset" in record.getMessage()
        for record in caplog.records
    )
