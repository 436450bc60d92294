"""Feedback on every page: works without JavaScript, no cookie for visitors, spam kept out
without third parties, stored with the page and language for staff, nothing typed lost."""

import datetime
import io

import pytest
import time_machine

from django.contrib.auth.models import Group
from django.core import signing
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page

from pages.feedback import SIGNING_SALT, Feedback
from pages.roles import PUBLISHER

pytestmark = pytest.mark.django_db


def token(seconds_ago: float = 30) -> str:
    issued = timezone.now().timestamp() - seconds_ago
    return signing.Signer(salt=SIGNING_SALT).sign_object(issued)


def post(client, **fields):
    page = Page.objects.get(slug="infrastruktur")
    data = {"token": token(), "page": page.pk, "next": page.url, "website": "", **fields}
    return client.post("/synpunkter/", data)


def test_every_page_offers_the_form_and_sets_no_cookie(client, seeded):
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url)
        html = response.content.decode()
        assert 'id="synpunkter"' in html, page.url
        assert any(
            f'action="{address}"' in html
            for address in ("/synpunkter/", "/en/feedback/", "/fi/palaute/")
        ), page.url
        assert not response.cookies, page.url


def test_a_page_renders_the_same_bytes_for_five_minutes(client, seeded):
    """The signed form time changes every five minutes, not every second: an uncached page
    (search) is byte-identical between renders, so its ETag holds."""
    start = datetime.datetime(2026, 11, 26, 9, 0, 1, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        first = client.get("/sok/", {"q": "bredband"}).content
    with time_machine.travel(start + datetime.timedelta(seconds=7), tick=False):
        assert client.get("/sok/", {"q": "bredband"}).content == first
    with time_machine.travel(start + datetime.timedelta(minutes=5), tick=False):
        assert client.get("/sok/", {"q": "bredband"}).content != first


def test_an_answer_is_stored_with_its_page_and_language_and_thanked(client, seeded):
    response = post(client, found="nej", message="Tidtabellen för Ostkustbanan saknas.")
    assert response.status_code == 302
    assert response.url == "/infrastruktur/?tack=1#synpunkter"
    assert not response.cookies
    (feedback,) = Feedback.objects.all()
    assert feedback.page.slug == "infrastruktur" and feedback.language == "sv"
    assert feedback.found is False and feedback.message.startswith("Tidtabellen")
    assert feedback.status == Feedback.Status.NEW
    thanks = client.get(response.url).content.decode()
    assert "Tack för din synpunkt!" in thanks


def test_personal_data_is_kept_only_when_an_answer_is_wanted(client, seeded):
    post(client, found="ja", name="Anna Andersson", email="anna@example.se")
    assert Feedback.objects.get().email == "" and Feedback.objects.get().name == ""
    post(client, message="Svara mig", wants_answer="on", name="Anna", email="anna@example.se")
    assert Feedback.objects.filter(email="anna@example.se", name="Anna").count() == 1


def test_an_error_keeps_everything_typed_and_explains_in_swedish(client, seeded):
    message = "Länken till ansökan går inte att öppna."
    response = post(client, message=message, wants_answer="on", name="Erik")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Skriv din e-postadress, så att vi kan svara dig." in html
    assert message in html and 'value="Erik"' in html and "checked" in html
    assert Feedback.objects.count() == 0
    empty = post(client)
    assert empty.status_code == 400
    assert "Svara på frågan eller skriv en synpunkt." in empty.content.decode()


@pytest.mark.parametrize(
    "spam",
    [
        lambda: {"website": "http://spam.example"},  # the honeypot
        lambda: {"token": token(seconds_ago=3 * 24 * 3600)},  # a form harvested long ago
        lambda: {"token": "förfalskad"},  # not ours
        lambda: {"message": "Köp http://a.example http://b.example http://c.example"},
    ],
    ids=["honeypot", "stale-token", "forged-token", "links"],
)
def test_spam_is_thanked_but_not_stored(client, seeded, spam):
    response = post(client, **{"message": "Köp billiga klockor", **spam()})
    assert response.status_code == 302
    assert Feedback.objects.count() == 0


def test_the_way_back_stays_on_this_site(client, seeded):
    response = post(client, found="ja", next="https://elak.example/")
    assert response.url == "/?tack=1#synpunkter"


def test_english_feedback_is_stored_as_english(client, seeded):
    page = Page.objects.get(slug="infrastructure")
    html = client.get(page.url).content.decode()
    assert "Did you find what you were looking for?" in html
    client.post(
        "/en/feedback/", {"token": token(), "page": page.pk, "next": page.url, "found": "ja"}
    )
    assert Feedback.objects.get().language == "en"


def test_staff_list_and_export_the_feedback(client, seeded, django_user_model):
    post(client, found="nej", message="Fel årtal i tidslinjen")
    publicist = django_user_model.objects.create_user("synpunkter", password="x", is_staff=True)
    publicist.groups.add(Group.objects.get(name=PUBLISHER))
    client.force_login(publicist)
    listing = client.get("/admin/snippets/pages/feedback/")
    assert listing.status_code == 200 and "Fel årtal i tidslinjen" in listing.content.decode()
    export = client.get("/admin/snippets/pages/feedback/?export=csv")
    assert export.status_code == 200
    assert "Fel årtal i tidslinjen" in b"".join(export.streaming_content).decode()


def test_names_and_addresses_are_erased_after_the_retention_period(client, seeded, settings):
    post(client, message="Ring mig", wants_answer="on", name="Kim", email="kim@example.se")
    later = timezone.now() + datetime.timedelta(days=settings.FEEDBACK_RETENTION_DAYS + 1)
    with time_machine.travel(later):
        call_command("forget_feedback_contacts", stdout=io.StringIO())
    feedback = Feedback.objects.get()
    assert (feedback.name, feedback.email, feedback.message) == ("", "", "Ring mig")
