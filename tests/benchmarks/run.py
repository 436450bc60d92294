"""The benchmark: the site in production mode against a bare Django view, in the same run.

    make bench        # BENCH_SECONDS=5 per measurement, BENCH_OUTPUT=bench-results.md

1. Starts a Redis of its own (when redis-server is installed) and, for each scale, a fresh
   PostgreSQL database beside BENCH_DATABASE_URL's server, migrated and seeded as a deploy
   does; the large one gets BENCH_GROW (10,000) more news items (tests/benchmarks/grow.py).
2. Serves each with production settings under gunicorn (regionsite/gunicorn.py, 2 workers),
   once with the page cache off and once on, and loads each page with wrk (10 connections,
   2 threads, gzip accepted): requests per second, median and 99th-percentile latency.
3. Loads the baseline the same way, before and after: a trivial view in a minimal settings
   module (tests/benchmarks/bare_settings.py) under the same gunicorn configuration.
4. Counts the SQL queries of one view of each page (cold, right after a content change, and
   warm) and weighs each page's first load (HTML, stylesheets, scripts; gzip; no images).
5. On the large scale, the mixed workload (tests/benchmarks/mixed.py): every public page with
   a realistic skew while an editor publishes every 10 s, through gunicorn and through
   Varnish; the freshness after one publish; the in-process render time of a theme page, with
   a profile written to bench-profile.txt beside BENCH_OUTPUT.
6. Prints the table of ratios to the baseline and writes it to BENCH_OUTPUT.

BENCH_ONLY=mixed measures the baseline and the mixed workload only (on the large scale; a
smaller BENCH_GROW for a quick try). BENCH_ONLY=search measures the baseline and the search
pages (SEARCH_PAGES: a plain query, one narrowed and sorted, one misspelt, and a new question on
every request, which a kept answer never serves) on the large scale.

Numbers depend on the machine; ratios to the baseline of the same run are what to compare.
"""

import contextlib
import gzip
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks import mixed  # noqa: E402
from tests.live_site import free_port, postgres_database, redis_server, serving  # noqa: E402

PAGES = {
    "home": "/",
    "theme": "/infrastruktur/",
    "news item": "/nyheter/kartlaggning-visar-var-bredbandet-saknas/",
    "projects, filtered": "/projekt/?status=pagaende",
    "news feed (RSS)": "/nyheter/rss/",
    "search": "/sok/?q=bredband",
    "search, a new question each time": "/sok/?q=bredband&fraga=",
}
SEARCH_PAGES = {
    "search": "/sok/?q=bredband",
    "search, narrowed by date": "/sok/?q=bredband&typ=nyhet&sortera=datum",
    "search, misspelt": "/sok/?q=bredbnad",
    "search, a new question each time": "/sok/?q=bredband&fraga=",
}
# Paths ending in "=" get a random value on each request (an unknown parameter the page
# ignores): a question nobody asked before, so a kept search answer (pages/search_cache.py)
# never serves it and the row measures the search itself.
EVERY_TIME_NEW = """
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end
local sent = 0
request = function()
  sent = sent + 1
  return wrk.format(nil, wrk.path .. os.time() .. "-" .. id .. "-" .. sent)
end
"""
SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS, THREADS, WORKERS = 10, 2, 2
GROWN_BY = int(os.environ.get("BENCH_GROW", "10000"))
DATABASE_SERVER = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432")
OUTPUT = Path(os.environ.get("BENCH_OUTPUT", str(ROOT / "bench-results.md")))
ONLY_MIXED = os.environ.get("BENCH_ONLY", "") == "mixed"
ONLY_SEARCH = os.environ.get("BENCH_ONLY", "") == "search"
if ONLY_SEARCH:
    PAGES = SEARCH_PAGES
SCALES = [("seeded", "small", 0), (f"+{GROWN_BY:,} news", "large", GROWN_BY)]
SCALES = SCALES[1:] if ONLY_MIXED or ONLY_SEARCH else SCALES
PROFILE_OUTPUT = OUTPUT.with_name("bench-profile.txt")
GUNICORN = ["-m", "gunicorn", "-c", "regionsite/gunicorn.py", "--bind", "127.0.0.1:{port}"]


@dataclass
class Load:
    rate: float  # requests per second
    p50: float  # milliseconds
    p99: float


