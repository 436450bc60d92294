"""Every page a visitor can reach, most visited first: the mixed workload's page list.

    python -m tests.benchmarks.site_paths OUT   # writes one path a line, prints the count

What is public is what the site's own sitemap says (/sitemap.xml and its sections, every
language, every page of each, rendered in this process with the site's settings). The order
is a guess at popularity, for the Zipf-like draw in mixed.lua (rank 1 is the most viewed):

1. the language homes (Swedish, English, Finnish);
2. what their menus lead to: the pages right below a home, Swedish first, in menu order
   (themes, news, projects, the office, contact ...);
3. the ten newest news items, newest first;
4. every other page but news (projects, events, the pages under the sections), by tree order;
5. the rest of the news, newest first: the long tail.
"""

import re
import sys
from pathlib import Path
from urllib.parse import urlsplit

import django

LATEST_NEWS = 10


def sitemap_paths(client) -> list[str]:
    index = client.get("/sitemap.xml")
    assert index.status_code == 200, index.status_code
    paths = []
    for section in re.findall(r"<loc>([^<]+)</loc>", index.content.decode()):
        parts = urlsplit(section)
        response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        assert response.status_code == 200, (section, response.status_code)
        paths += [urlsplit(u).path for u in re.findall(r"<loc>([^<]+)</loc>", response.text)]
    return paths


def by_popularity(paths: list[str]) -> list[str]:
    from wagtail.models import Page

    from pages.models import NewsPage

    public = set(paths)
    homes = list(Page.objects.filter(depth=2).order_by("path"))
    home_languages = {home.path: home.locale.language_code for home in homes}
    language_order = sorted(home_languages, key=lambda path: home_languages[path] != "sv")
    news_dates = dict(NewsPage.objects.values_list("pk", "date"))
    ranked = {}  # path -> (group, key)
    pages = Page.objects.filter(depth__gt=1).select_related("locale").defer_streamfields()
    for page in pages.iterator(chunk_size=2000):
        path = page.get_url()
        if path not in public:
            continue
        tree = language_order.index(page.path[:8]) if page.path[:8] in language_order else 9
        if page.depth == 2:
            ranked[path] = (0, tree, page.path)
        elif page.depth == 3:
            ranked[path] = (1, tree, page.path)
        elif page.pk in news_dates:
            recency = (-news_dates[page.pk].toordinal(), -page.pk)
            ranked[path] = (4, recency, page.path)
        else:
            ranked[path] = (3, tree, page.path)
    news = sorted(path for path, rank in ranked.items() if rank[0] == 4)
    for path in sorted(news, key=ranked.get)[:LATEST_NEWS]:
        ranked[path] = (2, *ranked[path][1:])
    # Pages in the sitemap that are not pages of the tree (none today) go last.
    return sorted(public, key=lambda path: ranked.get(path, (9, 0, path)))


if __name__ == "__main__":
    django.setup()
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    ordered = by_popularity(sitemap_paths(client))
    Path(sys.argv[1]).write_text("\n".join(ordered) + "\n")
    print(len(ordered))
