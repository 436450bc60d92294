"""Publishing as the newsroom does it: the review workflow's transitions through the admin's
own endpoints, and scheduled publishing with the clock moved forward (time-machine)."""

import datetime

import pytest
import time_machine

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Page, WorkflowState

from pages.models import NewsIndexPage, NewsPage
from pages.roles import EDITOR, PUBLISHER

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redaktor", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITOR))
    return user


@pytest.fixture
def publisher(django_user_model):
    user = django_user_model.objects.create_user("publicist", password="x", is_staff=True)
    user.groups.add(Group.objects.get(name=PUBLISHER))
    return user


def submitted_news(client, editor) -> NewsPage:
    """A news item a Redaktör wrote and submitted for review, as the admin's form does."""
    index = NewsIndexPage.objects.get(locale__language_code="sv")
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/add/pages/newspage/{index.pk}/",
        {
            "title": "Nytt samarbete med Nordnorge",
            "slug": "nytt-samarbete-med-nordnorge",
            "date": "2026-11-26",
            "intro": "Region Gävleborg inleder ett samarbete om kompetensförsörjning.",
            "body-count": "0",
            "contact_links-TOTAL_FORMS": "0",
            "contact_links-INITIAL_FORMS": "0",
            "action-submit": "action-submit",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return NewsPage.objects.get(slug="nytt-samarbete-med-nordnorge")


def act(client, user, page, action: str) -> int:
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    client.force_login(user)
    response = client.post(
        f"/admin/pages/workflow/action/{page.pk}/{action}/{state.current_task_state.pk}/",
        {"comment": "Skriv om ingressen."} if action == "reject" else {},
    )
    return response.status_code


def test_submit_request_changes_resubmit_approve(client, seeded, editor, publisher):
    news = submitted_news(client, editor)
    assert not news.live and news.workflow_in_progress
    act(client, editor, news, "approve")  # a forged approval by a Redaktör: refused
    news.refresh_from_db()
    assert not news.live and news.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    assert act(client, publisher, news, "reject") == 302
    news.refresh_from_db()
    state = news.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES and not news.live

    client.force_login(editor)
    client.post(
        f"/admin/pages/{news.pk}/edit/",
        {
            "title": news.title,
            "slug": news.slug,
            "date": "2026-11-26",
            "intro": "Region Gävleborg och Nordland samarbetar om kompetens.",
            "body-count": "0",
            "contact_links-TOTAL_FORMS": "0",
            "contact_links-INITIAL_FORMS": "0",
            "action-submit": "action-submit",
        },
    )
    news.refresh_from_db()
    assert news.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS

    assert act(client, publisher, news, "approve") == 302
    news.refresh_from_db()
    assert news.live and news.intro.startswith("Region Gävleborg och Nordland")
    assert client.get(news.url).status_code == 200


def messages_after(client, response) -> list[str]:
    """The messages shown on the page the admin goes to next, after the submission's own."""
    from django.contrib.messages import get_messages

    shown = [str(message) for message in get_messages(response.wsgi_request)]
    return [message for message in shown if "inlämnad för granskning" not in message]


def test_approving_from_the_dashboard_says_the_page_is_published(client, seeded, editor, publisher):
    news = submitted_news(client, editor)
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(news.pk))
    client.force_login(publisher)
    # As the dashboard's dialog posts it.
    response = client.post(
        f"/admin/pages/workflow/action/{news.pk}/approve/{state.current_task_state.pk}/",
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    assert messages_after(client, response) == [
        "”Nytt samarbete med Nordnorge” är godkänd och publicerad."
    ]


def approve_in_editor(client, news, **fields):
    """The editor's Godkänn: the form saved with the workflow action, as the admin posts it."""
    return client.post(
        f"/admin/pages/{news.pk}/edit/",
        {
            "title": news.title,
            "slug": news.slug,
            "date": "2026-11-26",
            "intro": news.intro,
            "body-count": "0",
            "contact_links-TOTAL_FORMS": "0",
            "contact_links-INITIAL_FORMS": "0",
            "action-workflow-action": "true",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": "{}",
            **fields,
        },
    )


def test_approving_in_the_editor_says_published_not_updated(client, seeded, editor, publisher):
    news = submitted_news(client, editor)
    client.force_login(publisher)
    response = approve_in_editor(client, news)
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.live
    assert messages_after(client, response) == [
        "”Nytt samarbete med Nordnorge” är godkänd och publicerad."
    ]


def test_approving_a_scheduled_item_says_when_it_goes_live(client, seeded, editor, publisher):
    news = submitted_news(client, editor)
    client.force_login(publisher)
    response = approve_in_editor(client, news, go_live_at="2031-03-02 09:30")
    news.refresh_from_db()
    assert not news.live
    (message,) = messages_after(client, response)
    title = "”Nytt samarbete med Nordnorge”"
    assert message.startswith(f"{title} är godkänd och publiceras 2 mars 2031")


def test_requesting_changes_says_so(client, seeded, editor, publisher):
    news = submitted_news(client, editor)
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(news.pk))
    client.force_login(publisher)
    response = client.post(
        f"/admin/pages/workflow/action/{news.pk}/reject/{state.current_task_state.pk}/",
        {"comment": "Skriv om ingressen."},
    )
    assert messages_after(client, response) == [
        "”Nytt samarbete med Nordnorge” har skickats tillbaka för ändringar."
    ]


def test_a_scheduled_news_item_goes_live_when_its_time_comes(client, seeded, publisher):
    news = NewsPage.objects.filter(locale__language_code="sv").first()
    item = Page.objects.get(pk=news.pk).specific.copy(
        update_attrs={"title": "Utlysning öppnar", "slug": "utlysning-oppnar"}, keep_live=False
    )
    go_live = timezone.now() + datetime.timedelta(days=2)
    item.go_live_at = go_live
    item.save_revision(user=publisher).publish(user=publisher)
    item.refresh_from_db()
    assert not item.live and item.scheduled_revision is not None
    assert client.get("/nyheter/utlysning-oppnar/").status_code == 404

    with time_machine.travel(go_live - datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    item.refresh_from_db()
    assert not item.live, "not a minute early"

    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
    item.refresh_from_db()
    assert item.live
    assert client.get("/nyheter/utlysning-oppnar/").status_code == 200


def test_a_page_with_an_expiry_is_taken_down_when_it_passes(client, seeded, publisher):
    news = NewsPage.objects.filter(locale__language_code="sv").first()
    news.expire_at = timezone.now() + datetime.timedelta(days=30)
    news.save_revision(user=publisher).publish(user=publisher)
    with time_machine.travel(news.expire_at + datetime.timedelta(hours=1)):
        call_command("publish_scheduled")
    news.refresh_from_db()
    assert not news.live and news.expired
    assert client.get(news.url or f"/nyheter/{news.slug}/").status_code == 404
