"""News by theme by e-mail (issue 23, item 6): double opt-in over a real SMTP server, news mailed
by the task worker on a news item's first publication only and only when visitors may see it,
one-click unsubscribe that erases the address, expiry of unconfirmed addresses, limits, errors
that keep what was typed, no cookie, counts (not addresses) for editors and an export for the
Publicist."""

import datetime
import io
import re
from urllib.parse import urlsplit

import pytest
import time_machine
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale, ModelLogEntry, PageViewRestriction

from pages.models import NewsIndexPage, NewsMailing, Subscriber, ThemePage
from pages.roles import EDITOR, PUBLISHER
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture
def task_queue(settings):
    """Tasks go to the database queue, as in production, and wait there for the worker."""
    settings.TASKS = DATABASE_TASKS
    return settings


def run_worker() -> int:
    """Drain the queue with the database worker's own code (``db_worker --batch`` does the
    same loop; its ``run`` also recycles the database connection, which would end the test's
    transaction). Returns how many subscription tasks ran (Wagtail's index updates run too);
    every task must have succeeded."""
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
        excluded_queue_names=[],
    )
    ran = 0
    while (result := DBTaskResult.objects.ready().get_locked()) is not None:
        result.claim(worker.worker_id)
        worker.run_task(result)
        ran += result.task_path.startswith("pages.subscription_mail.")
    failed = list(DBTaskResult.objects.failed().values_list("task_path", "traceback"))
    assert not failed, failed
    return ran


def url_in(language: str, name: str, *args) -> str:
    with translation.override(language):
        return reverse(name, args=args)


def theme(language="sv", slug="infrastruktur") -> ThemePage:
    swedish = ThemePage.objects.get(locale__language_code="sv", slug=slug)
    return (
        swedish
        if language == "sv"
        else swedish.get_translation(Locale.objects.get(language_code=language))
    )


def news_index(language="sv") -> NewsIndexPage:
    return NewsIndexPage.objects.get(locale__language_code=language)


def publish_news(themes, title="Ny bredbandsplan för Gävleborg", parent=None, **fields):
    """A news item written as a draft, then published by an editor for the first time."""
    page = NewsPageFactory(
        parent=parent or news_index(), title=title, themes=themes, live=False, **fields
    )
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def sign_up(client, email="reader@example.org", themes=None, language="sv", **extra):
    themes = [theme(language).pk] if themes is None else themes
    data = {"email": email, "themes": themes, "website": "", **extra}
    return client.post(url_in(language, "subscribe"), data, REMOTE_ADDR="192.0.2.30")


def confirmed(email="reader@example.org", slugs=("infrastruktur",), language="sv") -> Subscriber:
    subscriber = Subscriber.objects.create(
        email=email, language=language, confirmed_at=timezone.now()
    )
    subscriber.themes.set([theme("sv", slug) for slug in slugs])
    return subscriber


def link_in(text: str) -> str:
    """The path of the first link to this site in a plain-text mail."""
    return urlsplit(re.search(r"http://localhost/\S+", text).group(0)).path


# --- End to end -------------------------------------------------------------------------------


