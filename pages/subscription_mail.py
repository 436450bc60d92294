"""The subscription mails and the tasks that send them, on the task worker, never in a request.

- ``send_confirmation``: the double opt-in mail with its signed link, queued by the sign-up.
- ``mail_news``: when a news item is first published (``news_published``, on Wagtail's
  ``page_published``), one task splits its theme's confirmed subscribers into batches of
  ``SUBSCRIPTION_BATCH_SIZE``; ``mail_news_batch`` sends each batch over one SMTP connection,
  one mail per subscriber in their language (plain text and HTML, templates per language in
  templates/subscriptions/mail/), with the one-click unsubscribe headers of RFC 8058.
  A batch the mail server refuses is queued again for later (``RETRY_MINUTES``), for the
  subscribers not yet reached.

Only a news story's first publication mails (``NewsMailing`` keeps one row per story, all its
languages: a re-publish, an edit, a translation published later send nothing), and only when
visitors may see the item: a draft or an item in a private section mails nobody, checked when
it is published and again when each task runs.
"""

import datetime
import logging

from django_tasks import default_task_backend, task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.signals import page_published

from pages.models import NewsPage
from pages.subscriptions import (
    NewsMailing,
    Subscriber,
    confirmation_token,
    unsubscribe_token,
)
from pages.visibility import visible, visible_page
from regionsite.identity import ORGANISATION_NAME

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
RETRY_MINUTES = 15  # times the attempt: 15, 30, 45 … minutes


def absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def render_parts(name: str, language: str, context: dict) -> tuple[str, str]:
    """(plain text, HTML) of templates/subscriptions/mail/<name>.<language>.txt and .html."""
    with translation.override(language):
        context = {**context, "language": language, "organisation": ORGANISATION_NAME}
        text = render_to_string(f"subscriptions/mail/{name}.{language}.txt", context)
        html = render_to_string(f"subscriptions/mail/{name}.{language}.html", context)
    return text, html


def mail_language(subscriber: Subscriber) -> str:
    languages = dict(settings.LANGUAGES)
    return subscriber.language if subscriber.language in languages else settings.LANGUAGE_CODE


# --- Confirmation -------------------------------------------------------------------------------


def confirmation_mail(subscriber: Subscriber, theme_ids: list[int], language: str):
    token = confirmation_token(subscriber, theme_ids, language)
    with translation.override(language):
        url = absolute(reverse("subscription_confirm", args=[token]))
        subject = gettext("Bekräfta din prenumeration på nyheter")
    context = {"confirm_url": url, "days": settings.SUBSCRIPTION_CONFIRM_DAYS}
    text, html = render_parts("confirm", language, context)
    message = EmailMultiAlternatives(subject, text, to=[subscriber.email])
    message.attach_alternative(html, "text/html")
    return message


@task()
def send_confirmation(subscriber_id: int, theme_ids: list[int], language: str) -> bool:
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:  # erased (or unsubscribed) before the worker came to it
        return False
    confirmation_mail(subscriber, theme_ids, language).send()
    return True


# --- News ---------------------------------------------------------------------------------------


def news_published(sender, instance, **kwargs):
    """Wagtail's ``page_published`` for a news item: mail it if this is its story's first
    publication and visitors may see it. The mails are a task: the editor's request only
    queues it, in its own transaction."""
    page = instance
    if page.alias_of_id is not None:
        return  # another language's alias of the item (wagtail-localize): the item mails
    if page.first_published_at is None or page.first_published_at != page.last_published_at:
        return  # a re-publish (after an edit, or after being unpublished)
    if visible_page(page) is None:
        return  # in a private section
    _mailing, created = NewsMailing.objects.get_or_create(
        translation_key=page.translation_key, defaults={"page_id": page.pk}
    )
    if created:
        mail_news.enqueue(page.pk)


def connect() -> None:
    page_published.connect(news_published, sender=NewsPage, dispatch_uid="subscription_news")


def visible_news(page_id: int) -> NewsPage | None:
    page = NewsPage.objects.filter(pk=page_id, alias_of__isnull=True).first()
    return visible_page(page)


def subscribers_of(page: NewsPage):
    """The confirmed subscribers of any of the item's themes (in any language's version)."""
    keys = page.themes.values_list("translation_key", flat=True)
    return (
        Subscriber.objects.filter(confirmed_at__isnull=False, themes__translation_key__in=keys)
        .distinct()
        .order_by("pk")
    )


@task()
def mail_news(page_id: int) -> int:
    """Split the subscribers of a newly published news item into batches, each a task."""
    page = visible_news(page_id)
    if page is None:
        return 0
    ids = list(subscribers_of(page).values_list("pk", flat=True))
    size = settings.SUBSCRIPTION_BATCH_SIZE
    for start in range(0, len(ids), size):
        mail_news_batch.enqueue(page_id, ids[start : start + size])
    return len(ids)


def version_for(page: NewsPage, language: str) -> NewsPage:
    """The item in the subscriber's language if visitors may see it there, else as published."""
    if page.locale.language_code == language:
        return page
    translation_ = visible(NewsPage.objects.filter(translation_key=page.translation_key))
    return translation_.filter(locale__language_code=language).first() or page


def news_mail(page: NewsPage, subscriber: Subscriber) -> EmailMultiAlternatives:
    language = mail_language(subscriber)
    item = version_for(page, language)
    with translation.override(language):
        unsubscribe = absolute(reverse("unsubscribe", args=[unsubscribe_token(subscriber)]))
        subscribe = absolute(reverse("subscribe"))
        subject = gettext("Nyhet: %(title)s") % {"title": item.title}
        other_language = (
            translation.get_language_info(item.locale.language_code)["name_translated"]
            if item.locale.language_code != language
            else ""
        )
    context = {
        "item": item,
        "url": item.get_full_url(),
        "other_language": other_language,
        "unsubscribe_url": unsubscribe,
        "subscribe_url": subscribe,
    }
    text, html = render_parts("news", language, context)
    message = EmailMultiAlternatives(
        subject,
        text,
        to=[subscriber.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    return message


@task()
def mail_news_batch(page_id: int, subscriber_ids: list[int], attempt: int = 1) -> int:
    """One mail to each of ``subscriber_ids`` still subscribed, over one connection. What the
    mail server refuses is queued again for the subscribers not reached."""
    page = visible_news(page_id)
    if page is None:
        return 0
    recipients = list(subscribers_of(page).filter(pk__in=subscriber_ids))
    sent = 0
    try:
        with get_connection() as connection:
            for subscriber in recipients:
                connection.send_messages([news_mail(page, subscriber)])
                sent += 1
    except OSError as error:  # smtplib's errors are OSErrors, like a refused connection
        remaining = [subscriber.pk for subscriber in recipients[sent:]]
        retry(page_id, remaining, attempt, error)
    return sent


def retry(page_id: int, remaining: list[int], attempt: int, error: Exception) -> None:
    if attempt >= MAX_ATTEMPTS or not default_task_backend.supports_defer:
        logger.error(
            "News mail for page %s not sent to %s subscribers after %s attempts: %s",
            page_id,
            len(remaining),
            attempt,
            error,
        )
        return
    logger.warning(
        "News mail for page %s: %s subscribers not reached (%s); trying again later",
        page_id,
        len(remaining),
        error,
    )
    later = timezone.now() + datetime.timedelta(minutes=RETRY_MINUTES * attempt)
    mail_news_batch.using(run_after=later).enqueue(page_id, remaining, attempt + 1)
