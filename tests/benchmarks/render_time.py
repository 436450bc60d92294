"""How long one uncached view of a page takes in-process, and where the time goes.

    PAGE_CACHE_SECONDS=0 python -m tests.benchmarks.render_time /infrastruktur/ PROFILE_OUT

The page is rendered with Django's test client (the whole middleware stack, gzip accepted, as
gunicorn would run it) after a warm-up, so the fragment caches and the per-process caches
are warm, as in a running worker: what is left is the page's own render. Prints one JSON line:
wall-clock and CPU milliseconds per view (median, 90th percentile) and the queries of one
view. Then profiles RUNS_PROFILED more views with cProfile and writes the top entries by
cumulative time to PROFILE_OUT.
"""

import cProfile
import json
import pstats
import statistics
import sys
import time
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parents[2]
WARM_UP, RUNS, RUNS_PROFILED, TOP = 10, 50, 20, 25


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def short(file: str) -> str:
    """A file's path from its package: site-packages/ or the repository dropped."""
    for prefix in ("site-packages/", str(ROOT) + "/"):
        if prefix in file:
            return file.split(prefix, 1)[1]
    return file


def profile_report(profiler: cProfile.Profile, path: str) -> str:
    """The top entries by cumulative time (all of them, then without the frames that wrap the
    whole view: the test client, the handler and each middleware), and by own time."""
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    rows = [
        (cumulative, own, calls, f"{short(file)}:{line}({name})")
        for (file, line, name), (_, calls, own, cumulative, _) in stats.stats.items()
    ]

    def table(title, chosen):
        lines = [title, "", f"{'cumulative ms':>14} {'own ms':>9} {'calls':>7}  function"]
        for cumulative, own, calls, where in chosen[:TOP]:
            ms_cumulative, ms_own = cumulative * 1000 / RUNS_PROFILED, own * 1000 / RUNS_PROFILED
            lines.append(f"{ms_cumulative:14.2f} {ms_own:9.2f} {calls:7d}  {where}")
        return "\n".join(lines) + "\n\n"

    by_cumulative = sorted(rows, reverse=True)
    inside = [row for row in by_cumulative if row[0] < 0.9 * total]
    by_own = sorted(rows, key=lambda row: row[1], reverse=True)
    return (
        f"cProfile of {RUNS_PROFILED} uncached views of {path} (fragments warm), "
        f"{total * 1000 / RUNS_PROFILED:.1f} ms per view under the profiler; "
        f"times are per view, calls for all {RUNS_PROFILED}.\n\n"
        + table(f"Top {TOP} by cumulative time", by_cumulative)
        + table(f"Top {TOP} by cumulative time below the middleware chain", inside)
        + table(f"Top {TOP} by own time", by_own)
    )


def main(path: str, profile_out: Path):
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    assert settings.PAGE_CACHE_SECONDS == 0, "the page cache must be off (PAGE_CACHE_SECONDS=0)"
    client = Client(HTTP_HOST="127.0.0.1", HTTP_ACCEPT_ENCODING="gzip")

    def view():
        response = client.get(path)
        assert response.status_code == 200, f"{path}: {response.status_code}"

    for _ in range(WARM_UP):
        view()
    wall, cpu = [], []
    for _ in range(RUNS):
        started, started_cpu = time.perf_counter(), time.process_time()
        view()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    with CaptureQueriesContext(connection) as captured:
        view()
    queries = len(captured)  # now: the next request empties the connection's log

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(RUNS_PROFILED):
        view()
    profiler.disable()
    profile_out.write_text(profile_report(profiler, path))

    print(
        json.dumps(
            {
                "path": path,
                "runs": RUNS,
                "wall_p50": statistics.median(wall),
                "wall_p90": percentile(wall, 0.9),
                "cpu_p50": statistics.median(cpu),
                "cpu_p90": percentile(cpu, 0.9),
                "queries": queries,
            }
        )
    )


if __name__ == "__main__":
    django.setup()
    main(sys.argv[1], Path(sys.argv[2]))
