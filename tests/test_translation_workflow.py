"""Translators' workflow: a page's content goes out as PO and comes back translated; the
report shows what is missing or outdated."""

import io

import polib
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from pages.models import HomePage, StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(client, django_user_model):
    user = django_user_model.objects.create_superuser("oversattare", "o@example.se", "x")
    client.force_login(user)
    return client


def contact_translation() -> Translation:
    page = StandardPage.objects.get(slug="kontakt")
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    return Translation.objects.get(source=source, target_locale__language_code="en")


def test_page_content_round_trips_through_a_po_file(translator, client):
    translation = contact_translation()

    response = translator.get(reverse("wagtail_localize:download_pofile", args=[translation.id]))
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    lead = next(e for e in po if e.msgid.startswith("Har du frågor"))
    assert lead.msgstr.startswith("Do you have questions")  # the seeded translation

    lead.msgstr = "Questions about our international work? Here is how to reach us."
    upload = SimpleUploadedFile("kontakt-en.po", str(po).encode(), "text/x-gettext-translation")
    response = translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": upload, "next": "/admin/"},
    )
    assert response.status_code == 302
    translation.save_target(publish=False)  # what the editor's "Publish" does, as a draft
    english = StandardPage.objects.get(slug="contact")
    english.get_latest_revision().publish()

    html = client.get("/en/contact/").content.decode()
    assert "Questions about our international work? Here is how to reach us." in html


def test_a_po_file_for_another_page_is_refused(translator):
    translation = contact_translation()
    other = polib.POFile()
    other.metadata = {"X-WagtailLocalize-TranslationID": "00000000-0000-0000-0000-000000000000"}
    upload = SimpleUploadedFile("other.po", str(other).encode())
    translator.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": upload, "next": "/admin/"},
    )
    english = StandardPage.objects.get(slug="contact")
    assert english.intro.startswith("Do you have questions")  # nothing was lost


def report() -> str:
    out = io.StringIO()
    call_command("translation_report", stdout=out)
    return out.getvalue()


def test_report_is_empty_for_the_seeded_site():
    assert "0 page(s) pending for 'en'." in report()


def test_report_lists_missing_and_outdated_translations():
    home = HomePage.objects.get(locale__language_code="sv")
    StandardPageFactory(parent=home, title="Nyhet utan översättning")
    theme = home.get_children().get(slug="infrastruktur").specific
    theme.intro = "En ny ingress som translatörerna inte har sett."
    theme.save_revision().publish()

    text = report()
    assert "Översättning saknas: Nyhet utan översättning" in text
    assert "Källtexten har ändrats sedan översättningen synkades: Infrastruktur" in text
    assert "2 page(s) pending for 'en'." in text

    with pytest.raises(SystemExit):
        call_command("translation_report", "--fail", stdout=io.StringIO())


def test_report_in_the_admin(translator):
    home = HomePage.objects.get(locale__language_code="sv")
    StandardPageFactory(parent=home, title="Nyhet utan översättning")
    response = translator.get(reverse("regionsite_translation_report"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Översättningar att göra" in html
    assert "Nyhet utan översättning" in html and "Översättning saknas" in html


def test_report_needs_an_admin_login(client):
    response = client.get(reverse("regionsite_translation_report"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_unknown_language_is_a_clear_error():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("translation_report", "--language", "fi")
    assert Locale.objects.filter(language_code="en").exists()
