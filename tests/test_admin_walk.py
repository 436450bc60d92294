"""Every admin view a role can reach shows Swedish interface text only.

Each role starts at the dashboard and follows the sidebar's menu (its items and submenus, read
from the sidebar's data) and the links on each page it reaches, breadth first, a bounded
number of views. On each, the visible text (labels, headings, buttons, table cells, the
aria-labels, titles and placeholders of controls) is searched for English interface words and
for raw values (None, False, True) that a person should never read. Content is not interface:
page titles, snippet names and other editors' text are taken out first, and a short list of
allowed words (proper names, the language name English) is kept.
"""

import re
from collections import deque

import pytest

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page

from pages.models import FundingProgramme, Organisation, Person
from pages.roles import EDITOR, PUBLISHER, TRANSLATOR
from tests.visible_text import VisibleText

pytestmark = pytest.mark.django_db

MAX_VIEWS = 70
# Links not to follow: they log out, change something on GET, or are not pages for people.
SKIP = re.compile(
    r"/admin/(logout|jsi18n|sprite|api|login|password_reset)|/preview|format=|export=|"
    r"/delete/|/unpublish/|/copy/|/move/|/convert_to_alias/|/lock/|/unlock/|/revisions/compare|"
    r"/usage/|/chooser/|/workflow/|/tasks/|/pofile/|/results/|/history/\?|/search/\?|"
    r"ordering=|p=\d|q="
)
# Searches are not followed as links (each query is a new address), so a few are walked as
# people make them: the admin's page search and its results as a list.
SEARCHES = ["/admin/pages/search/?q=region", "/admin/pages/search/?q=gävle"]
# English interface words editors reported or that Wagtail and its apps leave untranslated,
# and raw Python values. Whole words, case-sensitive where a Swedish word shares the letters.
ENGLISH = re.compile(
    r"\b(None|False|True|Root|Password|Locale|Access attempts|pending for|Translated with|"
    r"Manually translated|page\(s\)|the|and|with|your|this|that|are|Edit|Delete|Save|Cancel|"
    r"Search|Choose|Select|Submit|Sort|Filter|Close|Loading|Settings|Reports|Dashboard|Users|"
    r"Groups|Images|Documents|Snippets|Help|Account|Log out|Welcome|Actions|Updated|"
    r"Created|Owner|Type|Title|Add|Preview|Publish|Live|Draft|Scheduled|Expired|Unpublished)\b"
)
ALLOWED = [
    *["Central Sweden", "English", "Wagtail", "Interreg", "Erasmus+", "Horizon Europe"],
    *["CC0", "DCAT-AP-SE", "Table Schema"],
    # Wagtail's site listing (superusers only) labels two columns from their field names, which
    # no catalogue can translate (wagtail/sites/views.py: Column("site_name"), "root_page").
    *["Site name", "Root page"],
]


def content_words() -> list[str]:
    """Text editors wrote (in any language): it may be English and is not the interface's."""
    names = [*Page.objects.values_list("title", flat=True)]
    names += [
        str(obj)
        for model in (Person, Organisation, FundingProgramme)
        for obj in model.objects.all()
    ]
    names += [*Image.objects.values_list("title", flat=True)]
    names += [*Document.objects.values_list("title", flat=True)]
    return sorted({name for name in names if name}, key=len, reverse=True)


def menu_links(html: str) -> list[str]:
    """The sidebar's menu items and submenus (rendered from JSON data by JavaScript)."""
    return re.findall(r'"url": "(/admin/[^"]*)"', html.replace("&quot;", '"'))


def walk(client) -> dict[str, list[str]]:
    """{path: English found} for every admin view reached."""
    content = content_words()
    found, seen, queue = {}, set(), deque(["/admin/", *SEARCHES])
    while queue and len(seen) < MAX_VIEWS:
        path = queue.popleft()
        if path in seen or (SKIP.search(path) and path not in SEARCHES):
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        parser = VisibleText()
        parser.feed(html)
        text = " ".join(" ".join(parser.parts).split())
        for words in [*content, *ALLOWED]:
            text = text.replace(words, " ")
        english = [text[max(m.start() - 30, 0) : m.end() + 30] for m in ENGLISH.finditer(text)]
        if english:
            found[path] = english
        queue.extend(link.split("#")[0] for link in [*menu_links(html), *parser.links])
    assert len(seen) > 20, seen  # the walk reached the admin, not only a login page
    return found


@pytest.mark.parametrize("role", [EDITOR, PUBLISHER, TRANSLATOR, "admin"])
def test_no_admin_view_a_role_can_reach_shows_english_or_raw_values(client, seeded, user_in, role):
    # Feedback to list (the seed has none): each kind of answer, so its values are read.
    from pages.feedback import Feedback

    Feedback.objects.create(page_url="/kalender/", language="sv", found=False, message="Tid?")
    Feedback.objects.create(page_url="/", language="sv", found=True, wants_answer=True)
    Feedback.objects.create(page_url="/en/", language="en", found=None)
    client.force_login(user_in(role))
    assert walk(client) == {}
