"""Feedback on every page: works without JavaScript, no cookie for visitors, spam kept out
without third parties, stored with the page and language for staff, nothing typed lost."""

import datetime
import io

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group
from django.core import mail, signing
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.models import Page

from pages.feedback import SIGNING_SALT, Feedback
from pages.roles import PUBLISHER
from tests.live_site import free_port, redis_server
from tests.test_cache_outage import redis_cache_settings

pytestmark = pytest.mark.django_db


def token(seconds_ago: float = 30) -> str:
    issued = timezone.now().timestamp() - seconds_ago
    return signing.Signer(salt=SIGNING_SALT).sign_object(issued)


def post(client, address="192.0.2.20", slug="infrastruktur", url="/synpunkter/", **fields):
    page = Page.objects.get(slug=slug)
    data = {"token": token(), "page": page.pk, "next": page.url, "website": "", **fields}
    return client.post(url, data, REMOTE_ADDR=address)


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
        # Links are links whatever their case, scheme or width (issue 20, item 5).
        lambda: {"message": "Köp HTTPS://a.example HTTPS://b.example HTTPS://c.example"},
        lambda: {"message": "Köp hTtP://a.example hTtPs://b.example ftp://c.example"},
        lambda: {"message": "Köp www.a.example www.b.example www.c.example"},
        lambda: {"message": "Köp a-klockor.example/x b.example/y c.example.com/z"},
        lambda: {"message": "Köp ｈｔｔｐｓ://a.example ＷＷＷ.b.example c.example/ｚ"},
    ],
    ids=[
        "honeypot",
        "stale-token",
        "forged-token",
        "links",
        "links-upper-case",
        "links-mixed-schemes",
        "links-www",
        "links-bare-domains",
        "links-full-width",
    ],
)
def test_spam_is_thanked_but_not_stored(client, seeded, spam):
    response = post(client, **{"message": "Köp billiga klockor", **spam()})
    assert response.status_code == 302
    assert Feedback.objects.count() == 0


def test_the_way_back_stays_on_this_site(client, seeded):
    response = post(client, message="Bra sida", next="https://elak.example/")
    assert response.url == "/?tack=1#synpunkter"
    answered = post(client, found="ja", next="https://elak.example/")
    more = client.get(answered.url).content.decode()
    assert 'href="/?tack=1#synpunkter"' in more and "elak.example" not in more


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


def test_an_entry_shows_swedish_time_to_the_minute(client, seeded, django_user_model):
    # 23:30 UTC on the 4th is 00:30 on the 5th in Sweden (winter time).
    received = datetime.datetime(2026, 12, 4, 23, 30, 12, 345678, tzinfo=datetime.UTC)
    entry = Feedback.objects.create(
        page_url="/kontakt/", language="sv", found=False, created_at=received
    )
    publicist = django_user_model.objects.create_user("tider", password="x", is_staff=True)
    publicist.groups.add(Group.objects.get(name=PUBLISHER))
    client.force_login(publicist)
    html = client.get(f"/admin/snippets/pages/feedback/edit/{entry.pk}/").content.decode()
    assert "/kontakt/ 2026-12-05 00:30" in html
    assert "23:30" not in html and "345678" not in html


def test_names_and_addresses_are_erased_after_the_retention_period(client, seeded, settings):
    post(client, message="Ring mig", wants_answer="on", name="Kim", email="kim@example.se")
    later = timezone.now() + datetime.timedelta(days=settings.FEEDBACK_RETENTION_DAYS + 1)
    with time_machine.travel(later):
        call_command("forget_feedback_contacts", stdout=io.StringIO())
    feedback = Feedback.objects.get()
    assert (feedback.name, feedback.email, feedback.message) == ("", "", "Ring mig")


def test_ordinary_text_and_two_links_are_not_spam(client, seeded):
    message = (
        "Se https://www.trafikverket.se/ostkustbanan och regiongavleborg.se/kollektivtrafik. "
        "T.ex. 3.5 km, kl. 10.30, och/eller e-post till namn@example.se."
    )
    assert post(client, message=message).status_code == 302
    assert Feedback.objects.get().message == message


# --- Floods (issue 20, item 5) ------------------------------------------------------------------


