"""Content owners and review, and plain Swedish: the reports editors use, the reminder owners
get, and the guidance on every field."""

import csv
import datetime
import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import wagtail_factories
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page, get_page_models

from pages.models import EasyReadPage, NewsPage, Person, StandardPage, ThemePage
from pages.readability import lix, page_lix, page_paragraphs
from pages.review import NEVER_REVIEWED, NO_OWNER, OVERDUE, due_reviews

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("granskare", password="x"))
    return client


def titles(items) -> list[str]:
    return [item.page.title for item in items]


def test_the_seeded_site_has_owners_but_is_not_yet_reviewed(seeded):
    due = due_reviews()
    sources = [
        page
        for model in get_page_models()
        if getattr(model, "needs_review", False)
        for page in model.objects.live().filter(locale__language_code="sv")
    ]
    assert len(due) == len(sources) > 10
    assert all(item.reasons == [str(NEVER_REVIEWED)] for item in due)
    assert all(item.owner.email for item in due)
    assert not any(isinstance(item.page, NewsPage) for item in due), "news are not reviewed"
    assert all(item.page.locale.language_code == "sv" for item in due)


def test_a_page_reviewed_this_year_leaves_the_list_and_one_reviewed_long_ago_returns(seeded):
    page = ThemePage.objects.get(slug="infrastruktur")
    page.last_reviewed = timezone.localdate() - datetime.timedelta(days=30)
    page.save()
    assert "Infrastruktur" not in titles(due_reviews())
    page.last_reviewed = timezone.localdate() - datetime.timedelta(days=400)
    page.save()
    (item,) = [item for item in due_reviews() if item.page.pk == page.pk]
    assert item.reasons == [str(OVERDUE)]


def test_a_page_without_owner_is_listed_with_that_reason(seeded):
    page = ThemePage.objects.get(slug="infrastruktur")
    page.content_owner = None
    page.last_reviewed = timezone.localdate()
    page.save()
    (item,) = [item for item in due_reviews() if item.page.pk == page.pk]
    assert item.reasons == [str(NO_OWNER)]


