"""The admin speaks Swedish, without a third party: every string Wagtail and wagtail-localize
leave untranslated has a Swedish translation in locale/sv/, and the main views, walked as each
role, show none of the English interface text editors reported."""

import json
import re
import sys
from pathlib import Path

import pytest

from django.contrib.auth.models import Group
from django.utils import translation
from django.utils.translation import gettext

from wagtail.models import Page

from pages.models import NewsPage
from pages.roles import EDITOR, PUBLISHER, TRANSLATOR

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import admin_catalogue  # noqa: E402 - a script, not a package

from tests.visible_text import visible_text  # noqa: E402

# Seen by editors in the admin before the Swedish catalogue existed.
KNOWN_ENGLISH = [
    re.compile(r"\bExploring\b"),
    re.compile(r"\b\d+-\d+ of \d+"),
    re.compile(r"\bMore actions\b"),
    re.compile(r"\bModerators approval\b"),
    re.compile(r"\bToggle (checks|preview)\b"),
    re.compile(r"\bCompare\b"),
    re.compile(r"\bAutosave\b"),
    re.compile(r"\bSort by\b"),
    re.compile(r"\bFilter by\b"),
    re.compile(r"\bShow filters\b"),
    # Not English, but not the site's words either (scripts/admin_catalogue.py TERMINOLOGY).
    re.compile(r"(?i)\bsajt"),
    re.compile(r"(?i)\bmodereri?ng"),
    re.compile(r"(?i)moderationsstadi"),
]
# JavaScript interface strings (the admin's jsi18n catalogue), as the Swedish admin shows them.
JAVASCRIPT_STRINGS = {
    "Publish in ": "Publicera på ",
    "Autosave in progress…": None,
    "%(num)s min": None,  # translated, whatever the wording
}


def test_every_admin_string_the_packages_leave_untranslated_has_a_swedish_translation():
    assert [p for domain in admin_catalogue.DOMAINS for p in admin_catalogue.problems(domain)] == []


@pytest.fixture
def role_user(django_user_model):
    def make(role):
        user = django_user_model.objects.create_user(f"svensk-{role}", password="x", is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        return user

    return make


def main_views(language: str) -> list[str]:
    news = NewsPage.objects.filter(locale__language_code=language).first()
    parent = news.get_parent()
    return [
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{parent.pk}/",
        f"/admin/pages/{news.pk}/edit/",
        f"/admin/pages/{news.pk}/history/",
        f"/admin/pages/{news.pk}/revisions/{news.latest_revision_id}/view/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/snippets/",
        "/admin/pages/search/?q=Bryssel",
    ]


@pytest.mark.parametrize(
    ("role", "language"), [(EDITOR, "sv"), (PUBLISHER, "sv"), (PUBLISHER, "en"), (TRANSLATOR, "en")]
)
def test_the_main_admin_views_show_no_english_interface_text(
    client, seeded, role_user, role, language
):
    client.force_login(role_user(role))
    for path in main_views(language):
        response = client.get(path, follow=True)
        assert response.status_code == 200, path
        text = visible_text(response.content.decode())
        english = [
            text[max(match.start() - 40, 0) : match.end() + 40]
            for pattern in KNOWN_ENGLISH
            for match in pattern.finditer(text)
        ]
        assert english == [], path


def test_the_admin_javascript_strings_are_swedish(client, seeded, role_user):
    client.force_login(role_user(EDITOR))
    script = client.get("/admin/jsi18n/").content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", script, re.DOTALL)[1])
    for english, swedish in JAVASCRIPT_STRINGS.items():
        assert catalogue.get(english), f"{english!r} has no Swedish translation"
        assert swedish is None or catalogue[english] == swedish


def test_the_editors_status_strings_are_swedish():
    with translation.override("sv"):
        assert gettext("Saved") == "Sparat"
        assert gettext("Autosave is paused") == "Automatisk sparning är pausad"


def test_the_workflow_is_named_in_swedish(seeded):
    page = Page.objects.get(slug="infrastruktur")
    assert page.get_workflow().name == "Granskning före publicering"
