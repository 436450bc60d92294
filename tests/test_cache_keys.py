"""Exactly fresh: every response records the keys of what it shows, and each kind of change
renews exactly the responses that show it.

The oracle: with the page and fragment caches on, every seeded address is viewed (and kept);
after a change each is asked again and must equal a render made with every cache off. A
listing that forgot to declare itself, a model nobody renews, a fragment kept under the wrong
key: each shows up here as a cached page that differs from the fresh one.
"""

import difflib
import io
import re
from datetime import date, timedelta

import pytest

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import Client, override_settings
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction
from wagtail.snippets.models import get_snippet_models

from pages.models import (
    EventPage,
    NewsIndexPage,
    NewsPage,
    Person,
    PublicRecords,
    SiteSettings,
    StandardPage,
    ThemePage,
)
from regionsite.caching.keys import page_owned_models, recording
from regionsite.caching.page_cache import MARKER_HEADER
from regionsite.caching.renewal import is_never_shown, model_keys

pytestmark = pytest.mark.django_db

EXTRA_PATHS = [
    "/nyheter/rss/",
    "/en/news/rss/",
    "/kalender/ical/",
    "/infrastruktur/rss/",
    "/infrastruktur/ical/",
    "/kompetensforsorjning/rss/",
    "/sitemap.xml",
    "/sitemap-sv.xml",
    "/sitemap-en.xml",
    "/projekt/?status=pagaende",
    "/nyheter/?sida=2",
]
# Differ between two renders by design: the CSP nonce, and the feedback form's signed time
# step (pages/feedback.py: five-minute steps, so a page kept across a step's end differs).
PER_REQUEST = re.compile(r'nonce="[^"]*"|name="token" value="[^"]*"')


def seeded_paths() -> list[str]:
    pages = Page.objects.live().filter(depth__gt=1).specific().order_by("path")
    return [page.url for page in pages] + EXTRA_PATHS


def body(response) -> str:
    return PER_REQUEST.sub("", response.content.decode())


@pytest.fixture
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    settings.FRAGMENT_CACHE_SECONDS = 3600
    return settings


def fresh(settings, client, path) -> str:
    # override_settings, not the settings fixture: each of the fixture's assignments stays
    # stacked until the test ends, and a few hundred made every settings lookup slow.
    with override_settings(PAGE_CACHE_SECONDS=0, FRAGMENT_CACHE_SECONDS=0):
        return body(client.get(path))


def publish_news():
    index = NewsIndexPage.objects.get(slug="nyheter", locale__language_code="sv")
    item = NewsPage(title="Ny nyhet om bredband", slug="ny-nyhet", date=date.today())
    index.add_child(instance=item)
    item.themes.set([ThemePage.objects.get(slug="infrastruktur")])
    item.save_revision().publish()


def rename_menu_page():
    theme = ThemePage.objects.get(slug="kompetensforsorjning")
    theme.title = "Kompetens och utbildning"
    theme.save_revision().publish()


def unpublish_news():
    NewsPage.objects.filter(locale__language_code="sv").live().order_by("pk").first().unpublish()


def retheme_news():
    """A news item moved from one theme to another: it leaves one theme page, joins another."""
    news = NewsPage.objects.filter(locale__language_code="sv", themes__isnull=False)
    item = news.order_by("pk").first()
    item.themes.set([ThemePage.objects.get(slug="kompetensforsorjning")])
    item.save_revision().publish()


def move_page():
    page = StandardPage.objects.filter(locale__language_code="sv", depth=3).live().first()
    page.move(ThemePage.objects.get(slug="infrastruktur"), pos="last-child")


def delete_event():
    EventPage.objects.filter(locale__language_code="sv").order_by("pk").first().delete()


def delete_section():
    """The English news index with every item below it, as the admin deletes a section."""
    NewsIndexPage.objects.get(locale__language_code="en").delete()


def rename_person():
    person = Person.objects.filter(locale__language_code="sv").order_by("pk").first()
    person.name = "Kim Kontaktsson"
    person.save()


def change_public_records():
    records = PublicRecords.objects.filter(locale__language_code="sv").first()
    records.registrar = "Registraturen, Region Gävleborg"
    records.save()


def change_site_settings():
    site_settings = SiteSettings.objects.first()
    site_settings.phone = "026-00 00 00"
    site_settings.save()


def restrict_page():
    page = NewsPage.objects.filter(locale__language_code="sv").live().order_by("pk").first()
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")


