"""The site's seams over Wagtail (docs/upgrading.md, "Seams over Wagtail and its apps").

1. Equivalence: the fast paths replace Wagtail's routing, site lookup and view restrictions.
   With them off (Wagtail's own methods back in place) every seeded address in every language,
   and the draft, private-section and alias fixtures, must route and be restricted exactly as
   with them on. The one intended difference is asserted as such: an alias of a page inside a
   private section is private here and public in stock Wagtail.
2. Shadowed addresses: where the site serves one of Wagtail's or wagtail-localize's addresses
   with its own view, their URL name must still reverse to an address the site's view answers.
3. Internal names: what the site reads or sets that Wagtail and Django do not document.
"""

import inspect

import pytest

from django.contrib.sitemaps import Sitemap
from django.urls import get_resolver, resolve, reverse

from wagtail import urls as wagtail_urls
from wagtail.admin.panels import PublishingPanel
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, Site

from pages import admin_views, approval_messages, explorer, snippet_roles
from pages.models import HomePage, NewsPage
from pages.models.base import SitePage
from pages.visibility import view_restrictions_of
from regionsite import page_passwords
from regionsite.caching import fragments
from regionsite.frontend_login import FrontendLoginView
from regionsite.password_reset import LimitedPasswordResetView
from tests.crawling import crawl
from tests.test_leaks import hidden_pages
from tests.test_private_aliases import aliases_of_private_pages  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def hidden(seeded):
    """Drafts, scheduled, unpublished, password- and login-restricted pages and a page in a
    private section (tests/test_leaks.py), in the English tree."""
    return hidden_pages(HomePage.objects.get(locale__language_code="en"))


@pytest.fixture
def private_aliases(request):
    """Aliases, in the public Swedish tree, of pages inside private sections."""
    return request.getfixturevalue("aliases_of_private_pages")


def stock_wagtail(monkeypatch):
    """Turn the fast paths off: Wagtail's own routing, site lookup and view restrictions."""
    monkeypatch.setattr(HomePage, "route", Page.route)
    monkeypatch.setattr(HomePage, "localized", Page.localized)
    monkeypatch.setattr(SitePage, "get_view_restrictions", Page.get_view_restrictions)
    monkeypatch.setattr(fragments.SharedSiteMiddleware, "share_site", lambda self, request: None)


def outcome(client, path: str) -> tuple:
    """What a visitor gets: the status, where a redirect leads, which page was served and with
    which template (a page's own or the password form)."""
    response = client.get(path)
    page = None
    for context in response.context or []:
        if "page" in context:
            page = getattr(context["page"], "pk", None)
            break
    template = response.templates[0].name if response.templates else None
    return response.status_code, response.get("Location"), page, template


def addresses(*fixtures) -> list[str]:
    """Every page's address in every language (live or not), what a visitor can reach from
    the home pages (feeds, calendars, filtered listings), and addresses that name nothing."""
    paths = {page.url for page in Page.objects.filter(depth__gt=1).specific() if page.url}
    for page in Page.objects.filter(depth__gt=1):
        if page.url:
            paths.add(page.url + "finns-inte/")
    paths.update(["/finns-inte/", "/en/does-not-exist/", "/fi/ei-ole/", "/nyheter/a/b/c/"])
    for fixture in fixtures:
        paths.update(page.url for page in fixture if page.url)
    return sorted(paths)


def test_every_address_routes_and_is_restricted_as_in_stock_wagtail(
    client, monkeypatch, hidden, private_aliases
):
    reached = {path for path, _ in crawl(client, ("/", "/en/", "/fi/"))}
    paths = sorted(set(addresses(hidden, private_aliases)) | reached)
    ours = {path: outcome(client, path) for path in paths}
    stock_wagtail(monkeypatch)
    stock = {path: outcome(client, path) for path in paths}

    made_private_here = {alias.url for alias in private_aliases}
    differing = {path for path in paths if ours[path] != stock[path]}
    assert differing == made_private_here, {p: (ours[p], stock[p]) for p in differing}
    for path in made_private_here:
        status, _, page, template = stock[path]
        assert status == 200 and page is not None and "password" not in template  # shown
        status, location, _, template = ours[path]
        assert location or "password" in template  # here a login or a password comes first
    # The comparison covered what matters: pages served, redirects, restrictions and 404s.
    statuses = {status for status, *_ in ours.values()}
    assert {200, 302, 404} <= statuses
    assert len(paths) > 150


