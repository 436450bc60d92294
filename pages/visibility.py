"""What visitors may see: live pages outside private sections."""

from django.db.models import Q

from wagtail.models import Page, PageViewRestriction

from pages.fragments import private_sections


def visible(queryset, request=None):
    """``queryset.live().public()``, with the private sections from the fragment cache.

    Wagtail's ``public()`` queries the view restrictions each time it is called; a page that
    lists menus, news, events and projects would repeat that lookup for every list.
    """
    if request is None:
        return queryset.live().exclude(private_q())
    if not hasattr(request, "_regionsite_private_q"):
        request._regionsite_private_q = private_q()
    return queryset.live().exclude(request._regionsite_private_q)


def private_q() -> Q:
    """Wagtail's ``PageQuerySet.private_q()``: the pages in a section with a view restriction."""
    q = Q()
    for path, depth in private_sections():
        q |= Q(path__startswith=path, depth__gte=depth)
    return q if q else Q(pk__in=[])


def view_restrictions_of(page: Page):
    """Wagtail's ``page.get_view_restrictions()``, without a query for a page in no private section.

    Otherwise one query: the ancestors' paths are prefixes of the page's own path, and an alias
    (or an alias among the ancestors) is restricted as its source page is, as in Wagtail.
    """
    if not any(page.path.startswith(path) for path, _depth in private_sections()):
        return PageViewRestriction.objects.none()
    step = Page.steplen
    paths = [page.path[:end] for end in range(step, len(page.path) + 1, step)]
    aliased = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of")
    return PageViewRestriction.objects.filter(Q(page__path__in=paths) | Q(page__in=aliased))
