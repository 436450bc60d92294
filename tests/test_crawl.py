"""A site-wide crawl from the home page: every public link answers, in order."""

import re
from collections import deque

import pytest

pytestmark = pytest.mark.django_db
LINK = re.compile(r'href="(/[^"#]*)"')


def test_every_internal_link_answers_with_one_h1_and_a_language(client, seeded):
    seen, queue = set(), deque(["/"])
    while queue:
        path = queue.popleft()
        if path in seen or path.startswith(("/static/", "/admin/", "/dokument/")):
            continue
        seen.add(path)
        response = client.get(path)
        assert response.status_code == 200, path
        if "text/html" not in response["Content-Type"]:
            continue
        html = response.content.decode()
        assert html.count("<h1") == 1, path
        assert re.search(r'<html lang="(sv|en)">', html), path
        assert "<title>" in html and "</main>" in html, path
        queue.extend(LINK.findall(html))
    assert len(seen) >= 10
