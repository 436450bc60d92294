"""A change renews exactly what shows it: the change becomes keys (regionsite.caching.keys), and
every stored response or fragment filed under one of them is deleted, here and at the edge.

- A page (publish, unpublish, move, rename, delete, scheduled go-live and expiry: each saves
  the page or sends Wagtail's signals): its own key, the listings it belongs to (its model in
  its language, its parent's children, its translations, and any ``cache_listing_keys()`` its
  model adds), and on a move or slug change the keys of every page below it.
- Anything else saved or deleted (snippets, settings, documents, images, collections,
  restrictions, redirects, Site and Locale — every model, derived, not listed): the key of
  its table. Site and Locale also renew ``all``. ``NEVER_SHOWN`` names what changes without
  being shown to visitors (sessions, revisions, logs); tests/test_cache_keys.py checks that
  no page reads those tables.

No renewal is lost: each is written to the outbox (``PendingRenewal``) in the change's own
transaction, applied at once (for requests that read during the transaction), and again after
the commit by ``drain()``, which deletes the row only when Redis and the edge have both taken
it. While Redis is unreachable the rows stay; every web process polls the outbox
(``OUTBOX_POLL_SECONDS``) and drains it as soon as Redis answers.
"""

import logging
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, close_old_connections, transaction
from django.utils import timezone

from wagtail.models import Locale, Page, Site

from regionsite.caching import edge
from regionsite.caching.keys import (
    ALL,
    PAGES,
    STRUCTURE,
    children_key,
    listing_key,
    page_key,
    page_owned_models,
    table_key,
    translations_key,
)
from regionsite.caching.models import PendingRenewal
from regionsite.caching.store import get_store

logger = logging.getLogger(__name__)

# Changed all the time, never shown to visitors (checked by tests/test_cache_keys.py).
NEVER_SHOWN_APPS = frozenset(
    {
        "admin",
        "auth",
        "axes",
        "caching",
        "contenttypes",
        "django_tasks_db",  # the task queue
        "otp_static",
        "otp_totp",
        "sessions",
        "wagtail_localize",
        "wagtailadmin",
        "wagtailsearch",
        "wagtailusers",
    }
)
NEVER_SHOWN_MODELS = frozenset(
    {
        "wagtailcore.revision",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.referenceindex",
        "wagtailcore.taskstate",
        "wagtailcore.workflowstate",
        "wagtailcore.pagesubscription",
        "wagtailcore.comment",
        "wagtailcore.commentreply",
        "wagtailcore.uploadedfile",
        "wagtailcore.grouppagepermission",
        "wagtailcore.groupcollectionpermission",
        "wagtailimages.rendition",  # made while rendering; the image's own change renews
        "pages.subscriber",  # news by e-mail: never shown on a page
        "pages.subscriber_themes",
        "pages.newsmailing",
    }
)
# A save of only these fields changes a draft, not what is published.
DRAFT_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "wagtail_admin_comments",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def is_never_shown(model) -> bool:
    meta = model._meta
    return meta.app_label in NEVER_SHOWN_APPS or meta.label_lower in NEVER_SHOWN_MODELS


def page_keys(page: Page) -> set[str]:
    """The keys a change to ``page`` renews (as it is now: a page that left a listing is
    renewed there by its own key)."""
    specific_class = page.specific_class or type(page)
    language = Locale.objects.filter(pk=page.locale_id).values_list("language_code", flat=True)
    language = language.first() or ""
    keys = {
        PAGES,
        page_key(page.pk),
        translations_key(page.translation_key),
        children_key(page.path[: -Page.steplen]),
    }
    for model in specific_class.__mro__:
        if isinstance(model, type) and issubclass(model, Page) and not model._meta.abstract:
            keys.add(listing_key(model, language))
    if page.alias_of_id:
        keys.add(STRUCTURE)
    # From the specific instance only: a deletion or a move sends the specific one its own
    # signal too, so the base one needs no query for it.
    more = getattr(page, "cache_listing_keys", None)
    if more is not None:
        keys.update(more())
    return keys


def model_keys(model) -> set[str]:
    keys = {table_key(parent._meta.db_table) for parent in model._meta.get_parent_list()}
    keys.add(table_key(model._meta.db_table))
    if issubclass(model, (Site, Locale)):
        keys.add(ALL)
    return keys


def descendant_keys(page: Page) -> set[str]:
    below = Page.objects.filter(path__startswith=page.path, depth__gt=page.depth)
    return {page_key(pk) for pk in below.values_list("pk", flat=True)} | {STRUCTURE}


# --- Receivers (connected in regionsite/caching/apps.py) ------------------------------------


