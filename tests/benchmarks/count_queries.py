"""The SQL queries of one view of each page, cold and warm, in the environment it is run in.

Cold: the first view after a content change (the fragment caches are computed again); warm:
the next view. The page cache is off (PAGE_CACHE_SECONDS=0 in the environment).

    python -m tests.benchmarks.count_queries '{"home": "/"}'   # prints {"home": [cold, warm]}
"""

import json
import sys

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from regionsite.caching.renewal import renew_all  # noqa: E402


def count(pages: dict[str, str]) -> dict[str, list[int]]:
    client = Client(HTTP_HOST="127.0.0.1")
    client.get("/")  # per-process caches (content types), as in a running worker
    counts = {}
    for name, path in pages.items():
        renew_all()
        with CaptureQueriesContext(connection) as cold:
            response = client.get(path)
        assert response.status_code == 200, f"{path}: {response.status_code}"
        with CaptureQueriesContext(connection) as warm:
            client.get(path)
        counts[name] = [len(cold), len(warm)]
    return counts


if __name__ == "__main__":
    print(json.dumps(count(json.loads(sys.argv[1]))))
