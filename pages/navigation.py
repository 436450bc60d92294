"""What every page needs, computed once per request: the active locale, the home page in that
language, the main menu, the breadcrumb trail, the footer links and the language alternates.

Template tags, SEO tags and views ask ``navigation_for(request)`` and never keep results on
the request themselves. Each answer is remembered under a key made of what it depends on
(the page, the locale, the site), so asking about another page gives that page's answer.
What every page of a language shares (its home page, the menu, the footer links) comes from
the fragment caches (regionsite.caching.fragments), so most pages need one query here: their
alternates.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.conf import settings
from django.urls import translate_url
from django.utils import translation

from wagtail.models import Locale, Page, Site

from pages.i18n import localized_in_bulk
from pages.request_context import RequestContext, context_of, remembered
from pages.site_settings import DEFAULT_ORGANISATION_NAME, SiteSettings
from pages.visibility import visible
from regionsite.caching.fragments import active_locale, locales, shared, translation_of
from regionsite.caching.keys import children_key, precise, translations_key


@dataclass(frozen=True)
class MenuItem:
    page: Page
    is_current: bool  # the page being shown
    in_section: bool  # the page being shown is this item or below it


@dataclass(frozen=True)
class Alternate:
    """One site language with the URL of the shown page in it, or, where the page is not
    translated, of that language's home page: its basic information."""

    code: str
    name: str
    url: str  # relative, for links on the page
    full_url: str  # absolute, for hreflang
    is_current: bool
    translated: bool  # False: the URL leads to that language's home page instead


