"""What a response shows, recorded while it renders: its dependency keys.

A key names something a visitor can see change:

- ``p<id>``: a page (its title, URL, content) — recorded whenever a page is loaded;
- ``t:<table>``: any other table read (snippets, settings, documents, images, collections,
  restrictions) — recorded from the SQL itself, so no model is listed by hand;
- listing keys (``list:<model>:<language>``, ``children:<path>``, ``tr:<translation key>``
  and the ones page models add): the set of pages a listing shows, declared where the listing
  queries inside ``precise()``;
- ``pages``: a page query nobody declared more precisely. Correct by default (every page
  change renews it), so a new listing is never stale, only renewed more often than needed;
- ``all``: what every response depends on (the site, its languages).

Renewal (regionsite.caching.renewal) turns a change into the same keys.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

from django.apps import apps
from django.db import connection

ALL = "all"
PAGES = "pages"
STRUCTURE = "structure"  # paths and aliases: what the private sections are computed from


class Recording:
    __slots__ = ("keys", "precise", "declared")

    def __init__(self):
        self.keys: set[str] = set()
        self.precise = 0
        # What the page being served read before its template (its context, its declared
        # listings): its content fragment shows all of it.
        self.declared: tuple[str, ...] = ()


_current: ContextVar[Recording | None] = ContextVar("cache_recording", default=None)


def record(*keys: str):
    """Add ``keys`` to what the response being rendered depends on (if one is)."""
    current = _current.get()
    if current is not None:
        current.keys.update(keys)


def is_recording() -> bool:
    return _current.get() is not None


def recorded_so_far() -> set[str]:
    """What the response being rendered has read until now, the middleware's reads included
    when the recording began above them (the page cache's)."""
    current = _current.get()
    return set(current.keys) if current is not None else set()


@contextmanager
def recording(part_of_page: bool = False):
    """Record what is read inside; nested recordings (a fragment) also count for the outer one.

    ``part_of_page``: a fragment of the page being served (its content), which shows the
    listings the page declared, so it starts with them (and as precise as the page is)."""
    outer = _current.get()
    inner = Recording()
    if part_of_page and outer is not None:
        inner.keys.update(outer.declared)
        inner.declared, inner.precise = outer.declared, outer.precise
    token = _current.set(inner)
    try:
        if outer is None:
            with connection.execute_wrapper(_record_tables):
                yield inner
        else:
            yield inner
    finally:
        _current.reset(token)
        if outer is not None:
            outer.keys |= inner.keys


@contextmanager
def precise(*keys: str):
    """Page queries inside show exactly ``keys`` plus the pages they load: no coarse key."""
    current = _current.get()
    if current is None:
        yield
        return
    current.keys.update(keys)
    current.precise += 1
    try:
        yield
    finally:
        current.precise -= 1


def precise_from_here(*keys: str):
    """As ``precise(keys)`` for the rest of the recording: a page being served declares the
    listings it shows (the before_serve_page hook in pages/wagtail_hooks.py)."""
    current = _current.get()
    if current is not None:
        current.keys.update(keys)
        current.declared += keys
        current.precise += 1


def mark_page_context():
    """The page being served has its context: what was read so far is what its content shows
    (``recording(part_of_page=True)``), besides what the content reads itself."""
    current = _current.get()
    if current is not None:
        current.declared = tuple(current.keys)


def page_key(pk) -> str:
    return f"p{pk}"


def table_key(table: str) -> str:
    return f"t:{table}"


def listing_key(model, language_code: str) -> str:
    return f"list:{model._meta.label_lower}:{language_code}"


def children_key(parent_path: str) -> str:
    return f"children:{parent_path}"


def translations_key(translation_key) -> str:
    return f"tr:{translation_key}"


def record_loaded_page(sender, instance, **kwargs):
    """post_init receiver for page models: a page loaded while rendering is shown."""
    current = _current.get()
    if current is not None and instance.pk is not None:
        current.keys.add(f"p{instance.pk}")


TABLES_READ = re.compile(r'(?:FROM|JOIN)\s+"([^"]+)"')


def _record_tables(execute, sql, params, many, context):
    current = _current.get()
    if current is not None:
        owned = page_tables()
        for table in TABLES_READ.findall(sql):
            if table in owned:
                if not current.precise:
                    current.keys.add(PAGES)
            else:
                current.keys.add(f"t:{table}")
    return execute(sql, params, many, context)


@cache
def page_tables() -> frozenset[str]:
    """The tables of page models and of what belongs to a page (its inline panels' rows, its
    many-to-many fields): page keys cover them, and they change when the page does."""
    return frozenset(model._meta.db_table for model in page_owned_models())


@cache
def page_owned_models() -> tuple:
    from modelcluster.fields import ParentalKey
    from wagtail.models import Page

    owned = set()
    for model in apps.get_models(include_auto_created=True):
        if issubclass(model, Page):
            owned.add(model)
            continue
        for field in model._meta.concrete_fields:
            related = field.related_model
            to_a_page = related is not None and issubclass(related, Page)
            if to_a_page and (isinstance(field, ParentalKey) or model._meta.auto_created):
                owned.add(model)
    return tuple(owned)