def test_a_flood_from_one_address_stores_only_the_limit_and_answers_429(client, seeded, settings):
    """100 posts from one address with one token were all stored; now the address's limit is,
    and the rest get a Swedish 429 that keeps what was typed."""
    allowed, _window = settings.FEEDBACK_LIMIT_PER_ADDRESS
    statuses = [post(client, message=f"Synpunkt nummer {n}").status_code for n in range(100)]
    assert statuses[:allowed] == [302] * allowed
    assert set(statuses[allowed:]) == {429}
    assert Feedback.objects.count() == allowed  # and nothing stored before is lost

    refused = post(
        client, message="Det här är viktigt", wants_answer="on", name="Eva", email="eva@example.se"
    )
    assert refused.status_code == 429
    assert refused["Retry-After"].isdigit()
    html = refused.content.decode()
    assert '<html lang="sv">' in html
    assert "Du har skickat många synpunkter på kort tid." in html
    assert "Det här är viktigt" in html and 'value="Eva"' in html and "checked" in html
    assert not refused.cookies

    # Another address is not held back by this one.
    assert post(client, address="198.51.100.9", message="Från en annan adress").status_code == 302
    assert Feedback.objects.count() == allowed + 1


def test_a_flood_from_many_addresses_on_one_page_is_held_at_the_page_limit(
    client, seeded, settings
):
    allowed, _window = settings.FEEDBACK_LIMIT_PER_PAGE
    statuses = [
        post(client, address=f"203.0.113.{n}", found="nej").status_code for n in range(allowed + 5)
    ]
    assert statuses.count(302) == allowed and statuses[allowed:] == [429] * 5
    # Another page is not held back by this one.
    other = post(client, address="203.0.113.200", slug="industriomvandling", found="ja")
    assert other.status_code == 302


def test_the_limit_answers_in_the_language_of_the_address(client, seeded, settings):
    allowed, _window = settings.FEEDBACK_LIMIT_PER_ADDRESS
    for _ in range(allowed):
        post(client, slug="infrastructure", url="/en/feedback/", found="ja")
    refused = post(client, slug="infrastructure", url="/en/feedback/", message="Keep this text")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert '<html lang="en">' in html and "Keep this text" in html
    assert "Your feedback could not be sent" in html


def test_the_limit_follows_the_visitor_behind_the_proxy(client, seeded, settings):
    """With TRUSTED_PROXY_COUNT=1 the address the proxy saw counts (regionsite.login_throttle
    .client_ip), not the proxy's own, and a forged hop does not help."""
    settings.TRUSTED_PROXY_COUNT = 1
    allowed, _window = settings.FEEDBACK_LIMIT_PER_ADDRESS
    page = Page.objects.get(slug="infrastruktur")

    def via_proxy(visitor, forged):
        return client.post(
            "/synpunkter/",
            {"token": token(), "page": page.pk, "next": page.url, "found": "ja"},
            REMOTE_ADDR="10.0.0.5",
            HTTP_X_FORWARDED_FOR=f"{forged}, {visitor}",
        )

    for n in range(allowed):
        assert via_proxy("192.0.2.30", forged=f"203.0.113.{n}").status_code == 302
    assert via_proxy("192.0.2.30", forged="203.0.113.99").status_code == 429
    assert via_proxy("192.0.2.31", forged="203.0.113.99").status_code == 302


def test_a_form_sent_faster_than_a_person_types_is_refused_kindly(client, seeded):
    page = Page.objects.get(slug="infrastruktur")
    message = "Sidan laddar långsamt på mobilen."
    form = {"token": token(seconds_ago=1), "page": page.pk, "next": page.url, "message": message}
    response = client.post("/synpunkter/", form)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Formuläret skickades för snabbt." in html
    assert message in html  # kept, to send again
    assert Feedback.objects.count() == 0
    # Sent again a little later, with the same form, it is stored.
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=5)):
        again = client.post("/synpunkter/", form)
    assert again.status_code == 302 and Feedback.objects.count() == 1


def test_the_limits_count_in_redis_and_a_redis_outage_accepts_feedback(client, seeded, settings):
    """Counted in the shared cache (a real Redis: every app instance sees the same count); with
    Redis down nothing can be counted, and feedback is accepted rather than refused."""
    allowed, _window = settings.FEEDBACK_LIMIT_PER_ADDRESS
    port = free_port()
    with override_settings(CACHES=redis_cache_settings(port)):
        with redis_server(port):
            statuses = [post(client, found="ja").status_code for _ in range(allowed + 1)]
            assert statuses == [302] * allowed + [429]
        statuses = [post(client, found="nej").status_code for _ in range(allowed + 2)]
    assert statuses == [302] * (allowed + 2)
    assert Feedback.objects.count() == 2 * allowed + 2