def test_view_restrictions_equal_wagtails_except_for_aliases_of_private_pages(
    hidden, private_aliases
):
    aliases = {alias.pk for alias in private_aliases}
    checked = 0
    for page in Page.objects.filter(depth__gt=1):
        ours = set(view_restrictions_of(page).values_list("pk", flat=True))
        stock = set(Page.get_view_restrictions(page).values_list("pk", flat=True))
        if page.pk in aliases:
            assert ours > stock, page.url_path  # stricter, never looser
        else:
            assert ours == stock, page.url_path
        checked += 1
    assert checked > 60


# Shadowed addresses: (the URL name the other app uses, arguments, the site's view, the path
# it must still have in the other app's own URL patterns).
SHADOWED = [
    ("wagtail_localize:download_pofile", [1], admin_views.download_pofile_with_context),
    ("wagtail_localize:convert_to_alias", [1], admin_views.convert_to_alias_for_publishers),
    ("wagtailcore_authenticate_with_password", [1, 2], page_passwords.authenticate_with_password),
    ("wagtailcore_login", [], FrontendLoginView),
    ("wagtailadmin_password_reset", [], LimitedPasswordResetView),
    ("wagtailadmin_explore_root", [], explorer.explore_root),
    ("wagtailadmin_pages:workflow_action", [1, "approve", 2], approval_messages.workflow_action),
    (
        "wagtail_localize:submit_snippet_translation",
        ["pages", "person", 1],
        snippet_roles.SubmitSnippetTranslationView,
    ),
    ("wagtail_localize:update_translations", [1], snippet_roles.UpdateTranslationsView),
    *(
        (
            f"wagtail_localize:{name}",
            [1, 2][:view_arguments],
            snippet_roles.GUARDED_EDITOR_VIEWS[name],
        )
        for name, view_arguments in [
            ("edit_string_translation", 2),
            ("edit_override", 2),
            ("upload_pofile", 1),
            ("machine_translate", 1),
            ("stop_translation", 1),
        ]
    ),
]


def view_of(match):
    """The view behind Wagtail's admin decorators (require_admin_access wraps each)."""
    if view_class := getattr(match.func, "view_class", None):
        return view_class
    return inspect.unwrap(match.func)


@pytest.mark.parametrize(("name", "args", "view"), SHADOWED, ids=[n for n, _, _ in SHADOWED])
def test_each_shadowed_address_is_answered_by_the_sites_view(name, args, view):
    path = reverse(name, args=args)
    assert view_of(resolve(path)) is view, f"{path} is no longer served by {view.__name__}"


def test_the_root_listing_is_shadowed_for_the_root_page_only():
    root = Page.get_first_root_node()
    assert (
        view_of(resolve(reverse("wagtailadmin_explore", args=[root.pk]))) is explorer.explore_root
    )
    other = Page.objects.filter(depth=2).first()
    assert view_of(resolve(reverse("wagtailadmin_explore", args=[other.pk]))) is not (
        explorer.explore_root
    )


def wagtail_pattern(name: str) -> str:
    return next(str(p.pattern) for p in wagtail_urls.urlpatterns if p.name == name)


def test_the_shadowing_patterns_keep_wagtails_own_addresses():
    """The site's patterns copy Wagtail's paths; if Wagtail moves one, its name would lead
    past the site's view (or the site's copy would answer an address nobody links to)."""
    ours = {
        p.name: str(p.pattern)
        for p in get_resolver().url_patterns[-1].url_patterns
        if getattr(p, "name", None)
    }
    for name in ("wagtailcore_authenticate_with_password", "wagtailcore_login"):
        assert ours[name] == wagtail_pattern(name)


