"""Each page type renders in a small, fixed number of SQL queries, whatever the tree's size."""

import pytest

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.models import Locale, Page

from pages.models import (
    EventIndexPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OfficePage,
    ProjectIndexPage,
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
    build_page,
)
from tests.page_models import content_languages, site_page_models

pytestmark = pytest.mark.django_db

# The most queries one anonymous view of each page type may take, in each language, with the
# page cache off. What every page shares (site, settings, locales, home pages, menu, footer
# links, private sections) comes from the fragment caches (regionsite/caching/fragments.py);
# routing takes two queries whatever the depth (pages/routing.py); the rest is the page's own
# content. Every page type needs a budget in every language (a new one fails below until it has
# one): measure it with this test and write it here.
BUDGET = {
    "AccessibilityStatementPage": {"sv": 10, "en": 10, "fi": 10},
    "EasyReadPage": {"sv": 10, "en": 10, "fi": 10},
    "EventIndexPage": {"sv": 10, "en": 10, "fi": 10},
    "EventPage": {"sv": 10, "en": 10, "fi": 10},
    "HomePage": {"sv": 10, "en": 10, "fi": 10},
    "NewsIndexPage": {"sv": 10, "en": 10, "fi": 10},
    "NewsPage": {"sv": 10, "en": 10, "fi": 10},
    "OfficePage": {"sv": 10, "en": 10, "fi": 10},
    "ProjectIndexPage": {"sv": 10, "en": 10, "fi": 10},
    "ProjectPage": {"sv": 10, "en": 10, "fi": 10},
    "StandardPage": {"sv": 10, "en": 10, "fi": 10},
    "ThemePage": {"sv": 10, "en": 10, "fi": 10},
}
PAGES_IN_EACH_LANGUAGE = [
    (model, language) for model in site_page_models() for language in content_languages()
]
SEEDED_SLUGS = {ThemePage: "infrastruktur", StandardPage: "om-webbplatsen"}

# What grow_the_tree adds under each index: upcoming events, ongoing projects, today's news.
CHILD_FACTORIES = {
    ProjectIndexPage: ProjectPageFactory,
    NewsIndexPage: NewsPageFactory,
    EventIndexPage: EventPageFactory,
}


def budget_for(model: type, language: str) -> int:
    budget = BUDGET.get(model.__name__, {}).get(language)
    assert budget is not None, (
        f"No query budget for {model.__name__} in {language!r}: measure one and add it to "
        "BUDGET in tests/test_query_budget.py"
    )
    return budget


def page_for(model: type, language: str) -> Page:
    """A live page of ``model`` in ``language``: the seeded one, else the Swedish one copied into
    the language (the Finnish tree is its home page alone, but editors may translate any page
    into Finnish), else a new Swedish one from the type's factory."""
    swedish = model.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    if model in SEEDED_SLUGS:
        swedish = swedish.filter(slug=SEEDED_SLUGS[model])
    page = swedish.order_by("path").first()
    if page is None:
        home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
        page = build_page(model, home)
    if language == settings.LANGUAGE_CODE:
        return page
    locale = Locale.objects.get(language_code=language)
    translation = page.get_translation_or_none(locale)
    if translation is None:
        # Parents not yet in the language become aliases (routing only asks the last page to be
        # live); the page itself a draft copy.
        translation = page.copy_for_translation(locale, copy_parents=True)
    elif translation.alias_of_id is not None:  # a parent aliased for an earlier page
        ConvertAliasPageAction(translation).execute()
    if not translation.live:
        translation.save_revision().publish()
    return translation


def path_for(model: type, language: str) -> str:
    return page_for(model, language).url


def queries_to_render(client, path: str) -> int:
    client.get(path)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def grow_the_tree(n: int):
    """Add n menu themes, contacts, partners and sub-pages in every language's tree."""
    people = PersonFactory.create_batch(n)
    organisations = OrganisationFactory.create_batch(n)
    for home in HomePage.objects.all():
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


@pytest.mark.parametrize(
    ("model", "language"),
    PAGES_IN_EACH_LANGUAGE,
    ids=[f"{model.__name__}-{language}" for model, language in PAGES_IN_EACH_LANGUAGE],
)
def test_query_count_is_within_budget_and_does_not_grow(client, seeded, model, language):
    budget = budget_for(model, language)
    path = path_for(model, language)
    grow_the_tree(1)
    small = queries_to_render(client, path)
    assert small <= budget, f"{path}: {small} queries, budget {budget}"

    grow_the_tree(3)
    large = queries_to_render(client, path)
    assert large == small, f"{path}: {small} queries with a small tree, {large} with a large one"


def test_query_counts_are_the_same_with_ten_thousand_more_pages(client, seeded):
    """Every page type, in every language, with 10,000 more news items in the tree."""
    paths = {key: path_for(*key) for key in PAGES_IN_EACH_LANGUAGE}
    news_path = path_for(NewsPage, settings.LANGUAGE_CODE)
    before = {key: queries_to_render(client, path) for key, path in paths.items()}
    assert add_news(10_000) > 10_000
    cache.clear()  # the fragments are renewed by the admin's signals; these rows bypassed them
    after = {key: queries_to_render(client, path) for key, path in paths.items()}
    assert after == before
    assert client.get("/nyheter/?sida=1001").status_code == 200
    assert client.get(news_path).status_code == 200
