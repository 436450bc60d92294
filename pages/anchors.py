"""Heading anchors that are unique on their page.

Editors' headings get an id from their text, so that a section can be linked to. Two headings
with the same text, or a heading named like a part of the page template ("Synpunkter" beside
the feedback form, id="synpunkter"), would give two elements the same id: invalid HTML and
a link that leads to the wrong place. The first heading keeps the plain id; later ones get
"-2", "-3"."""

import functools
import re
from pathlib import Path

from django.conf import settings

from pages.request_context import remembered

TEMPLATE_ID = re.compile(r'\sid="([a-z0-9_-]+)"')


@functools.cache
def template_ids() -> frozenset[str]:
    """The fixed ids the site's own templates use."""
    found = set()
    for directory in settings.TEMPLATES[0]["DIRS"]:
        for template in Path(directory).rglob("*.html"):
            found.update(TEMPLATE_ID.findall(template.read_text(encoding="utf-8")))
    return frozenset(found)


def unique_anchor(request, slug: str) -> str:
    """``slug``, or ``slug-2``, ``slug-3``… when the page already has an element with that id."""
    slug = slug or "rubrik"
    if request is None:
        return slug
    used = remembered(request, ("heading_anchors",), lambda: set(template_ids()))
    anchor, number = slug, 2
    while anchor in used:
        anchor, number = f"{slug}-{number}", number + 1
    used.add(anchor)
    return anchor