def translate_title():
    item = NewsPage.objects.filter(locale__language_code="en").live().order_by("pk").first()
    item.title = "A new English title"
    item.save_revision().publish()


def with_document():
    """A page that offers a document for download, from a collection of its own."""
    collection = Collection.get_first_root_node().add_child(name="Interna handlingar")
    document = Document.objects.create(
        title="Protokoll från styrgruppen",
        file=ContentFile(b"%PDF-1.4 protokoll", name="protokoll.pdf"),
        collection=collection,
    )
    page = StandardPage.objects.get(slug="om-vart-arbete", locale__language_code="sv")
    page.body.append(("document", {"document": document, "title": "", "description": ""}))
    page.save_revision().publish()


def restrict_documents():
    collection = Collection.objects.get(name="Interna handlingar")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="x"
    )


restrict_documents.prepare = with_document


def with_scheduled_news():
    index = NewsIndexPage.objects.get(slug="nyheter", locale__language_code="sv")
    item = NewsPage(title="Schemalagd nyhet", slug="schemalagd", date=date.today(), live=False)
    index.add_child(instance=item)
    item.themes.set([ThemePage.objects.get(slug="infrastruktur")])
    item.save_revision(approved_go_live_at=timezone.now() - timedelta(seconds=1))


def scheduled_go_live():
    call_command("publish_scheduled", stdout=io.StringIO())


scheduled_go_live.prepare = with_scheduled_news


def with_expiring_news():
    item = NewsPage.objects.filter(locale__language_code="sv").live().order_by("pk").first()
    NewsPage.objects.filter(pk=item.pk).update(expire_at=timezone.now() - timedelta(seconds=1))


def scheduled_expiry():
    call_command("publish_scheduled", stdout=io.StringIO())


scheduled_expiry.prepare = with_expiring_news


CHANGES = [
    restrict_documents,
    scheduled_go_live,
    scheduled_expiry,
    publish_news,
    rename_menu_page,
    unpublish_news,
    retheme_news,
    move_page,
    delete_event,
    delete_section,
    rename_person,
    change_public_records,
    change_site_settings,
    restrict_page,
    translate_title,
]


@pytest.mark.parametrize("change", CHANGES, ids=[change.__name__ for change in CHANGES])
def test_after_a_change_every_cached_page_equals_a_fresh_render(caches_on, seeded, change):
    prepare = getattr(change, "prepare", None)
    if prepare is not None:
        prepare()
    client = Client()
    paths = seeded_paths()
    for _ in range(2):  # a first view may save what it computed (a document's file size)
        for path in paths:
            client.get(path)
    before = {}
    for path in paths:
        response = client.get(path)
        if response.get(MARKER_HEADER) == "hit":
            before[path] = body(response)
    assert len(before) > len(paths) * 0.8  # the test would prove nothing on an empty cache

    change()

    stale, changed = {}, []
    for path in paths:
        response = client.get(path)
        now = fresh(caches_on, client, path)
        if path in before and now != before[path]:
            changed.append(path)
        if response.get(MARKER_HEADER) == "hit" and body(response) != now:
            stale[path] = difference(body(response), now)
    assert changed, f"{change.__name__} changed no page: the test would prove nothing"
    first = next(iter(stale.values()), "")
    assert not stale, f"served stale after {change.__name__}: {list(stale)}\n{first}"


def difference(kept: str, now: str) -> str:
    lines = difflib.unified_diff(kept.splitlines(), now.splitlines(), "kept", "fresh", n=1)
    return "\n".join(list(lines)[:30])


def test_publishing_one_news_item_leaves_pages_that_do_not_show_it_in_the_cache(caches_on, seeded):
    client = Client()
    paths = seeded_paths()
    for path in paths:
        client.get(path)
    publish_news()
    renewed = {path for path in paths if client.get(path).get(MARKER_HEADER) != "hit"}
    # What shows the new item: home, news index and its pages, feeds, sitemaps, its theme.
    shows_it = {"/", "/nyheter/", "/nyheter/rss/", "/sitemap-sv.xml", "/infrastruktur/"}
    assert shows_it | {"/infrastruktur/rss/"} <= renewed
    for unrelated in (
        "/kompetensforsorjning/",
        "/kompetensforsorjning/rss/",
        "/infrastruktur/ical/",
        "/om-webbplatsen/tillganglighetsredogorelse/",
        "/kontakt/",
        "/en/",
        "/en/news/",
        "/kalender/",
    ):
        assert unrelated not in renewed, unrelated
    assert not any(path.startswith("/projekt/") for path in renewed)


