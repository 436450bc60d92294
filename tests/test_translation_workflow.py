"""Translators' workflow: a page's content goes out as PO and comes back translated; the
report shows what is missing or outdated."""

import csv
import io

import polib
import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from pages.models import HomePage, NewsIndexPage, Person, StandardPage, ThemePage
from pages.translation_guard import untranslated_segments
from pages.translation_status import CatalogueStatus, catalogue_status
from tests.factories import NewsPageFactory, StandardPageFactory

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


def test_the_po_file_tells_the_translator_where_each_string_comes_from(translator):
    page = StandardPage.objects.get(slug="om-vart-arbete")
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    translation = Translation.objects.get(source=source, target_locale__language_code="en")
    url = reverse("wagtail_localize:download_pofile", args=[translation.id])

    po = polib.pofile(translator.get(url).content.decode())
    comments = {entry.msgid: entry.comment for entry in po}
    assert comments["Om vårt arbete"] == "Titel"
    assert comments[page.intro] == "Ingress"
    blocks = len(page.body)
    (fact_box,) = [n for n, block in enumerate(page.body, 1) if block.block_type == "fact_box"]
    assert comments["Tre sätt att arbeta"] == (
        f"Innehåll › block {fact_box} av {blocks}: Faktaruta › Rubrik"
    )
    # The context itself is wagtail-localize's, the same in every export: memories still match.
    again = polib.pofile(translator.get(url).content.decode())
    assert [entry.msgctxt for entry in again] == [entry.msgctxt for entry in po]
    assert all(entry.msgctxt for entry in po)


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
    assert "0 sidor att göra på språket en." in report()


def test_report_lists_missing_and_outdated_translations():
    home = HomePage.objects.get(locale__language_code="sv")
    StandardPageFactory(parent=home, title="Nyhet utan översättning")
    theme = home.get_children().get(slug="infrastruktur").specific
    theme.intro = "En ny ingress som translatörerna inte har sett."
    theme.save_revision().publish()

    text = report()
    assert "Översättning saknas: Nyhet utan översättning" in text
    assert "Källtexten har ändrats sedan översättningen synkades: Infrastruktur" in text
    assert "2 sidor att göra på språket en." in text

    with pytest.raises(SystemExit):
        call_command("translation_report", "--fail", stdout=io.StringIO())


def test_a_new_review_date_or_owner_outdates_no_translation():
    """Only translatable content outdates a translation: a Publicist marking a page as reviewed
    gives the translators nothing to do."""
    theme = ThemePage.objects.get(slug="infrastruktur", locale__language_code="sv")
    theme.last_reviewed = timezone.localdate()
    theme.content_owner = Person.objects.filter(locale=theme.locale).first()
    theme.save_revision().publish()
    assert "0 sidor att göra på språket en." in report()
    # A changed intro still does.
    theme.intro = theme.intro + " Nu med ett tillägg."
    theme.save_revision().publish()
    assert "Källtexten har ändrats sedan översättningen synkades: Infrastruktur" in report()


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
        call_command("translation_report", "--language", "de")
    assert Locale.objects.filter(language_code="en").exists()


def new_swedish_news(title="Ny nyhet att översätta"):
    index = NewsIndexPage.objects.get(locale__language_code="sv")
    page = NewsPageFactory(parent=index, title=title, intro="En ingress.", slug="att-oversatta")
    page.save_revision().publish()
    return page


def translate_some(page, english, share: float) -> int:
    """Translate the first ``share`` of the page's segments by PO file; return how many are left."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    translation = Translation.objects.get(source=source, target_locale=english)
    po = translation.export_po()
    entries = [entry for entry in po if not entry.obsolete]
    for entry in entries[: int(len(entries) * share)]:
        entry.msgstr = f"EN {entry.msgid}"
    translation.import_po(po)
    translation.save_target(publish=False)
    return len(entries) - int(len(entries) * share)


def test_the_report_counts_what_is_left_until_the_translation_is_published():
    english = Locale.objects.get(language_code="en")
    news = new_swedish_news()
    assert "Översättning saknas: Ny nyhet att översätta" in report()

    translate_object(news, [english])
    draft = news.get_translation(english)
    assert f"Inte färdigöversatt: Ny nyhet att översätta ({news.url}), " in report()
    left = translate_some(news, english, 0.5)
    assert left == untranslated_segments(draft) > 0
    assert f"{left} textavsnitt kvar att översätta" in report()

    translate_some(news, english, 1.0)
    assert "Färdigöversatt, inte publicerad: Ny nyhet att översätta" in report()
    draft.specific.get_latest_revision().publish()
    assert "0 sidor att göra på språket en." in report()


def test_the_report_dates_an_outdated_translation():
    theme = ThemePage.objects.get(slug="infrastruktur")
    theme.intro = "En ny ingress."
    theme.save_revision().publish()
    theme.refresh_from_db()
    assert (
        f"den svenska sidan publicerad {timezone.localtime(theme.last_published_at):%Y-%m-%d %H:%M}"
        in report()
    )


def test_the_report_in_the_admin_filters_sorts_and_exports_csv(translator):
    english = Locale.objects.get(language_code="en")
    news = new_swedish_news()
    translate_object(news, [english])
    url = reverse("regionsite_translation_report")
    html = translator.get(url, {"sprak": "en", "sortera": "status"}).content.decode()
    assert "Inte färdigöversatt" in html and "textavsnitt kvar" in html
    draft = news.get_translation(english)
    assert reverse("wagtailadmin_pages:edit", args=[draft.pk]) in html
    assert "/admin/localize/" in html  # the PO file
    assert "Gränssnittets texter" in html

    response = translator.get(url, {"sprak": "en", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["Språk", "Sida", "Status"]
    [row] = [row for row in rows if row[1] == "Ny nyhet att översätta"]
    assert row[0] == "en" and row[2] == "Inte färdigöversatt"
    assert int(row[3]) == untranslated_segments(draft)
    assert row[6].endswith(news.url)

    assert translator.get(url, {"sprak": "xx"}).status_code == 200  # an unknown language: empty


def test_catalogue_status_counts_translated_missing_and_fuzzy(tmp_path, settings):
    catalogue = polib.POFile()
    catalogue.append(polib.POEntry(msgid="Hej", msgstr="Hello"))
    catalogue.append(polib.POEntry(msgid="Sida", msgstr=""))
    catalogue.append(polib.POEntry(msgid="Sök", msgstr="Search", flags=["fuzzy"]))
    (tmp_path / "en" / "LC_MESSAGES").mkdir(parents=True)
    catalogue.save(str(tmp_path / "en" / "LC_MESSAGES" / "django.po"))
    settings.LOCALE_PATHS = [tmp_path]
    assert catalogue_status() == [CatalogueStatus("en", translated=1, missing=1, fuzzy=1)]
