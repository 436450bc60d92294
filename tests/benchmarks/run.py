"""Benchmark real pages against a trivial Django view, under gunicorn, in the same run.

    make bench                      # SQLite; DATABASE_URL=postgres://… for PostgreSQL

For each URL: requests per second and latency (median, 95th percentile) over keep-alive
connections from a few client threads, and the ratio of each page's throughput to the
baseline's (/health/: Django's full middleware stack and one SQL query). Then the SQL queries
one view of each page needs. Numbers vary between machines; the ratios are what to compare.
"""

import http.client
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.live_site import running_site  # noqa: E402

BASELINE = "/health/"
PAGES = ["/", "/infrastruktur/", "/brysselkontoret/", "/kontakt/", "/en/", "/en/contact/"]
DURATION = float(os.environ.get("BENCH_SECONDS", "5"))
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "4"))


def hammer(url: str, path: str) -> tuple[float, list[float]]:
    host, port = url.removeprefix("http://").split(":")
    latencies: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + DURATION

    def client():
        connection = http.client.HTTPConnection(host, int(port), timeout=10)
        mine = []
        while time.monotonic() < stop:
            started = time.perf_counter()
            connection.request("GET", path, headers={"Host": "localhost"})
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{path}: HTTP {response.status}")
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies) / DURATION, latencies


def query_counts(env: dict) -> dict[str, int]:
    os.environ.update({k: env[k] for k in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")})
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    counts = {}
    for path in [BASELINE, *PAGES]:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        counts[path] = len(queries)
    return counts


def main():
    with running_site("bench", workers=2) as (url, env):
        hammer(url, BASELINE)  # warm up the workers
        print(f"{DURATION:.0f} s per URL, {CLIENTS} client threads, gunicorn with 2 workers\n")
        print(f"{'URL':28} {'req/s':>8} {'median ms':>10} {'p95 ms':>8} {'vs baseline':>12}")
        baseline_rate = None
        for path in [BASELINE, *PAGES]:
            rate, latencies = hammer(url, path)
            baseline_rate = baseline_rate or rate
            p95 = statistics.quantiles(latencies, n=20)[18] * 1000
            median = statistics.median(latencies) * 1000
            print(f"{path:28} {rate:8.1f} {median:10.1f} {p95:8.1f} {rate / baseline_rate:11.2f}x")
        print("\nSQL queries per view")
        for path, count in query_counts(env).items():
            print(f"{path:28} {count:8d}")


if __name__ == "__main__":
    main()