def test_staff_read_feedback_but_never_write_one(client, seeded, django_user_model):
    """Feedback is the visitors': no "add" in the admin, and no raw "None" for no answer."""
    feedback = Feedback.objects.create(page_url="/", language="sv", found=None, message="Hej")
    client.force_login(django_user_model.objects.create_superuser("las", password="x"))
    assert client.get("/admin/snippets/pages/feedback/add/").status_code in (302, 403)
    edit = client.get(f"/admin/snippets/pages/feedback/edit/{feedback.pk}/").content.decode()
    assert "Inget svar" in edit and ">None<" not in edit.replace(" ", "").replace("\n", "")


# --- The question first, the rest after the answer (issue 24, items 2 and 3) -------------------


def html_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def broken_references(soup: BeautifulSoup) -> list[str]:
    """Every id an aria-describedby or aria-labelledby names that is not in the page."""
    ids = {element["id"] for element in soup.find_all(id=True)}
    return [
        f"{element.name}[{attribute}={reference}]"
        for attribute in ("aria-describedby", "aria-labelledby")
        for element in soup.find_all(attrs={attribute: True})
        for reference in element[attribute].split()
        if reference not in ids
    ]


def answer(client, found="nej", slug="infrastruktur", url="/synpunkter/"):
    """The visitor presses Ja or Nej on a page: the answer is stored; the second step's address."""
    response = post(client, slug=slug, url=url, found=found)
    assert response.status_code == 302, response.content.decode()[:500]
    return response.url


def later(seconds=30):
    return time_machine.travel(timezone.now() + datetime.timedelta(seconds=seconds))


def test_a_page_asks_only_the_question_with_two_buttons(client, seeded):
    page = client.get("/infrastruktur/")
    section = html_of(page).find(id="synpunkter")
    legend = section.find("legend")
    assert legend.get_text(strip=True) == "Hittade du det du sökte?"
    buttons = [(b["name"], b["value"], b.get_text(strip=True)) for b in section.find_all("button")]
    assert buttons == [("found", "ja", "Ja"), ("found", "nej", "Nej")]
    # The rest waits for the answer: no comment, name or e-mail on every page.
    assert not section.find("textarea") and not section.find("input", type="email")
    assert section.find("form")["action"] == "/synpunkter/"
    assert not page.cookies and broken_references(html_of(page)) == []


def test_an_answer_is_stored_at_once_and_the_rest_is_asked_on_its_own_page(client, seeded):
    more_url = answer(client, found="nej")
    assert more_url.startswith("/synpunkter/?svar=")
    (feedback,) = Feedback.objects.all()
    assert feedback.found is False and feedback.message == "" and feedback.page.slug
    more = client.get(more_url)
    assert more.status_code == 200 and not more.cookies
    # One person's answer: never kept by the page cache or any other.
    assert "no-store" in more["Cache-Control"] and "private" in more["Cache-Control"]
    soup = html_of(more)
    assert soup.h1.get_text(strip=True) == "Tack för ditt svar!"
    assert (
        soup.find("label", attrs={"for": "synpunkt-message"}).get_text().startswith("Vad sökte du?")
    )
    assert not soup.find(class_="error-summary") and broken_references(soup) == []
    back = soup.find("a", string="Tillbaka till sidan")["href"]
    assert back == "/infrastruktur/?tack=1#synpunkter"


def test_the_second_step_adds_to_the_answer_and_mails_staff_once(client, seeded, settings):
    settings.MANAGERS = [("Synpunkter", "synpunkter@example.se")]
    more_url = answer(client, found="ja")
    assert mail.outbox == []  # a Ja alone is counted, not mailed
    reference = more_url.split("svar=")[1]
    fields = {"answer": reference, "message": "Kartan saknar Söderhamn.", "website": ""}
    with later():
        response = client.post("/synpunkter/", fields)
    assert response.status_code == 302 and response.url == "/infrastruktur/?tack=1#synpunkter"
    feedback = Feedback.objects.get()
    assert feedback.found is True and feedback.message == "Kartan saknar Söderhamn."
    assert len(mail.outbox) == 1
    # Sent again (a second tab, the back button): the first one stands, nothing is added.
    with later():
        again = client.post("/synpunkter/", {**fields, "message": "Något annat"})
    assert again.status_code == 302 and Feedback.objects.get().message == fields["message"]
    assert client.get(more_url).status_code == 302


def test_sending_the_second_step_empty_just_goes_back(client, seeded):
    reference = answer(client).split("svar=")[1]
    response = client.post("/synpunkter/", {"answer": reference, "website": ""})
    assert response.status_code == 302 and response.url == "/infrastruktur/?tack=1#synpunkter"
    assert Feedback.objects.get().message == ""


