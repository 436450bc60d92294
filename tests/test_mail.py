"""Mail by the standard settings: EMAIL_* and DEFAULT_FROM_EMAIL from the environment, and what
the site sends arrives at a real SMTP server (tests/smtp.py), not only in Django's outbox."""

import pytest

from tests.production import PRODUCTION_ENV, run_django
from tests.test_feedback import later, post

MAIL_ENV = {
    "EMAIL_HOST": "smtp.example.se",
    "EMAIL_PORT": "587",
    "EMAIL_HOST_USER": "webbplatsen",
    "EMAIL_HOST_PASSWORD": "hemligt-lösenord",
    "EMAIL_USE_TLS": "true",
    "DEFAULT_FROM_EMAIL": "Internationell samverkan <noreply@example.se>",
}


def test_production_takes_its_mail_settings_from_the_environment():
    script = (
        "from django.conf import settings as s; "
        "print(repr((s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_HOST_USER, "
        "s.EMAIL_HOST_PASSWORD, s.EMAIL_USE_TLS, s.DEFAULT_FROM_EMAIL, s.SERVER_EMAIL)))"
    )
    result = run_django(["shell", "--no-imports", "-c", script], {**PRODUCTION_ENV, **MAIL_ENV})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == repr(
        (
            "django.core.mail.backends.smtp.EmailBackend",
            "smtp.example.se",
            587,
            "webbplatsen",
            "hemligt-lösenord",
            True,
            "Internationell samverkan <noreply@example.se>",
            "Internationell samverkan <noreply@example.se>",
        )
    )


@pytest.mark.django_db
def test_a_mail_the_site_sends_arrives_over_smtp(client, seeded, settings, smtp_server):
    settings.MANAGERS = [("Synpunkter", "synpunkter@example.se")]
    settings.DEFAULT_FROM_EMAIL = settings.SERVER_EMAIL = "noreply@example.se"
    with later():
        response = post(client, found="nej", message="Kartan saknar Söderhamn.")
    assert response.status_code == 302
    (received,) = smtp_server.mails
    assert received.recipients == ["synpunkter@example.se"]
    assert received.sender == "noreply@example.se"
    assert "Kartan saknar Söderhamn." in received.part("text/plain")
