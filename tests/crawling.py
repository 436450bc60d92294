"""Walking the site as a visitor does: from the home pages along every internal link."""

import re
from collections import deque
from collections.abc import Iterator

LINK = re.compile(r'href="(/[^"#]*)"')
NOT_PAGES = ("/static/", "/admin/", "/dokument/", "/media/")


def crawl(client, start: tuple[str, ...] = ("/",)) -> Iterator[tuple[str, object]]:
    """Yield (path, response) for every internal address reachable from ``start``, once each."""
    seen, queue = set(), deque(start)
    while queue:
        path = queue.popleft()
        if path in seen or path.startswith(NOT_PAGES):
            continue
        seen.add(path)
        response = client.get(path)
        yield path, response
        if response.status_code == 200 and "text/html" in response["Content-Type"]:
            queue.extend(LINK.findall(response.content.decode()))
