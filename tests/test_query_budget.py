"""Each page type renders in a small, fixed number of SQL queries, whatever the tree's size."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from pages.models import OfficePage, StandardPage, ThemePage
from tests.factories import (
    OrganisationFactory,
    PersonFactory,
    StandardPageFactory,
    ThemePageFactory,
)

pytestmark = pytest.mark.django_db

# The queries one anonymous view of each page type needs, as measured: a change that adds one
# must raise the number here, on purpose.
BUDGET = {
    "home": 15,
    "theme": 17,
    "office": 18,
    "standard": 17,
}


def path_for(kind: str) -> str:
    if kind == "home":
        return "/"
    if kind == "theme":
        return ThemePage.objects.get(slug="infrastruktur").url
    if kind == "office":
        return OfficePage.objects.get().url
    return StandardPage.objects.get(slug="om-webbplatsen").url


def queries_to_render(client, path: str) -> int:
    client.get(path)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return len(queries)


def grow_the_tree(home, n: int):
    """Add n menu themes, contacts, partners and sub-pages everywhere a page lists things."""
    people = PersonFactory.create_batch(n)
    for _ in range(n):
        ThemePageFactory(parent=home, show_in_menus=True)
    office = OfficePage.objects.get()
    for theme in [*ThemePage.objects.all(), office]:
        for order, person in enumerate(people):
            theme.contact_links.create(person=person, sort_order=100 + order)
        for _ in range(n):
            StandardPageFactory(parent=theme)
    for order, organisation in enumerate(OrganisationFactory.create_batch(n)):
        office.partner_links.create(organisation=organisation, sort_order=100 + order)
    about = StandardPage.objects.get(slug="om-webbplatsen")
    for _ in range(n):
        StandardPageFactory(parent=about)


@pytest.mark.parametrize("kind", sorted(BUDGET))
def test_query_count_is_within_budget_and_does_not_grow(client, seeded, kind):
    grow_the_tree(seeded.root_page, 1)
    small = queries_to_render(client, path_for(kind))
    assert small <= BUDGET[kind], f"{kind}: {small} queries, budget {BUDGET[kind]}"

    grow_the_tree(seeded.root_page, 6)
    large = queries_to_render(client, path_for(kind))
    assert large == small, f"{kind}: {small} queries with a small tree, {large} with a large one"