def test_a_subscription_end_to_end_over_smtp_and_the_worker(
    client, seeded, smtp_server, task_queue
):
    # Sign up on the English page, for the English version of a theme.
    response = sign_up(client, email="  Reader@Example.org ", language="en")
    assert response.status_code == 302 and response.url == url_in("en", "subscribe") + "?skickat=1"
    assert not response.cookies
    assert smtp_server.mails == []  # the request only queued the mail
    assert run_worker() == 1

    # The confirmation arrives over SMTP, in English, in two parts.
    (confirmation,) = smtp_server.mails
    assert confirmation.recipients == ["reader@example.org"]
    assert confirmation.content_types() == ["multipart/alternative", "text/plain", "text/html"]
    assert "Confirm the subscription by opening the link" in confirmation.part("text/plain")
    assert 'lang="en"' in confirmation.part("text/html")
    confirm_path = link_in(confirmation.part("text/plain"))
    assert confirm_path.startswith("/en/")
    assert confirm_path in confirmation.part("text/html")

    # Not yet a subscriber: news published now would not reach the address.
    assert Subscriber.objects.get().confirmed_at is None
    page = client.get(confirm_path)
    assert page.status_code == 200 and not page.cookies
    assert Subscriber.objects.get().confirmed_at is None  # opening the link confirms nothing
    done = client.post(confirm_path)
    assert done.status_code == 200 and not done.cookies
    subscriber = Subscriber.objects.get()
    assert subscriber.is_confirmed and subscriber.language == "en"
    assert list(subscriber.themes.all()) == [theme("sv")]  # stored as the Swedish theme
    smtp_server.mailbox.clear()

    # A Swedish news item in the theme is published: the worker mails it, once.
    publish_news([theme("sv")])
    assert smtp_server.mails == []  # not in the editor's request
    assert run_worker() == 2  # the split into batches, one batch
    (news,) = smtp_server.mails
    assert news.recipients == ["reader@example.org"]
    assert news.content_types() == ["multipart/alternative", "text/plain", "text/html"]
    text = news.part("text/plain")
    assert "Ny bredbandsplan för Gävleborg" in text and "(in Swedish)" in text
    assert "Read the news item: http://localhost/nyheter/" in text
    assert "Unsubscribe" in news.part("text/html")
    assert news["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header = news["List-Unsubscribe"].strip()  # folded onto its own line: it is long
    unsubscribe = re.fullmatch(r"<(http://localhost/\S+)>", header).group(1)
    assert unsubscribe in text

    # One click in the mail client: a POST without token or cookie erases the address.
    client.cookies.clear()
    gone = client.post(
        urlsplit(unsubscribe).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert gone.status_code == 200 and not gone.cookies
    assert not Subscriber.objects.exists()
    assert not Subscriber.themes.through.objects.exists()


def test_news_goes_out_in_batches_each_subscriber_once_in_their_language(
    seeded, smtp_server, task_queue
):
    task_queue.SUBSCRIPTION_BATCH_SIZE = 2
    confirmed("a@example.se", slugs=("infrastruktur", "kompetensforsorjning"), language="sv")
    confirmed("b@example.org", language="en")
    confirmed("c@example.fi", language="fi")
    confirmed("other@example.se", slugs=("kompetensforsorjning",))
    publish_news([theme("sv"), theme("sv", "kompetensforsorjning")], title="Två teman")
    assert run_worker() == 1 + 2  # the split, then two batches of at most two
    by_address = {mail.recipients[0]: mail for mail in smtp_server.mails}
    assert sorted(by_address) == [
        "a@example.se",
        "b@example.org",
        "c@example.fi",
        "other@example.se",
    ]
    assert "Läs nyheten:" in by_address["a@example.se"].part("text/plain")
    assert "Read the news item:" in by_address["b@example.org"].part("text/plain")
    assert "Lue uutinen:" in by_address["c@example.fi"].part("text/plain")
    assert by_address["a@example.se"]["Subject"] == "Nyhet: Två teman"


# --- What sends nothing -----------------------------------------------------------------------


def test_a_republish_an_edit_or_a_translation_sends_nothing_more(seeded, smtp_server, task_queue):
    confirmed()
    page = publish_news([theme("sv")])
    run_worker()
    assert len(smtp_server.mails) == 1
    smtp_server.mailbox.clear()

    page.title = "Ny bredbandsplan (rättad)"
    page.save_revision().publish()  # an edit, published again
    page.unpublish()
    page.save_revision().publish()  # unpublished, then published again
    assert run_worker() == 0 and smtp_server.mails == []
    assert NewsMailing.objects.filter(translation_key=page.translation_key).count() == 1


def test_a_draft_sends_nothing(seeded, smtp_server, task_queue):
    confirmed()
    NewsPageFactory(parent=news_index(), themes=[theme("sv")], live=False).save_revision()
    assert run_worker() == 0 and smtp_server.mails == []


def test_a_news_item_in_a_private_section_sends_nothing(seeded, smtp_server, task_queue):
    confirmed()
    PageViewRestriction.objects.create(page=news_index(), restriction_type="login")
    page = publish_news([theme("sv")])
    assert run_worker() == 0 and smtp_server.mails == []
    assert not NewsMailing.objects.filter(translation_key=page.translation_key).exists()


def test_an_item_made_private_before_the_worker_runs_sends_nothing(seeded, smtp_server, task_queue):
    confirmed()
    publish_news([theme("sv")])
    PageViewRestriction.objects.create(page=news_index(), restriction_type="login")
    run_worker()
    assert smtp_server.mails == []


def test_only_confirmed_subscribers_of_the_theme_get_news(seeded, smtp_server, task_queue):
    confirmed("other-theme@example.se", slugs=("kompetensforsorjning",))
    waiting = Subscriber.objects.create(email="waiting@example.se", language="sv")
    waiting.themes.set([theme("sv")])
    publish_news([theme("sv")])
    run_worker()
    assert smtp_server.mails == []


# --- Confirming, unsubscribing, expiry ----------------------------------------------------------


def test_a_new_choice_for_a_confirmed_address_waits_for_its_confirmation(
    client, seeded, mailoutbox
):
    subscriber = confirmed()
    assert sign_up(client, themes=[theme("sv", "kompetensforsorjning").pk]).status_code == 302
    subscriber.refresh_from_db()
    assert list(subscriber.themes.all()) == [theme("sv")]  # unchanged until confirmed
    (confirmation,) = mailoutbox
    client.post(link_in(confirmation.body))
    assert list(subscriber.themes.all()) == [theme("sv", "kompetensforsorjning")]


def test_a_confirmation_link_expires_and_a_forged_one_is_refused(client, seeded, mailoutbox):
    sign_up(client)
    path = link_in(mailoutbox[0].body)
    forged = path.replace(path.split("/")[-2], path.split("/")[-2][:-2] + "xx")
    for method in (client.get, client.post):
        response = method(forged)
        assert response.status_code == 400
        assert "Länken fungerar inte" in response.content.decode()
    later = timezone.now() + datetime.timedelta(days=7, minutes=1)
    with time_machine.travel(later):
        assert client.post(path).status_code == 400
    assert not Subscriber.objects.get().is_confirmed


def test_unsubscribing_needs_our_link_and_opening_it_erases_nothing(client, seeded, mailoutbox):
    from pages.subscriptions import unsubscribe_token

    subscriber = confirmed()
    path = url_in("sv", "unsubscribe", unsubscribe_token(subscriber))
    page = client.get(path)
    assert page.status_code == 200 and "Avsluta prenumerationen" in page.content.decode()
    assert Subscriber.objects.exists()
    assert client.post(url_in("sv", "unsubscribe", "inte-vår-länk")).status_code == 400
    assert Subscriber.objects.exists()
    assert client.post(path).status_code == 200
    assert not Subscriber.objects.exists()
    assert client.post(path).status_code == 200  # twice: still unsubscribed, no error


def test_unconfirmed_addresses_are_erased_after_seven_days(seeded):
    old = timezone.now() - datetime.timedelta(days=7, hours=1)
    Subscriber.objects.create(email="stale@example.se", language="sv", created_at=old)
    Subscriber.objects.create(email="fresh@example.se", language="sv")
    Subscriber.objects.create(
        email="kept@example.se", language="sv", created_at=old, confirmed_at=old
    )
    out = io.StringIO()
    call_command("forget_unconfirmed_subscribers", stdout=out)
    assert "1 obekräftade adresser" in out.getvalue()
    assert sorted(Subscriber.objects.values_list("email", flat=True)) == [
        "fresh@example.se",
        "kept@example.se",
    ]


# --- The form ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "path"), [("sv", "/prenumerera/"), ("en", "/en/"), ("fi", "/fi/")]
)
def test_the_form_has_one_page_per_language_and_sets_no_cookie(client, seeded, language, path):
    response = client.get(url_in(language, "subscribe"))
    assert response.status_code == 200 and not response.cookies
    html = response.content.decode()
    assert url_in(language, "subscribe").startswith(path)
    assert f'<html lang="{language}">' in html
    assert 'name="csrfmiddlewaretoken"' not in html
    assert 'type="email" name="email"' in html and 'name="themes"' in html
    # Themes to choose, in the page's language (Finnish: the Swedish ones).
    theme_language = "sv" if language == "fi" else language
    assert theme(theme_language).title in html


def test_the_finnish_form_and_confirmation_mark_the_swedish_theme_names_and_say_why(
    client, seeded, mailoutbox
):
    """Finnish has no theme pages: the Swedish names are marked as Swedish (WCAG 3.1.2, so a
    screen reader does not read them with Finnish sounds), and the page says so in Finnish."""
    swedish = theme("sv")
    finnish_form = client.get(url_in("fi", "subscribe")).content.decode()
    assert f'<span lang="sv">{swedish.title}</span>' in finnish_form
    assert "Teemat ja uutiset ovat vain ruotsiksi." in finnish_form
    swedish_form = client.get(url_in("sv", "subscribe")).content.decode()
    assert 'lang="sv"' not in swedish_form.split("<main", 1)[1]
    assert sign_up(client, themes=[swedish.pk], language="fi").status_code == 302
    confirm_page = client.get(link_in(mailoutbox[0].body)).content.decode()
    assert f'<li lang="sv">{swedish.title}</li>' in confirm_page


def test_theme_pages_and_the_news_index_link_to_the_form(client, seeded):
    theme_page = client.get(theme("sv").url).content.decode()
    assert f'href="/prenumerera/?tema={theme("sv").pk}"' in theme_page
    assert 'href="/prenumerera/"' in client.get(news_index().url).content.decode()
    form = client.get(f"/prenumerera/?tema={theme('sv').pk}").content.decode()
    assert re.search(rf'value="{theme("sv").pk}"[^>]*checked', form)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"email": "inte en adress", "themes": "THEME"}, "Skriv e-postadressen så här"),
        ({"email": "", "themes": "THEME"}, "Skriv din e-postadress."),
        ({"email": "a@example.se"}, "Välj minst ett tema."),
        ({"email": "a@example.se", "themes": "9" * 40}, "Välj bland temana i listan."),
        ({"email": "a@example.se", "themes": "abc"}, "Välj bland temana i listan."),
        ({"email": "a" * 250 + "@example.se", "themes": "THEME"}, "för lång"),
        ({}, "Skriv din e-postadress."),
    ],
)
def test_bad_input_comes_back_with_a_clear_error_and_what_was_typed(client, seeded, data, message):
    data = {key: str(theme("sv").pk) if value == "THEME" else value for key, value in data.items()}
    response = client.post("/prenumerera/", data)
    assert response.status_code == 400 and not response.cookies
    html = response.content.decode()
    assert message in html and 'class="error-summary"' in html
    if data.get("email"):
        assert f'value="{data["email"]}"' in html
    if data.get("themes") == str(theme("sv").pk):
        assert re.search(rf'value="{theme("sv").pk}"[^>]*checked', html)
    assert not Subscriber.objects.exists()


