"""Finding the page a URL names in two queries, whatever its depth.

Wagtail walks the tree one level at a time with two queries a level (the child by its slug, then
its specific row). The home page instead fetches, in one query, every page below it whose slug
is in the URL, walks the chain in memory by the same rule (a child with that slug under its
parent; any level may be a draft, only the last must be live), and hands the rest of the URL to
the first page that routes on its own (a RoutablePage, such as the news index with its feed)
where the rest of the URL is not one of its children, or to the last page of the chain. The
chain is also the breadcrumb trail, so the navigation
gets it without asking again.
"""

from django.http import Http404

from wagtail.models import Page

from pages.navigation import navigation_for
from regionsite.caching.keys import precise


def routes_on_its_own(model) -> bool:
    return getattr(model, "route", Page.route) is not Page.route


def specific_with_its_image(page: Page) -> Page:
    """``page.specific``, with the page's own picture (PageImageMixin) in the same query."""
    model = page.specific_class
    if model is None or not any(f.name == "image" for f in model._meta.concrete_fields):
        return page.specific
    return model._default_manager.select_related("image").get(pk=page.pk)


def route_below(home: Page, request, path_components: list[str]):
    """Wagtail's ``home.route(request, path_components)`` for a non-empty path."""
    candidates = Page.objects.filter(
        path__startswith=home.path,
        depth__gt=home.depth,
        depth__lte=home.depth + len(path_components),
        slug__in=set(path_components),
    )
    with precise():  # the pages found record their own keys; a 404 is never stored
        by_parent_and_slug = {(p.path[: -Page.steplen], p.slug): p for p in candidates}
    chain = []
    parent_path = home.path
    remaining = list(path_components)
    while remaining:
        page = by_parent_and_slug.get((parent_path, remaining.pop(0)))
        if page is None:
            raise Http404
        chain.append(page)
        parent_path = page.path
        # A routable page (the news index with its feed, the project index with its data)
        # takes the rest of the URL, unless the rest begins with one of its children's slugs:
        # those are served as pages without asking the routable page first.
        names_a_child = bool(remaining) and (parent_path, remaining[0]) in by_parent_and_slug
        if routes_on_its_own(page.specific_class) and not names_a_child:
            break
    with precise():
        target = specific_with_its_image(chain[-1])
    navigation_for(request).know_trail(target, [home, *chain[:-1]])
    return target.route(request, remaining)
