"""The translation editor's actions and the sync, per role (pages/translation_actions.py):
the main button is the one the role should press, nothing is offered that the role may not
use, and the sync is refused to anyone who may not edit the translation, forged POSTs included."""

import re

import pytest

from django.urls import reverse

from wagtail.models import Locale
from wagtail_localize.operations import translate_object

from pages.models import NewsIndexPage, NewsPage
from pages.roles import EDITOR, PUBLISHER, TRANSLATOR
from pages.translation import translate_via_po
from pages.translation_guard import untranslated_segments
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def english() -> Locale:
    return Locale.objects.get(language_code="en")


def swedish_news(title="Ny nyhet om tåg") -> NewsPage:
    index = NewsIndexPage.objects.get(locale__language_code="sv")
    news = NewsPageFactory(parent=index, title=title, intro="Tåget går till Bryssel.")
    news.save_revision().publish()
    return news


def translated_news() -> tuple[NewsPage, NewsPage]:
    """A Swedish item and its published English translation."""
    news = swedish_news()
    target = translate_via_po(news, english(), lambda text: f"EN {text}")
    return news, target.specific


def footer_of(client, page) -> str:
    html = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    return html.split('class="footer translation-actions"')[1].split("</footer>")[0]


def buttons(footer: str) -> list[tuple[str, bool]]:
    """(label, is primary) of each action, in order."""
    found = re.findall(r'class="button( button-secondary)?"[^>]*>([^<]+)</', footer)
    return [(label.strip(), not secondary) for secondary, label in found]


def test_a_translators_main_button_on_a_draft_is_send_for_review(client, seeded, user_in):
    news = swedish_news()
    translate_object(news, [english()])
    draft = news.get_translation(english())
    client.force_login(user_in(TRANSLATOR))
    shown = buttons(footer_of(client, draft))
    assert shown[0] == ("Skicka till granskning", True)
    assert [label for label, primary in shown if primary] == ["Skicka till granskning"]
    labels = [label for label, _ in shown]
    assert "Konvertera till alias" not in labels
    assert "Synkronisera med svenska texten" in labels
    # Deleting is a link to Wagtail's confirmation page: opening it deletes nothing.
    delete = reverse("wagtailadmin_pages:delete", args=[draft.pk])
    assert ("Radera", False) in shown and f'href="{delete}"' in footer_of(client, draft)
    assert "Ja, radera" in client.get(delete).content.decode()
    assert NewsPage.objects.filter(pk=draft.pk).exists()


def test_a_translator_on_a_published_translation_is_offered_nothing_refused(
    client, seeded, user_in
):
    _news, target = translated_news()
    client.force_login(user_in(TRANSLATOR))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[target.pk])).content.decode()
    # The editor's own row (with "Konvertera till alias", refused to translators) is hidden.
    assert "js-translation-editor--site-actions" in html
    shown = buttons(footer_of(client, target))
    assert shown[0] == ("Skicka till granskning", True)
    assert not {"Konvertera till alias", "Avpublicera", "Radera", "Publicera"} & {
        label for label, _ in shown
    }


def test_a_publicist_opening_a_translation_under_review_sees_approve(client, seeded, user_in):
    news = swedish_news()
    translate_via_po(news, english(), lambda text: f"EN {text}")
    target = news.get_translation(english()).specific
    target.save_revision()
    translator, publisher = user_in(TRANSLATOR), user_in(PUBLISHER)
    target.get_workflow().start(target, translator)
    # The translator, whose translation waits, has nothing to press until it is answered.
    client.force_login(translator)
    assert not [label for label, primary in buttons(footer_of(client, target)) if primary]
    client.force_login(publisher)
    footer = footer_of(client, target)
    assert buttons(footer)[0] == ("Godkänn och publicera", True)
    approve = re.search(r'<form method="post" action="([^"]+/approve/\d+/)"', footer)[1]
    response = client.post(approve, follow=True)
    assert response.status_code == 200
    assert "är godkänd och publicerad" in response.content.decode()
    target.refresh_from_db()
    assert target.live and not target.workflow_in_progress


def test_a_publicist_publishes_from_the_row(client, seeded, user_in):
    _news, target = translated_news()
    client.force_login(user_in(PUBLISHER))
    assert buttons(footer_of(client, target))[0] == ("Publicera", True)


def report_row(client, news) -> str:
    report = client.get("/admin/reports/oversattningar/?sprak=en").content.decode()
    rows = re.findall(r"<tr>(.*?)</tr>", report, re.DOTALL)
    return next(row for row in rows if f">{news.title}</a>" in row)


def outdated_translation():
    news, target = translated_news()
    news.intro = "Tåget går nu också till Paris."
    news.save_revision().publish()
    return news, target


def test_the_translator_syncs_from_the_report_and_sees_what_to_translate(client, seeded, user_in):
    news, target = outdated_translation()
    client.force_login(user_in(TRANSLATOR))
    row = report_row(client, news)
    assert "Källtexten har ändrats" in row and "Synkronisera" in row
    sync = reverse("regionsite_sync_translation", args=[target.pk])
    response = client.post(sync, {"next": "/admin/reports/oversattningar/?sprak=en"})
    assert response.status_code == 302 and response["Location"].endswith("?sprak=en")
    assert untranslated_segments(target) == 1  # the changed lead
    assert "1 textavsnitt kvar" in report_row(client, news)
    # The live English page is untouched until the new text is approved.
    target.refresh_from_db()
    assert target.live and target.intro == "EN Tåget går till Bryssel."
    assert "Paris" not in client.get(target.url).content.decode()


@pytest.mark.parametrize("role", [EDITOR, None])
def test_a_sync_by_anyone_who_may_not_edit_the_translation_is_refused(
    client, seeded, user_in, role
):
    news, target = outdated_translation()
    if role:
        client.force_login(user_in(role))
    response = client.post(reverse("regionsite_sync_translation", args=[target.pk]))
    # Wagtail's admin answers a refusal by sending the user to the dashboard with a message.
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/" if role else "/admin/login/")
    assert untranslated_segments(target) == 0  # nothing was read from the changed source


def test_a_sync_of_a_source_page_is_not_found(client, seeded, user_in):
    news = swedish_news()
    client.force_login(user_in(PUBLISHER))
    assert client.post(reverse("regionsite_sync_translation", args=[news.pk])).status_code == 404


def test_the_sync_answers_only_post(client, seeded, user_in):
    _news, target = outdated_translation()
    client.force_login(user_in(TRANSLATOR))
    assert client.get(reverse("regionsite_sync_translation", args=[target.pk])).status_code == 405
