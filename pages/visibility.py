"""What visitors may see: live pages outside private sections, documents outside restricted
collections."""

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction

from pages.request_context import remembered
from regionsite.caching.fragments import private_collections, private_sections


def visible(queryset, request=None):
    """``queryset.live().public()``, with the private sections from the fragment cache.

    Wagtail's ``public()`` queries the view restrictions each time it is called; a page that
    lists menus, news, events and projects would repeat that lookup for every list.
    """
    return queryset.live().exclude(remembered(request, ("private_q",), private_q))


def private_q(prefix: str = "") -> Q:
    """Wagtail's ``PageQuerySet.private_q()``: the pages in a private section (aliases of pages
    in one included, see ``private_sections``). With ``prefix`` (``"page__"``), the same of
    the pages a model refers to."""
    q = Q()
    for path, depth, _governing in private_sections():
        q |= Q(**{f"{prefix}path__startswith": path, f"{prefix}depth__gte": depth})
    return q if q else Q(**{f"{prefix}pk__in": []})


def visible_through(queryset, relation: str):
    """Rows of ``queryset`` whose page (``relation``, e.g. ``"page"``) visitors may see, by
    one join: a search over thousands of pages filters its hits, not every page."""
    return queryset.filter(**{f"{relation}__live": True}).exclude(private_q(f"{relation}__"))


def view_restrictions_of(page: Page):
    """Wagtail's ``page.get_view_restrictions()``, from the private sections the page is in.

    No query for a page in no private section, else one. Unlike Wagtail's, an alias (or a page
    under one) is restricted by everything that restricts its source, its source's restricted
    ancestors included.
    """
    governing = {
        pk
        for path, _depth, pks in private_sections()
        if page.path and page.path.startswith(path)
        for pk in pks
    }
    if not governing:
        return PageViewRestriction.objects.none()
    return PageViewRestriction.objects.filter(page__in=governing)


def visible_page(page):
    """``page`` where a visitor may see it (live, outside private sections), else None: a link
    to a draft or a private page must not show its title or address to the public."""
    if page is None or not page.live or view_restrictions_of(page).exists():
        return None
    return page


def visible_document(document):
    """``document`` where a visitor may download it, else None: a document in a restricted
    collection must not show its title, file name or size to the public."""
    if document is None or document.collection_id in private_collections():
        return None
    return document