def test_a_reference_not_ours_adds_nothing(client, seeded):
    answer(client)
    assert client.get("/synpunkter/", {"svar": "1:förfalskad"}).status_code == 404
    forged = client.post("/synpunkter/", {"answer": "1:förfalskad", "message": "Hej"})
    assert forged.status_code == 400 and Feedback.objects.get().message == ""
    assert client.get("/synpunkter/").status_code == 404


def test_spam_in_the_second_step_is_thanked_but_not_stored(client, seeded):
    reference = answer(client).split("svar=")[1]
    with later():
        client.post("/synpunkter/", {"answer": reference, "message": "Köp", "website": "x"})
    assert Feedback.objects.get().message == ""


def test_one_bad_email_gives_one_message_at_its_field_and_in_the_summary(client, seeded):
    reference = answer(client).split("svar=")[1]
    message = "Sidan saknar kontaktuppgifter."
    with later():
        response = client.post(
            "/synpunkter/",
            {"answer": reference, "message": message, "wants_answer": "on", "email": "anna@"},
        )
    assert response.status_code == 400
    soup = html_of(response)
    assert soup.title.get_text().startswith("Fel: ")
    assert broken_references(soup) == []
    expected = "Skriv e-postadressen så här: namn@exempel.se"
    # At the field: the input is invalid and described by the one message above it.
    email = soup.find("input", attrs={"name": "email"})
    assert email["aria-invalid"] == "true" and email["value"] == "anna@"
    (described,) = email["aria-describedby"].split()
    assert soup.find(id=described).get_text(" ", strip=True) == f"Fel: {expected}"
    # The summary: right after the h1, focused on load, one line linking to the field.
    summary = soup.h1.find_next_sibling()
    assert "error-summary" in summary["class"]
    assert summary.has_attr("autofocus") and summary["tabindex"] == "-1"
    assert [(a["href"], a.get_text()) for a in summary.find_all("a")] == [
        ("#synpunkt-email", expected)
    ]
    assert len(summary.find_all("li")) == 1
    text = soup.get_text()
    assert text.count(expected) == 2  # the summary and the field, nothing else
    assert "Skriv din e-postadress" not in text
    # Everything typed is kept.
    assert message in text and soup.find("input", attrs={"name": "wants_answer"}).has_attr(
        "checked"
    )
    assert soup.find(attrs={"aria-invalid": True}) == email  # only the field that is wrong


def test_a_missing_email_asks_for_one(client, seeded):
    reference = answer(client).split("svar=")[1]
    with later():
        response = client.post("/synpunkter/", {"answer": reference, "wants_answer": "on"})
    soup = html_of(response)
    errors = [p.get_text(" ", strip=True) for p in soup.find_all(class_="field-error")]
    assert errors == ["Fel: Skriv din e-postadress, så att vi kan svara dig."]
    assert broken_references(soup) == []


@pytest.mark.parametrize(
    "fields",
    [
        {"found": "kanske"},  # not an answer: the error is at the question
        {},  # neither an answer nor a comment
        {"found": "ja", "wants_answer": "on", "email": "x"},
        {"message": "x" * 2001},
    ],
    ids=["bad-answer", "empty", "bad-email", "too-long"],
)
def test_every_error_of_the_whole_form_stands_at_its_field(client, seeded, fields):
    response = post(client, **fields)
    assert response.status_code == 400
    soup = html_of(response)
    assert broken_references(soup) == []
    summary_links = [a["href"][1:] for a in soup.find(class_="error-summary").find_all("a")]
    at_fields = soup.find_all(class_="field-error")
    assert len(summary_links) == len(at_fields) >= 1
    for target, error in zip(summary_links, at_fields, strict=True):
        assert soup.find(id=target), target  # the link lands on a field
        assert error["id"].startswith(target.removesuffix("_0"))


def test_too_fast_is_explained_in_the_summary(client, seeded):
    response = post(client, found="ja", token=token(seconds_ago=1))
    soup = html_of(response)
    (line,) = soup.find(class_="error-summary").find_all("li")
    assert line.get_text().startswith("Formuläret skickades för snabbt.")
    assert soup.find("input", attrs={"value": "ja"}).has_attr("checked")
    assert broken_references(soup) == []


def test_the_english_and_finnish_second_steps_are_translated(client, seeded):
    english = client.get(answer(client, slug="infrastructure", url="/en/feedback/"))
    assert "Thank you for your answer!" in english.content.decode()
    home = Page.objects.get(locale__language_code="fi", depth=2)
    response = client.post(
        "/fi/palaute/", {"token": token(), "page": home.pk, "next": "/fi/", "found": "nej"}
    )
    finnish = client.get(response.url).content.decode()
    assert '<html lang="fi">' in finnish and "Tack för ditt svar" not in finnish