def on_save(sender, instance, update_fields=None, raw=False, **kwargs):
    if raw or is_never_shown(sender):
        return
    if isinstance(instance, Page):
        if update_fields is not None and set(update_fields) <= DRAFT_FIELDS:
            return  # a draft saved: nothing visitors see has changed
        renew(page_keys(instance))
    elif sender not in page_owned_models():  # a page's own rows change with the page
        renew(model_keys(sender))


def on_delete(sender, instance, **kwargs):
    if is_never_shown(sender):
        return
    if isinstance(instance, Page):
        renew(page_keys(instance) | {STRUCTURE})
    elif sender not in page_owned_models():
        renew(model_keys(sender))


def on_many_to_many(sender, instance, action, **kwargs):
    if action.startswith("post_") and not is_never_shown(type(instance)):
        if sender not in page_owned_models():
            renew(model_keys(sender) | model_keys(type(instance)))


def on_unpublish(sender, instance, **kwargs):
    renew(page_keys(instance))


def on_move(sender, instance, parent_page_before=None, **kwargs):
    keys = page_keys(instance) | descendant_keys(instance)
    if parent_page_before is not None:
        keys.add(children_key(parent_page_before.path))
    renew(keys)


def on_slug_change(sender, instance, **kwargs):
    renew(page_keys(instance) | descendant_keys(instance))


# --- Renewing -------------------------------------------------------------------------------


_migrating = False


def pause_for_migrations(**kwargs):
    """pre_migrate receiver: the outbox table may not exist yet while migrations run."""
    global _migrating
    _migrating = True


def renew_all_after_migrations(**kwargs):
    """post_migrate receiver: what the migrations changed is renewed at once, everywhere."""
    global _migrating
    _migrating = False
    renew_all()


def renew(keys: set[str]):
    """Renew ``keys`` now and, through the outbox, once more after the commit."""
    if _migrating:
        return
    removed = get_store().renew(keys) or []
    PendingRenewal.objects.create(keys=sorted(keys), urls=urls_of(removed))
    transaction.on_commit(drain)


def renew_all():
    """Everything stored is stale (every response and fragment carries ``all``)."""
    renew({ALL})


def urls_of(names) -> list[str]:
    """The URLs of stored responses (``e:<url>?<query>:<encoding>``), each once."""
    urls = set()
    for name in names:
        if name.startswith("e:"):
            url, query = name[2:].rsplit(":", 1)[0].split("?", 1)
            urls.add(f"{url}?{query}" if query else url)
    return sorted(urls)


_draining = threading.Lock()
# After the edge failed to answer, an editor's request does not wait for it again this long
# (the poller still tries every time).
EDGE_PAUSE_SECONDS = 2.0
_edge_down_until = 0.0


def drain(batch: int = 200, patient: bool = True) -> bool:
    """Apply what the outbox holds; True when it is empty afterwards. ``patient`` (after an
    editor's change): during an outage, leave it to the poller rather than wait again."""
    global _edge_down_until
    if not _draining.acquire(blocking=False):
        return False  # another thread of this process is at it
    try:
        while True:
            rows = list(PendingRenewal.objects.values_list("pk", "keys", "urls")[:batch])
            if not rows:
                return True
            keys = set().union(*(row[1] for row in rows))
            removed = get_store().renew(keys, patient=patient)
            if removed is None or (patient and time.monotonic() < _edge_down_until):
                return False
            urls = set(urls_of(removed)).union(*(row[2] for row in rows))
            if not (edge.purge_keys(keys) and edge.purge_urls(urls)):
                _edge_down_until = time.monotonic() + EDGE_PAUSE_SECONDS
                # The edge keeps nothing longer than its own expiry: give up on rows that old.
                too_old = timezone.now() - timedelta(seconds=edge_expiry_seconds())
                PendingRenewal.objects.filter(created_at__lt=too_old).delete()
                return False
            PendingRenewal.objects.filter(pk__in=[row[0] for row in rows]).delete()
    finally:
        _draining.release()


def edge_expiry_seconds() -> int:
    return settings.PAGE_CACHE_SECONDS + settings.PAGE_CACHE_STALE_SECONDS


_poller: threading.Thread | None = None


def start_polling():
    """Drain the outbox every OUTBOX_POLL_SECONDS in this process (once per process)."""
    global _poller
    interval = settings.OUTBOX_POLL_SECONDS
    if not interval or (_poller is not None and _poller.is_alive()):
        return
    _poller = threading.Thread(target=_poll, args=(interval,), name="cache-outbox", daemon=True)
    _poller.start()


def _poll(interval: float):
    while True:
        time.sleep(interval)
        try:
            if PendingRenewal.objects.exists():
                drain(patient=False)
        except DatabaseError as error:
            logger.warning("Cache outbox not read: %s", error)
        except Exception:  # the poller must outlive any one failure
            logger.exception("Cache outbox drain failed")
        finally:
            close_old_connections()