# Internal names: each is documented in docs/upgrading.md with what to check.
def test_the_internal_names_the_site_relies_on_still_exist():
    assert callable(Site._find_for_request)
    # Site.find_for_request keeps its answer here; SharedSiteMiddleware sets it first.
    assert "_wagtail_site" in inspect.getsource(Site.find_for_request)
    assert "get_cache_attr_name" in inspect.getsource(BaseSiteSetting.for_request)
    go_live, expire = PublishingPanel().children
    assert (go_live.field_name, expire.field_name) == ("go_live_at", "expire_at")
    assert list(inspect.signature(Sitemap._urls).parameters) == [
        "self",
        "page",
        "protocol",
        "domain",
    ]
    # pages/search_backend.py: the index reads the configuration from its backend per object
    # (ObjectIndexer), the query compiler from get_config(); both are swapped per language.
    from modelsearch.backends.database.postgres import postgres

    assert postgres.PostgresSearchBackend.index_class is postgres.PostgresIndex
    assert (
        postgres.PostgresSearchBackend.query_compiler_class is postgres.PostgresSearchQueryCompiler
    )
    assert "ObjectIndexer(obj, self.backend)" in inspect.getsource(postgres.PostgresIndex.add_items)
    assert "backend.config" in inspect.getsource(postgres.ObjectIndexer.__init__)
    assert "backend.config" in inspect.getsource(postgres.PostgresSearchQueryCompiler.get_config)
    # pages/redirects.py: Wagtail's own receivers stand down when the setting is off, and
    # the site's call what they call.
    from wagtail.contrib.redirects import signal_handlers

    for receiver in (
        signal_handlers.autocreate_redirects_on_slug_change,
        signal_handlers.autocreate_redirects_on_page_move,
    ):
        assert "WAGTAILREDIRECTS_AUTO_CREATE" in inspect.getsource(receiver)
    assert list(inspect.signature(signal_handlers.create_redirects).parameters) == [
        "page",
        "page_old",
        "sites",
    ]
    assert "cache_object" in inspect.signature(Page._get_relevant_site_root_paths).parameters
    # pages/approval_messages.py: the editor's "has been updated" is taken off the queue of
    # messages added in this request, and Wagtail still says it with this text.
    from django.contrib.messages.storage.base import BaseStorage

    assert "_queued_messages" in inspect.getsource(BaseStorage.add)
    from wagtail.admin.views.pages.edit import EditView

    assert approval_messages.WAGTAIL_UPDATED in inspect.getsource(
        EditView.add_save_confirmation_message
    )


def test_pages_route_through_the_fast_path(client, seeded, monkeypatch):
    """The equivalence above means something only if the fast path is the one in use."""
    from pages.models import home

    news = NewsPage.objects.filter(locale__language_code="sv").first()
    calls = []
    original = home.route_below

    def counting(start, request, components):
        calls.append(components)
        return original(start, request, components)

    monkeypatch.setattr(home, "route_below", counting)
    assert client.get(news.url).status_code == 200
    assert calls == [[news.get_parent().slug, news.slug]]


def test_every_translation_editor_address_that_changes_a_translation_is_guarded():
    """wagtail-localize's editor asks ``user_can_edit_instance``, which for a snippet knows no
    language: each of its views that asks it and changes something is answered by the site's
    guarded copy (pages/snippet_roles.py). A new one fails here until it is guarded too."""
    from wagtail_localize.views import edit_translation

    source = inspect.getsource(edit_translation)
    asking = {
        block.split("(", 1)[0]
        for block in source.split("\ndef ")[1:]
        if "user_can_edit_instance(" in block
    } - {"user_can_edit_instance"}  # the rule itself
    reading = {"download_pofile", "preview_translation"}  # download: the site's own view
    through = {"apply_machine_translation": "machine_translate"}  # called by that view
    guarded = {through.get(name, name) for name in asking - reading}
    assert guarded == set(snippet_roles.GUARDED_EDITOR_VIEWS)


def test_the_snippet_views_ask_the_view_about_each_permission():
    """pages/snippet_roles.py answers per language in the views' ``user_has_permission``:
    Wagtail's views must still ask it (their permission check, and before each button)."""
    from wagtail.admin.views.generic import models as generic
    from wagtail.admin.views.generic.permissions import PermissionCheckedMixin

    assert "self.user_has_permission(self.permission_required)" in inspect.getsource(
        PermissionCheckedMixin.dispatch
    )
    for method in (generic.IndexView.get_add_url, generic.EditView.get_copy_url):
        assert "self.user_has_permission(" in inspect.getsource(method)
    assert "user_has_permission_for_instance" in inspect.getsource(generic.EditView.can_delete.func)
