"""Each page type renders in a small, fixed number of SQL queries, whatever the tree's size."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from pages.models import (
    AccessibilityStatementPage,
    EventIndexPage,
    EventPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OfficePage,
    ProjectIndexPage,
    ProjectPage,
    StandardPage,
    ThemePage,
)
from tests.benchmarks.grow import add_news
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PersonFactory,
    ProjectPageFactory,
    StandardPageFactory,
    ThemePageFactory,
)

pytestmark = pytest.mark.django_db

# At most ten queries for one anonymous view of any page type, in either language, with the
# page cache off. What every page shares (site, settings, locales, home pages, menu, footer
# links, private sections) comes from the fragment caches (regionsite/caching/fragments.py);
# routing takes two queries whatever the depth (pages/routing.py); the rest is the page's own
# content.
PAGE_TYPES = [
    "home",
    "theme",
    "office",
    "standard",
    "project_index",
    "news_index",
    "event_index",
    "project",
    "news",
    "event",
    "accessibility_statement",
]
BUDGET = {(kind, language): 10 for kind in PAGE_TYPES for language in ("sv", "en")}
SEEDED_SLUGS = {"theme": "infrastruktur", "standard": "om-webbplatsen"}


MODELS = {
    "home": HomePage,
    "theme": ThemePage,
    "office": OfficePage,
    "standard": StandardPage,
    "project_index": ProjectIndexPage,
    "news_index": NewsIndexPage,
    "event_index": EventIndexPage,
    "project": ProjectPage,
    "news": NewsPage,
    "event": EventPage,
    "accessibility_statement": AccessibilityStatementPage,
}
# What grow_the_tree adds under each index: upcoming events, ongoing projects, today's news.
CHILD_FACTORIES = {
    ProjectIndexPage: ProjectPageFactory,
    NewsIndexPage: NewsPageFactory,
    EventIndexPage: EventPageFactory,
}


def path_for(kind: str, language: str) -> str:
    model = MODELS[kind]
    swedish = model.objects.filter(locale__language_code="sv")
    if kind in SEEDED_SLUGS:
        swedish = swedish.filter(slug=SEEDED_SLUGS[kind])
    page = swedish.order_by("path").first()
    if language != "sv":
        page = page.get_translation(Locale.objects.get(language_code=language))
    return page.url


def queries_to_render(client, path: str) -> int:
    client.get(path)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def grow_the_tree(n: int):
    """Add n menu themes, contacts, partners and sub-pages in both languages' trees."""
    people = PersonFactory.create_batch(n)
    organisations = OrganisationFactory.create_batch(n)
    for home in HomePage.objects.filter(slug__in=["start", "home"]):
        for _ in range(n):
            ThemePageFactory(parent=home, locale=home.locale, show_in_menus=True)
    for page in [*ThemePage.objects.all(), *OfficePage.objects.all()]:
        for order, person in enumerate(people):
            page.contact_links.create(person=person, sort_order=100 + order)
        for _ in range(n):
            StandardPageFactory(parent=page, locale=page.locale)
    for office in OfficePage.objects.all():
        for order, organisation in enumerate(organisations):
            office.partner_links.create(organisation=organisation, sort_order=100 + order)
    for about in StandardPage.objects.filter(slug__in=["om-webbplatsen", "about-this-website"]):
        for _ in range(n):
            StandardPageFactory(parent=about, locale=about.locale)
    for index_model, child_factory in CHILD_FACTORIES.items():
        for index in index_model.objects.all():
            themes = list(ThemePage.objects.filter(locale_id=index.locale_id))
            child_factory.create_batch(n, parent=index, themes=themes)


@pytest.mark.parametrize(("kind", "language"), sorted(BUDGET))
def test_query_count_is_within_budget_and_does_not_grow(client, seeded, kind, language):
    grow_the_tree(1)
    path = path_for(kind, language)
    small = queries_to_render(client, path)
    budget = BUDGET[kind, language]
    assert small <= budget, f"{path}: {small} queries, budget {budget}"

    grow_the_tree(3)
    large = queries_to_render(client, path)
    assert large == small, f"{path}: {small} queries with a small tree, {large} with a large one"


def test_query_counts_are_the_same_with_ten_thousand_more_pages(client, seeded):
    """Every page type, in both languages, with 10,000 more news items in the tree."""
    paths = {key: path_for(*key) for key in BUDGET}
    news_path = paths["news", "sv"]
    before = {key: queries_to_render(client, path) for key, path in paths.items()}
    assert add_news(10_000) > 10_000
    cache.clear()  # the fragments are renewed by the admin's signals; these rows bypassed them
    after = {key: queries_to_render(client, path) for key, path in paths.items()}
    assert after == before
    assert client.get("/nyheter/?sida=1001").status_code == 200
    assert client.get(news_path).status_code == 200
