"""The browser tests run axe on every page type, in every language the site has it in.

The paths axe checks are typed out in tests/browser/test_accessibility.py (the browser sees the
seeded site); this asks the same seeded site which page type each path shows, so a new page
type, or one seeded in a new language, fails here until one of its pages is on that list.
"""

import pytest

from wagtail.models import Page

from tests.browser.test_accessibility import ALL_PATHS
from tests.page_models import languages_with, site_page_models

pytestmark = pytest.mark.django_db
PAGE_TYPES = site_page_models()


def types_shown(client, paths: list[str]) -> set[tuple[type, str]]:
    """(page type, language) of the page each path shows; error pages and views that show no
    page add nothing."""
    shown = set()
    for path in paths:
        response = client.get(path)
        page = response.context.get("page") if response.context is not None else None
        if response.status_code == 200 and isinstance(page, Page):
            shown.add((page.specific_class, page.locale.language_code))
    return shown


def test_axe_checks_every_page_type_in_every_language_the_site_has_it_in(client, seeded):
    checked = types_shown(client, ALL_PATHS)
    missing = [
        f"{model.__name__} ({language})"
        for model in PAGE_TYPES
        for language in languages_with(model)
        if (model, language) not in checked
    ]
    assert not missing, (
        "No page of these types is among the paths axe checks (ALL_PATHS in "
        f"tests/browser/test_accessibility.py): {', '.join(missing)}"
    )


@pytest.mark.parametrize("model", PAGE_TYPES, ids=[model.__name__ for model in PAGE_TYPES])
def test_the_seed_has_each_page_type_in_the_languages_the_site_has_it_in(seeded, model):
    """The browser's site is seeded: a type it lacks cannot be checked, and a language that
    gains a type (a Finnish page beyond the home) must say so in tests/page_models.py."""
    seeded_in = set(model.objects.live().values_list("locale__language_code", flat=True))
    assert seeded_in == set(languages_with(model)), (
        f"The seed has {model.__name__} in {sorted(seeded_in)}, tests/page_models.py expects "
        f"{languages_with(model)}"
    )