def wrk(url: str) -> Load:
    """One wrk run against ``url``; an error answer or a socket error stops the benchmark."""
    command = [shutil.which("wrk") or "wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{SECONDS}s"]
    command += ["--latency", "-H", "Accept-Encoding: gzip", url]
    if url.endswith("="):
        script = Path(tempfile.mkdtemp(prefix="regionsite-wrk-")) / "new.lua"
        script.write_text(EVERY_TIME_NEW)
        command += ["--script", str(script)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    if "Non-2xx" in out or "Socket errors" in out:
        raise RuntimeError(f"{url}: errors under load\n{out}")
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    percentiles = dict(re.findall(r"^\s+(50|99)%\s+(\S+)\s*$", out, re.MULTILINE))
    return Load(rate, milliseconds(percentiles["50"]), milliseconds(percentiles["99"]))


def milliseconds(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60_000}[unit]


def wire_bytes(url: str) -> tuple[bytes, int]:
    """The body (decompressed) and how many bytes it took on the wire, gzip accepted."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})  # noqa: S310
    with urllib.request.urlopen(request) as response:  # noqa: S310 - our own server
        raw = response.read()
        gzipped = response.headers.get("Content-Encoding") == "gzip"
    return (gzip.decompress(raw) if gzipped else raw), len(raw)


def first_load(base: str, path: str) -> tuple[int, int]:
    """(HTML, HTML + stylesheets + scripts) in bytes on the wire; images not counted."""
    body, html = wire_bytes(base + path)
    assets = re.findall(rb'<link rel="stylesheet" href="([^"]+)"|<script[^>]*src="([^"]+)"', body)
    return html, html + sum(wire_bytes(base + (a or b).decode())[1] for a, b in assets)


def production_env(database_url: str, redis_url: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(
        DJANGO_SETTINGS_MODULE="regionsite.settings.production",
        SECRET_KEY="bench-only-" + secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,testserver",
        SITE_URL="http://127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        DATABASE_URL=database_url,
        WEB_CONCURRENCY=str(WORKERS),
        GUNICORN_MAX_REQUESTS="0",  # no worker restarts in the middle of a measurement
        LOG_LEVEL="WARNING",  # the request log would measure the terminal, not the site
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def run_python(env: dict, *arguments: str) -> str:
    result = subprocess.run(  # noqa: S603 - our own interpreter and modules
        [sys.executable, *arguments], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def flush(redis_url: str | None):
    if redis_url:
        import redis

        redis.Redis.from_url(redis_url).flushdb()


def load_pages(env: dict, log: Path) -> dict[str, Load]:
    with serving(GUNICORN, {**env, "PORT": "{port}"}, log) as base:
        for path in PAGES.values():  # warm each worker's per-process caches
            for _ in range(2 * WORKERS):
                wire_bytes(base + path)
        return {name: wrk(base + path) for name, path in PAGES.items()}


def load_baseline(tmp: Path) -> Load:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.benchmarks.bare_settings"}
    env.update(PORT="{port}", WEB_CONCURRENCY=str(WORKERS), GUNICORN_MAX_REQUESTS="0")
    with serving(GUNICORN, env, tmp / "bare.log", ready_path="/") as base:
        wrk(base + "/")  # warm-up
        return wrk(base + "/")


def measure_scale(name: str, grow: int, redis_url: str | None, tmp: Path) -> dict:
    with postgres_database(DATABASE_SERVER, f"regionsite_bench_{name}") as database_url:
        env = production_env(database_url, redis_url)
        run_python(env, "manage.py", "migrate", "--noinput", "-v0")
        run_python(env, "manage.py", "seed_content")
        if grow:
            print(f"  growing the tree by {grow:,} news items", flush=True)
            run_python(env, "-m", "tests.benchmarks.grow", str(grow))
        # Planner statistics, as autovacuum keeps them on a running site: without them a fresh
        # bulk load is planned as if the tables were empty (search 10x slower).
        run_python(env, "manage.py", "dbshell", "--", "-c", "ANALYZE")
        pages = run_python(env, "-c", COUNT_PAGES).strip()
        results = {"pages": int(pages)}
        if not ONLY_MIXED:
            results.update(measure_pages(name, env, redis_url, tmp))
        if grow and not ONLY_SEARCH:  # last: its editor adds news items
            results["mixed"] = measure_mixed(env, redis_url, tmp)
        return results


def measure_pages(name: str, env: dict, redis_url: str | None, tmp: Path) -> dict:
    """Each page of PAGES alone: the queries, the load with the page cache off and on, the
    weight."""
    queries = json.loads(
        run_python(
            {**env, "PAGE_CACHE_SECONDS": "0"},
            "-m",
            "tests.benchmarks.count_queries",
            json.dumps(PAGES),
        ).splitlines()[-1]
    )
    results = {"queries": queries}
    for cache_on in (False, True):
        flush(redis_url)
        label = "on" if cache_on else "off"
        print(f"  page cache {label}", flush=True)
        env["PAGE_CACHE_SECONDS"] = "300" if cache_on else "0"
        results[label] = load_pages(env, tmp / f"{name}-{label}.log")
    with serving(GUNICORN, {**env, "PORT": "{port}"}, tmp / f"{name}-weight.log") as base:
        results["weight"] = {name: first_load(base, path) for name, path in PAGES.items()}
    return results


def measure_mixed(env: dict, redis_url: str | None, tmp: Path) -> dict:
    def serve(env, log):
        return serving(GUNICORN, {**env, "PORT": "{port}"}, log)

    env = {**env, "PAGE_CACHE_SECONDS": "300"}  # as production runs
    return mixed.measure(env, lambda: flush(redis_url), serve, tmp, PROFILE_OUTPUT)


COUNT_PAGES = (
    "import django; django.setup(); from wagtail.models import Page; "
    "print(Page.objects.filter(depth__gt=1).count())"
)


def report(baseline: Load, baseline_after: Load, scales: dict, redis_url: str | None) -> str:
    bare = (baseline.rate + baseline_after.rate) / 2
    lines = [
        f"# Benchmark, {time.strftime('%Y-%m-%d %H:%M')}",
        "",
        f"gunicorn (regionsite/gunicorn.py) with {WORKERS} workers, production settings, "
        f"PostgreSQL, {'Redis' if redis_url else 'local-memory cache (no redis-server)'}; "
        f"wrk, {CONNECTIONS} connections, {THREADS} threads, {SECONDS} s per row.",
        "",
        f"Baseline (a bare Django view, same gunicorn configuration): {baseline.rate:,.0f} req/s "
        f"before, {baseline_after.rate:,.0f} after; shares below are of their mean, "
        f"{bare:,.0f} req/s.",
        "",
    ]
    for scale, results in scales.items():
        if ONLY_MIXED:
            continue
        lines += [
            f"## {scale}: {results['pages']:,} pages in the tree",
            "",
            "| page | cache off req/s | share | p50 ms | p99 ms "
            "| cache on req/s | share | p50 ms | p99 ms | queries cold/warm "
            "| HTML KB | first load KB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for name in PAGES:
            off, on = results["off"][name], results["on"][name]
            cold, warm = results["queries"][name]
            html, total = results["weight"][name]
            lines.append(
                f"| {name} | {off.rate:,.0f} | {off.rate / bare:.0%} | {off.p50:.1f} | "
                f"{off.p99:.1f} | {on.rate:,.0f} | {on.rate / bare:.0%} | {on.p50:.1f} | "
                f"{on.p99:.1f} | {cold}/{warm} | {html / 1024:.1f} | {total / 1024:.1f} |"
            )
        lines.append("")
    if len(scales) == 2 and not ONLY_MIXED:
        (small_name, small), (large_name, large) = scales.items()
        lines += [f"## Growth: {large_name} against {small_name}", ""]
        lines += ["| page | queries | p50, cache off | req/s, cache off |", "|---|---:|---:|---:|"]
        for name in PAGES:
            q_small, q_large = small["queries"][name][1], large["queries"][name][1]
            p_small, p_large = small["off"][name].p50, large["off"][name].p50
            r_small, r_large = small["off"][name].rate, large["off"][name].rate
            lines.append(
                f"| {name} | {q_small} → {q_large} | {p_large / p_small - 1:+.0%} | "
                f"{r_large / r_small - 1:+.0%} |"
            )
        lines.append("")
    for results in scales.values():
        if "mixed" in results:
            lines += mixed.report(results["mixed"], bare)
    return "\n".join(lines)


def main():
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk (make bench does it)")
    tmp = Path(tempfile.mkdtemp(prefix="regionsite-bench-"))
    try:
        with contextlib.ExitStack() as stack:
            redis_url = None
            if shutil.which("redis-server"):
                port = free_port()
                stack.enter_context(redis_server(port))
                redis_url = f"redis://127.0.0.1:{port}/0"
            collect = production_env(f"{DATABASE_SERVER}/postgres", None)
            run_python(collect, "manage.py", "collectstatic", "--noinput", "-v0")
            print("baseline", flush=True)
            baseline = load_baseline(tmp)
            scales = {}
            for scale, name, grow in SCALES:
                print(scale, flush=True)
                scales[scale] = measure_scale(name, grow, redis_url, tmp)
            print("baseline again", flush=True)
            baseline_after = load_baseline(tmp)
        table = report(baseline, baseline_after, scales, redis_url)
        OUTPUT.write_text(table + "\n")
        print("\n" + table + f"\n(written to {OUTPUT}, the profile to {PROFILE_OUTPUT})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