class Navigation:
    """The request-scoped answers; build with ``navigation_for(request)``."""

    def __init__(self, request):
        self.request = request
        # Its answers are kept with the request's others (a navigation without a request
        # keeps its own).
        self._context = context_of(request) if request is not None else RequestContext()

    def _remember(self, key: tuple, compute: Callable[[], Any]) -> Any:
        return self._context.remember(("navigation", *key), compute)

    @property
    def language_code(self) -> str:
        return getattr(self.request, "LANGUAGE_CODE", None) or settings.LANGUAGE_CODE

    @property
    def locale(self) -> Locale:
        """The locale of the active language."""
        return self._remember(("locale", translation.get_language()), active_locale)

    @property
    def site(self) -> Site | None:
        return self._remember(("site",), lambda: Site.find_for_request(self.request))

    @property
    def organisation_name(self) -> str:
        """The name editors gave the organisation in the site settings."""
        if self.site is None:
            return DEFAULT_ORGANISATION_NAME
        # for_request shares its per-request cache with the templates' settings context.
        return SiteSettings.for_request(self.request).organisation_name or DEFAULT_ORGANISATION_NAME

    @property
    def home(self) -> Page | None:
        """The site's home page in the active language (Swedish where untranslated)."""

        def compute():
            root = self.site.root_page if self.site else None
            return translation_of(root, self.locale) if root else None

        return self._remember(("home", self.site and self.site.pk, self.locale.pk), compute)

    def menu_items(self, current: Page | None) -> list[MenuItem]:
        """The home page's visible children that are in the menu, marked against ``current``."""

        def compute():
            if self.home is None:
                return []
            items = []
            for item in self._menu_pages():
                in_section = current is not None and current.path.startswith(item.path)
                is_current = in_section and current.path == item.path
                items.append(MenuItem(item, is_current, in_section))
            return items

        return self._remember(("menu", current and current.pk), compute)

    def _menu_pages(self) -> list[Page]:
        """The source language's menu (editors choose it there), each item in this language;
        an item not yet translated is left out rather than shown in another language."""
        home = self.home

        def source_menu() -> list[Page]:
            source_locale = locales().get(settings.LANGUAGE_CODE)
            source_home = translation_of(home, source_locale) if source_locale else home
            with precise(children_key(source_home.path)):
                in_menu = list(visible(source_home.get_children()).in_menu())
            if source_home.pk == home.pk or not in_menu:
                return in_menu
            translated = localized_in_bulk(in_menu, home.locale_id)
            return [page for page in translated if page.locale_id == home.locale_id]

        def compute():
            return shared("menu", (home.pk,), source_menu)

        return self._remember(("menu_pages", home.pk), compute)

    @property
    def easy_read(self) -> Page | None:
        """The lättläst page in the active language, if it has one (linked from the header)."""
        home = self.home
        if home is None:
            return None

        def compute():
            # The model by name: the models import this module.
            easy_read_page = apps.get_model("pages", "EasyReadPage")
            with precise(children_key(home.path)):
                return visible(home.get_children().type(easy_read_page)).order_by("path").first()

        return self._remember(
            ("easy_read", home.pk), lambda: shared("easy_read", (home.pk,), compute)
        )

    def trail_to(self, page: Page | None) -> list[Page]:
        """The live pages from the home page down to ``page``'s parent."""
        if page is None or page.depth <= 2:  # the home page has no trail
            return []
        return self._remember(
            ("trail", page.pk),
            lambda: self._ancestors(page),
        )

    @staticmethod
    def _ancestors(page: Page) -> list[Page]:
        with precise():  # a move renews the keys of every page below the moved one
            return list(page.get_ancestors().filter(depth__gte=2).live())

    def know_trail(self, page: Page, ancestors: list[Page]):
        """Routing found ``page``'s ancestors already (pages.routing): no need to ask again."""
        trail = [ancestor for ancestor in ancestors if ancestor.live and ancestor.depth >= 2]
        self._remember(("trail", page.pk), lambda: trail)

    def footer_pages(self, site_settings) -> list[Page]:
        """The contact, about, accessibility and privacy pages chosen in the site settings,
        in the active language, where visible."""

        ids = [
            site_settings.contact_page_id,
            site_settings.about_page_id,
            site_settings.accessibility_page_id,
            site_settings.privacy_page_id,
        ]

        def compute():
            with precise():  # the chosen pages' own keys; other choices are another fragment
                by_id = visible(Page.objects).in_bulk([pk for pk in ids if pk])
            chosen = [by_id[pk] for pk in ids if pk in by_id]
            return localized_in_bulk(chosen, self.locale.pk)

        key = (self.locale.pk, *ids)
        return self._remember(("footer", *key), lambda: shared("footer", key, compute))

    def alternates(self, page: Page | None) -> list[Alternate]:
        """Every site language with the URL of ``page`` in it (or of its home page)."""
        if page is None and self._serves_a_view_of_our_own():
            return self._remember(
                ("alternates", None, self.request.get_full_path()), self._view_alternates
            )
        return self._remember(("alternates", page and page.pk), lambda: self._page_alternates(page))

    def _serves_a_view_of_our_own(self) -> bool:
        """True for views like search that exist in every language (not pages, not a 404)."""
        match = getattr(self.request, "resolver_match", None)
        return match is not None and match.url_name not in (None, "wagtail_serve")

    def _view_alternates(self) -> list[Alternate]:
        # Not a Wagtail page (search): the same view, with the same query, in each language
        # that has a home page.
        alternates = []
        homes = self._homes_by_language()
        for code, name in settings.LANGUAGES:
            if homes and code not in homes:
                continue
            url = translate_url(self.request.get_full_path(), code)
            full_url = self.request.build_absolute_uri(url)
            alternates.append(
                Alternate(code, name, url, full_url, code == self.language_code, True)
            )
        return alternates

    def _page_alternates(self, page: Page | None) -> list[Alternate]:
        if self.request is None:
            return []
        home = self.home
        translations = {}
        if page is not None and home is not None and page.translation_key == home.translation_key:
            translations = self._homes_by_language()
        elif page is not None:
            with precise(translations_key(page.translation_key)):
                translations = {
                    candidate.locale.language_code: candidate
                    for candidate in visible(Page.objects, self.request)
                    .filter(translation_key=page.translation_key)
                    .select_related("locale")
                }
        alternates = []
        for code, name in settings.LANGUAGES:
            target = translations.get(code)
            translated = target is not None
            if target is None and home is not None:
                target = self._homes_by_language().get(code)
            if target is not None:
                url, full_url = target.get_url(self.request), target.get_full_url(self.request)
            elif home is not None:
                continue  # a language with no home page yet is not offered
            else:
                url, full_url = "/", self.request.build_absolute_uri("/")
            current = code == self.language_code
            alternates.append(Alternate(code, name, url, full_url, current, translated))
        return alternates

    def _homes_by_language(self) -> dict[str, Page]:
        """The home page in each language it is published in."""
        if self.home is None:
            return {}
        homes = {}
        for code, locale in locales().items():
            home = translation_of(self.home, locale)
            if home.locale_id == locale.pk:
                homes[code] = home
        return homes


def navigation_for(request) -> Navigation:
    """The request's navigation, made on first use (a fresh one when there is no request)."""
    return remembered(request, ("navigation",), lambda: Navigation(request))