def test_the_review_report_lists_due_pages_and_downloads_as_csv(seeded, admin_client):
    response = admin_client.get("/admin/reports/granska/")
    assert response.status_code == 200
    assert "Infrastruktur" in response.content.decode()
    assert "Aldrig granskad" in response.content.decode()
    download = admin_client.get("/admin/reports/granska/?format=csv&sortera=sida")
    assert download["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode())))
    assert rows[0][:4] == ["Sida", "Innehållsansvarig", "E-post", "Senast granskad"]
    assert len(rows) - 1 == len(due_reviews())
    assert rows[1][0] == "Internationell samverkan"  # tree order: the home page first


def test_owners_get_one_reminder_each_listing_their_pages(seeded):
    office = ThemePage.objects.get(slug="infrastruktur")
    office.content_owner = Person.objects.create(name="Trafikenheten", email="trafik@example.se")
    office.save()
    call_command("review_reminders", stdout=io.StringIO())
    recipients = sorted(address for message in mail.outbox for address in message.to)
    owners = sorted({item.owner.email for item in due_reviews()})
    assert recipients == owners == ["region@regiongavleborg.se", "trafik@example.se"]
    (traffic,) = [message for message in mail.outbox if message.to == ["trafik@example.se"]]
    assert traffic.subject == "1 sida att granska på webbplatsen"
    assert "Infrastruktur" in traffic.body and f"/admin/pages/{office.pk}/edit/" in traffic.body
    (unit,) = [message for message in mail.outbox if message.to == ["region@regiongavleborg.se"]]
    assert "Brysselkontoret" in unit.body and "Infrastruktur" not in unit.body


def test_a_dry_run_or_another_weekday_sends_nothing(seeded):
    output = io.StringIO()
    call_command("review_reminders", "--dry-run", stdout=output)
    assert mail.outbox == [] and "sidor att granska" in output.getvalue()
    other_day = timezone.localdate().isoweekday() % 7 + 1
    call_command("review_reminders", f"--only-on={other_day}", stdout=io.StringIO())
    assert mail.outbox == []


def test_lix_measures_the_lead_and_prose_but_not_links_or_tables(seeded):
    page = StandardPage.objects.get(slug="om-vart-arbete")
    page.body = [
        ("heading", {"text": "Så arbetar vi", "level": "h2"}),
        ("paragraph", "<p>Vi samarbetar.</p><ul><li>Med regioner</li><li>Med EU</li></ul>"),
        ("link_list", {"heading": "Länkar", "links": []}),
    ]
    assert (
        page_paragraphs(page)
        == [
            page.intro,
            "Så arbetar vi",
            "Vi samarbetar.",
            "Med regioner",
            "Med EU",
            "",
        ][:-1]
    )
    lead = lix([page.intro] * 3).sentences // 3  # one lead is too little text to rate alone
    assert page_lix(page).sentences == lead + 4  # four without a full stop


def test_the_lix_report_lists_every_live_page_in_both_languages_hardest_first(seeded, admin_client):
    download = admin_client.get("/admin/reports/lasbarhet/?format=csv")
    rows = list(csv.DictReader(io.StringIO(download.content.decode())))
    live = sum(
        model.objects.live().filter(alias_of__isnull=True).count()
        for model in get_page_models()
        if hasattr(model, "intro")
    )
    assert len(rows) == live
    assert {row["Språk"] for row in rows} == {"sv", "en", "fi"}
    scores = [float(row["LIX"]) for row in rows if row["LIX"]]
    assert scores == sorted(scores, reverse=True) and len(scores) > 40
    easy_read = {page.title for page in EasyReadPage.objects.live()}
    for row in rows:
        if row["LIX"]:
            limit = 30 if row["Sida"] in easy_read else 45
            assert (row["Över gränsen"] == "ja") == (int(row["LIX"]) > limit), row["Sida"]
    english = admin_client.get("/admin/reports/lasbarhet/?sprak=en&format=csv")
    assert {row["Språk"] for row in csv.DictReader(io.StringIO(english.content.decode()))} == {"en"}
    page = admin_client.get("/admin/reports/lasbarhet/?sortera=sida")
    assert page.status_code == 200 and "Infrastruktur" in page.content.decode()


def test_every_field_an_editor_fills_in_has_a_help_text():
    """Every page type's edit form: each field has guidance (Wagtail's own title aside)."""
    missing = []
    for model in get_page_models():
        if model is Page:
            continue
        edit_handler = model.get_edit_handler()
        form_fields = edit_handler.get_form_class().base_fields
        for panel in field_panels(edit_handler):
            field = form_fields.get(panel.field_name)
            if not (panel.help_text or (field is not None and field.help_text)):
                missing.append(f"{model.__name__}.{panel.field_name}")
    assert missing == []


def field_panels(panel):
    if isinstance(panel, FieldPanel) and panel.field_name != "title":
        yield panel
    for child in getattr(panel, "children", []):
        yield from field_panels(child)


def test_a_page_with_a_social_image_shares_it_cropped_with_its_alt_text(seeded, client):
    page = ThemePage.objects.get(slug="infrastruktur")
    page.social_image = wagtail_factories.ImageFactory(
        title="Järnväg", description="Tåg på Ostkustbanan vid Gävle"
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert 'property="og:image" content="http://localhost/media/images/' in html
    assert ".fill-1200x630" in html
    assert 'property="og:image:alt" content="Tåg på Ostkustbanan vid Gävle"' in html


def test_the_schedule_report_lists_what_goes_live_or_ends_in_every_language_by_date(
    admin_client, client, django_user_model, seeded
):
    from django.contrib.auth.models import Group

    now = timezone.now()
    news = NewsPage.objects.filter(locale__language_code="sv").first()
    news.title = "Nyhet som publiceras i morgon"
    news.go_live_at = now + datetime.timedelta(days=1)
    news.save_revision().publish()  # a future time: scheduled, not live yet
    theme = ThemePage.objects.get(locale__language_code="en", slug="infrastructure")
    theme.expire_at = now + datetime.timedelta(hours=3)
    theme.save_revision().publish()

    html = admin_client.get("/admin/reports/schemalagt/").content.decode()
    assert html.index("Infrastructure") < html.index(
        "Nyhet som publiceras i morgon"
    )  # soonest first
    assert "Avpubliceras (översättning)" in html and "Publiceras" in html
    assert f'href="/admin/pages/{news.pk}/edit/"' in html
    rows = list(
        csv.reader(
            io.StringIO(admin_client.get("/admin/reports/schemalagt/?format=csv").content.decode())
        )
    )
    assert [row[1] for row in rows[1:]] == ["Avpubliceras", "Publiceras"]

    # A Redaktör works in the Swedish tree: the English page's schedule is not theirs.
    editor = django_user_model.objects.create_user("schemaredaktor", password="x", is_staff=True)
    editor.groups.add(Group.objects.get(name="Redaktör"))
    client.force_login(editor)
    html = client.get("/admin/reports/schemalagt/").content.decode()
    assert "Nyhet som publiceras i morgon" in html and "Infrastructure" not in html
    assert "/admin/reports/schemalagt/" in client.get("/admin/").content.decode()
