"""The site's page types and languages, derived rather than listed, so that the tests' checklists
(a factory, a query budget, an axe path for each type) grow with the site: a new page type fails
the suite until it has each of them.
"""

from django.conf import settings

from wagtail.models import get_page_models

from pages.models import AccessibilityStatementPage, HomePage, StandardPage


def site_page_models() -> list[type]:
    """Every page type editors can create: the concrete page models of the pages app, by name.

    Abstract bases (SitePage, ThemedPage) are not page models; Wagtail's own Page is not ours.
    """
    ours = [model for model in get_page_models() if model._meta.app_label == "pages"]
    return sorted(ours, key=lambda model: model.__name__)


def content_languages() -> list[str]:
    """The languages pages are written in (sv, en and fi)."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


# The page types a basic-information language (Finnish, settings.BASIC_INFORMATION_LANGUAGES)
# has: its home page, written in the language (pages.language_homes), and the public-duty pages
# translated into it (about, accessibility statement, privacy, contact: standard pages and the
# statement); not a mirror of the Swedish tree. Every other type is in every language.
# tests/test_axe_paths.py checks that the seed agrees.
BASIC_INFORMATION_PAGE_TYPES = {HomePage, StandardPage, AccessibilityStatementPage}


def languages_with(model: type) -> list[str]:
    """The languages the site has ``model`` in."""
    return [
        language
        for language in content_languages()
        if language not in settings.BASIC_INFORMATION_LANGUAGES
        or model in BASIC_INFORMATION_PAGE_TYPES
    ]
