"""A site-wide crawl from the home page: every public link answers, in order."""

import re

import pytest

from tests.crawling import crawl

pytestmark = pytest.mark.django_db


def test_every_internal_link_answers_with_one_h1_and_a_language(client, seeded):
    seen = 0
    for path, response in crawl(client):
        seen += 1
        assert response.status_code == 200, path
        if "text/html" not in response["Content-Type"]:
            continue
        html = response.content.decode()
        assert html.count("<h1") == 1, path
        assert re.search(r'<html lang="(sv|en|fi)">', html), path
        assert "<title>" in html and "</main>" in html, path
    assert seen >= 10