def test_a_page_made_private_never_shows_its_content_again(caches_on, seeded):
    """Its content was kept (the page and the content fragment); the password form that now
    answers for it must not carry any of it."""
    page = NewsPage.objects.filter(locale__language_code="sv").live().order_by("pk").first()
    client = Client()
    for _ in range(2):
        assert page.intro in client.get(page.url).content.decode()
    PageViewRestriction.objects.create(page=page, restriction_type="password", password="x")
    for _ in range(2):
        html = client.get(page.url).content.decode()
        assert 'name="password"' in html
        assert page.intro not in html


def read_tables() -> set[str]:
    client = Client()
    tables = set()
    for path in seeded_paths():
        with recording() as read:
            client.get(path)
        tables |= {key[2:] for key in read.keys if key.startswith("t:")}
    return tables


def test_every_table_a_visitor_is_shown_is_renewed_when_it_changes(caches_on, seeded):
    """Derived, not listed: a model read while rendering must not be one renewal skips."""
    by_table = {model._meta.db_table: model for model in apps.get_models(include_auto_created=True)}
    tables = read_tables()
    assert tables, "no table recorded: the recording does not work"
    for table in tables - {"wagtailimages_rendition"}:  # derived: the image's change renews
        model = by_table[table]
        assert not is_never_shown(model), f"{table} is shown but never renewed"
        assert model not in page_owned_models()
        assert f"t:{table}" in model_keys(model)


def test_every_snippet_and_setting_renews_what_shows_it(caches_on, seeded):
    from wagtail.contrib.settings.registry import registry

    for model in [*get_snippet_models(), *registry]:
        if issubclass(model, Page):
            continue
        assert not is_never_shown(model), model
        assert f"t:{model._meta.db_table}" in model_keys(model)


def test_parameters_a_page_does_not_read_share_its_entry(caches_on, seeded):
    client = Client()
    client.get("/infrastruktur/")
    client.get("/infrastruktur/?tema=1")  # learns that the page reads no parameter
    for value in ("1", "2", "9999", "0001"):
        response = client.get(f"/infrastruktur/?tema={value}&utm_source=x")
        assert response[MARKER_HEADER] == "hit", value


def test_a_listing_keeps_one_entry_per_canonical_value(caches_on, seeded):
    client = Client()
    first = client.get("/nyheter/?sida=2")
    assert first[MARKER_HEADER] == "miss"
    links = first.content.decode()
    assert client.get("/nyheter/?sida=0002")[MARKER_HEADER] == "hit"
    assert client.get("/nyheter/?sida=2&utm_source=x")[MARKER_HEADER] == "hit"
    assert "utm_source" not in links
    assert client.get("/nyheter/?sida=3")[MARKER_HEADER] != "hit"  # another page of the list


def test_parameters_of_one_visitor_never_reach_the_links_served_to_another(caches_on, seeded):
    client = Client()
    client.get("/nyheter/?sida=2&spara=hemligt")  # first: rendered with them, not kept
    client.get("/nyheter/?sida=2&spara=hemligt")  # rendered with the canonical query, kept
    kept = client.get("/nyheter/?sida=2")
    assert kept[MARKER_HEADER] == "hit"
    assert "hemligt" not in kept.content.decode()


def test_a_value_of_the_wrong_shape_is_served_uncached(caches_on, seeded):
    client = Client()
    for _ in range(2):
        response = client.get("/projekt/?tema=abc")
        assert response.status_code == 400
        assert response.get(MARKER_HEADER) != "hit"


def test_a_response_showing_hundreds_of_pages_keeps_its_keys_short():
    """A sitemap section names 1,000 pages: its page keys become the coarse one, which every
    page change renews, so the edge never refuses its header (Varnish: 8 KB)."""
    from regionsite.caching.page_cache import MAX_KEYS_BYTES, bounded

    many = {f"p{pk}" for pk in range(10_000, 11_000)} | {"tr:abc", "list:wagtailcore.page:sv"}
    kept = bounded(many | {"all", "t:pages_sitesettings"})
    assert sum(len(key) + 1 for key in kept) <= MAX_KEYS_BYTES
    assert {"pages", "all", "t:pages_sitesettings", "list:wagtailcore.page:sv"} == kept
    few = {"p1", "p2", "all"}
    assert bounded(few) == few
