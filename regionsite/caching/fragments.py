"""Fragment caches: what every page of a site shares, kept between requests.

The site for a host name, the site settings, the locales, each language's home page, the main
menu, the footer links and the private sections are the same for every page of a language, so
they are computed once and kept in the store (Redis in production) with the keys of what they
read (regionsite.caching.keys); a change renews them exactly as it renews the pages that show
them, and a page that uses a kept fragment records the fragment's keys as its own. Only what
every page shows is kept here, never one page's own content, so the queries a page needs are
the same on its first view as on its thousandth.

A cache outage means computing each fragment again.
"""

import pickle
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.db.models import Q
from django.utils import translation
from django.utils.translation import get_supported_language_variant

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Collection, Locale, Page, Site

from regionsite.caching.keys import ALL, STRUCTURE, precise, record, recording, translations_key
from regionsite.caching.store import get_store


def shared(
    name: str,
    key: tuple,
    compute: Callable[[], Any],
    seconds: int | None = None,
    part_of_page: bool = False,
) -> Any:
    """The value of ``compute()`` for ``name`` and ``key``, kept until what it read changes
    (and ``seconds`` at most, FRAGMENT_CACHE_SECONDS by default). ``part_of_page``: see
    ``keys.recording``."""
    seconds = settings.FRAGMENT_CACHE_SECONDS if seconds is None else seconds
    if not seconds:
        return compute()
    store = get_store()
    fragment = f"f:{name}:{':'.join(map(str, key))}"
    (kept,), since = store.get(fragment)
    if kept is not None:
        value, keys = pickle.loads(kept)  # noqa: S301 - written below
        record(*keys)
        return value
    with recording(part_of_page) as read:
        value = compute()
    if since is not None:
        keys = read.keys | {ALL}
        store.put(fragment, pickle.dumps((value, keys), protocol=5), keys, since, seconds)
    return value


def site_for(request) -> Site | None:
    """Wagtail's ``Site.find_for_request``, kept per host name and port.

    The host has passed ALLOWED_HOSTS (CommonMiddleware runs first), so a hostile Host header
    cannot add keys. The root page comes specific (a HomePage with its text deferred), so
    routing starts without a query.
    """
    host, port = request.get_host().lower(), request.get_port()

    def compute():
        with precise():  # the sites' table is recorded; the root page records its own key
            site = Site._find_for_request(request)
            if site is not None:
                root = site.root_page
                model = root.specific_class or type(root)
                site.root_page = model.objects.defer_streamfields().get(pk=root.pk)
        return site

    return shared("site", (host, port), compute)


def locales() -> dict[str, Locale]:
    return shared("locales", (), lambda: {loc.language_code: loc for loc in Locale.objects.all()})


def language_code(locale_id: int) -> str:
    """The language code of a locale, without a query."""
    return next((code for code, loc in locales().items() if loc.pk == locale_id), "")


def active_locale() -> Locale:
    """``Locale.get_active()`` without its query."""
    code = get_supported_language_variant(translation.get_language() or settings.LANGUAGE_CODE)
    return locales().get(code) or Locale.get_active()


def private_sections() -> list[tuple[str, int, tuple[int, ...]]]:
    """Every private section as (path, depth, ids of the pages whose view restrictions govern it).

    A section is private when its root has a view restriction, or when its root is an alias of
    a page inside a private section: an alias shows its source's content, so it is exactly as
    private as its source, restricted ancestors included. (Wagtail's own check looks at the
    source page alone, which left the alias of a page in a private section public.) Aliases of
    pages inside alias sections are followed until nothing changes.
    """

    def compute():
        with precise(STRUCTURE):  # paths and aliases; the restrictions' table is recorded
            return sections()

    def sections():
        governing: dict[str, set[int]] = {}
        depths: dict[str, int] = {}
        restricted = Page.objects.filter(view_restrictions__isnull=False).distinct()
        for pk, path, depth in restricted.values_list("pk", "path", "depth"):
            governing[path], depths[path] = {pk}, depth
        aliases = list(
            Page.objects.filter(alias_of__isnull=False).values_list(
                "path", "depth", "alias_of__path"
            )
        )
        changed = bool(governing)
        while changed:
            changed = False
            for path, depth, source_path in aliases:
                inherited = set().union(
                    *(pks for root, pks in governing.items() if source_path.startswith(root))
                )
                if not inherited <= governing.get(path, set()):
                    governing[path] = governing.get(path, set()) | inherited
                    depths[path] = depth
                    changed = True
        return [(path, depths[path], tuple(sorted(governing[path]))) for path in sorted(governing)]

    # Named anew when the value's shape changes, so a deploy never reads the old shape.
    return shared("private-sections-governed", (), compute)


def private_collections() -> frozenset[int]:
    """The ids of the collections with a view restriction on themselves or an ancestor: their
    documents are served only to those who pass it, so no public page names them."""

    def compute():
        restricted = Collection.objects.filter(view_restrictions__isnull=False)
        roots = list(restricted.values_list("path", flat=True))
        if not roots:
            return []
        within = Q()
        for path in roots:
            within |= Q(path__startswith=path)
        return sorted(Collection.objects.filter(within).values_list("pk", flat=True))

    return frozenset(shared("private-collections", (), compute))


def translation_of(page: Page, locale: Locale) -> Page:
    """``page`` in ``locale`` where it is live there, else ``page`` itself (a page every request
    of a language needs, such as its home page)."""
    if page.locale_id == locale.pk:
        return page

    def compute():
        translations = type(page).objects.filter(translation_key=page.translation_key)
        with precise(translations_key(page.translation_key)):
            return translations.filter(locale=locale, live=True).defer_streamfields().first()

    return shared("translation", (page.translation_key, locale.pk), compute) or page


class SharedSiteMiddleware:
    """Give Wagtail the request's site and site settings from the fragment cache before anything
    asks for them (Wagtail keeps both on the request, under these names, once found).

    Inside the page cache middleware: a page served from the page cache needs neither. When
    the database cannot be reached, nothing is set and the view meets the same error, where
    DatabaseUnavailableMiddleware answers it with the 503 page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            self.share_site(request)
        except (OperationalError, InterfaceError):
            pass
        return self.get_response(request)

    def share_site(self, request):
        site = site_for(request)
        request._wagtail_site = site
        if site is None:
            return
        for model in settings_registry:  # every site setting the project registers
            if not issubclass(model, BaseSiteSetting):
                continue
            name = model._meta.label_lower
            site_settings = shared(name, (site.pk,), lambda model=model: model.for_site(site))
            site_settings._request = request  # as Wagtail's for_request does
            setattr(request, model.get_cache_attr_name(), site_settings)