def test_sign_ups_are_limited_per_address_whatever_its_case(client, seeded, mailoutbox, settings):
    settings.SUBSCRIPTION_LIMIT_PER_EMAIL = (3, 3600)
    for email in ("many@example.se", "Many@example.se", "MANY@EXAMPLE.SE"):
        assert sign_up(client, email=email).status_code == 302
    response = sign_up(client, email="many@Example.se")
    assert response.status_code == 429 and int(response["Retry-After"]) > 0
    html = response.content.decode()
    assert 'value="many@Example.se"' in html and "många gånger på kort tid" in html
    assert len(mailoutbox) == 3
    assert sign_up(client, email="another@example.se").status_code == 302


def test_the_honeypot_gets_the_same_answer_and_no_mail(client, seeded, mailoutbox):
    response = sign_up(client, website="http://spam.example")
    assert response.status_code == 302 and mailoutbox == []
    assert not Subscriber.objects.exists()


# --- The admin ----------------------------------------------------------------------------------


def staff(django_user_model, role):
    user = django_user_model.objects.create_user(f"user-{role}", password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


def test_editors_see_counts_per_theme_and_only_the_publicist_exports(
    client, seeded, django_user_model
):
    confirmed("first@example.se")
    confirmed("second@example.se", slugs=("infrastruktur", "kompetensforsorjning"))
    Subscriber.objects.create(email="waiting@example.se", language="sv").themes.set([theme("sv")])

    client.force_login(staff(django_user_model, EDITOR))
    report = client.get(reverse("regionsite_subscription_report"))
    html = report.content.decode()
    assert report.status_code == 200
    assert re.search(rf"<td>{theme('sv').title}</td><td>2</td><td>1</td>", html)
    assert "@example.se" not in html and "Exportera" not in html
    denied = client.get(reverse("regionsite_subscriber_export"))  # Wagtail: back to the dashboard
    assert denied.status_code == 302 and "text/csv" not in denied["Content-Type"]

    client.force_login(staff(django_user_model, PUBLISHER))
    assert (
        "Exportera adresserna"
        in client.get(reverse("regionsite_subscription_report")).content.decode()
    )
    export = client.get(reverse("regionsite_subscriber_export"))
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    rows = export.content.decode().splitlines()
    assert rows[0] == "E-postadress,Språk,Teman,Anmäld,Bekräftad"
    assert [row.split(",")[0] for row in rows[1:]] == [
        "first@example.se",
        "second@example.se",
        "waiting@example.se",
    ]
    # Who read the list, and when, is in Wagtail's audit log, in Swedish; never the addresses.
    # It is filed on the account, so those who manage accounts read it (not the Publicist).
    entry = ModelLogEntry.objects.get(action="regionsite.subscribers_exported")
    assert entry.user.groups.filter(name=PUBLISHER).exists() and entry.data == {"count": 3}
    client.force_login(django_user_model.objects.create_superuser("forvaltare", password="x"))
    history = client.get(reverse("wagtailadmin_reports:site_history")).content.decode()
    assert "Exporterade 3 prenumeranters adresser" in history
    assert "Export av prenumeranter" in history and "@example.se" not in history


def test_a_batch_the_mail_server_refuses_is_queued_again_for_later(seeded, task_queue):
    from tests.live_site import free_port

    task_queue.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    task_queue.EMAIL_HOST, task_queue.EMAIL_PORT = "127.0.0.1", free_port()  # nobody listens
    confirmed()
    publish_news([theme("sv")])
    run_worker()
    (waiting,) = DBTaskResult.objects.filter(
        status="READY", task_path="pages.subscription_mail.mail_news_batch"
    )
    assert waiting.args_kwargs["args"][2] == 2  # the second attempt
    assert waiting.run_after > timezone.now() + datetime.timedelta(minutes=14)
