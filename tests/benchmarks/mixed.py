"""The mixed workload (issue 19, item 8): visitors and an editor at once, on the large scale.

Called by run.py with the large scale's database; measures, in order:

1. The render time of one uncached theme page in-process (render_time.py): median and 90th
   percentile, and a cProfile written to PROFILE_OUTPUT (bench-profile.txt beside
   BENCH_OUTPUT).
2. For gunicorn direct, then through Varnish (tests/edge.py, the repository's VCL), with the
   page cache on and an empty Redis:
   - visitors: every public page in every language (site_paths.py, from the sitemap), drawn
     with a Zipf-like skew (exponent BENCH_MIXED_ZIPF, 1.2: the homes, the sections and the
     latest news take most views, old news a few each) by wrk and mixed.lua, 10 connections,
     gzip accepted; BENCH_MIXED_WARMUP seconds (10) to fill the caches, then
     BENCH_MIXED_SECONDS (30) measured while
   - an editor (editor.py, another process with the server's settings, database, Redis and
     purge address) publishes a Swedish news item with a theme every PUBLISH_EVERY seconds;
   - then the freshness check: with the probed pages warm, one more news item is published;
     the next request of each page that does not show it says whether it is still a hit, and
     each page that shows it is polled until it does (fresh within 1 s is the target).
"""

import contextlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.live_site import free_port

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("mixed.lua")
SECONDS = int(os.environ.get("BENCH_MIXED_SECONDS", "30"))
WARM_UP_SECONDS = int(os.environ.get("BENCH_MIXED_WARMUP", "10"))
EXPONENT = float(os.environ.get("BENCH_MIXED_ZIPF", "1.2"))
PUBLISH_EVERY = 10
CONNECTIONS, THREADS = 10, 2
RENDERED = "/infrastruktur/"
# Freshness: the news item is published with the theme "infrastruktur". These pages do not show
# it and should still be hits on the next request ...
STILL_HITS = {
    "theme page without the item (/kompetensforsorjning/)": "/kompetensforsorjning/",
    "project page": "/projekt/kompetenslyft-for-industrin/",
    "accessibility statement": "/om-webbplatsen/tillganglighetsredogorelse/",
    "English home": "/en/",
}
# ... and these show it, and should show it within FRESH_WITHIN seconds (the item's own page
# and the sitemap are added: the sitemap's section that lists it is found by its address).
SHOWS_IT = {
    "home": "/",
    "news index": "/nyheter/",
    "RSS": "/nyheter/rss/",
    "theme page with the item (/infrastruktur/)": "/infrastruktur/",
}
FRESH_WITHIN, GIVE_UP_AFTER = 1.0, 10.0


@dataclass
class Visits:
    """What one wrk run of mixed.lua saw."""

    requests: int = 0
    seconds: float = 0.0
    p50: float = 0.0  # milliseconds
    p90: float = 0.0
    p99: float = 0.0
    socket_errors: int = 0
    statuses: Counter = field(default_factory=Counter)
    markers: Counter = field(default_factory=Counter)  # "edge/app" marker pairs, "-" absent
    publishes: list = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def count(self, edge: str = "", app: str = "") -> int:
        """Responses whose edge and app markers are these (empty: any)."""
        return sum(
            n
            for pair, n in self.markers.items()
            if (not edge or pair.split("/")[0] == edge) and (not app or pair.split("/")[1] == app)
        )

    @property
    def not_2xx(self) -> int:
        return sum(n for status, n in self.statuses.items() if not 200 <= status < 300)

    @property
    def server_errors(self) -> int:
        return sum(n for status, n in self.statuses.items() if status >= 500)


def visit(base: str, paths: Path, seconds: int) -> Visits:
    command = [shutil.which("wrk") or "wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s"]
    command += ["-s", str(SCRIPT), base, "--", str(paths), str(EXPONENT)]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    visits = Visits()
    for kind, value, n in re.findall(r"^count (\w+) (\S+) (\d+)$", out, re.MULTILINE):
        if kind == "status":
            visits.statuses[int(value)] += int(n)
        else:
            visits.markers[value] += int(n)
    numbers = dict(
        re.findall(r"^(requests|seconds|socket_errors|p50|p90|p99) ([\d.]+)$", out, re.M)
    )
    visits.requests, visits.socket_errors = int(numbers["requests"]), int(numbers["socket_errors"])
    visits.seconds = float(numbers["seconds"])
    visits.p50, visits.p90, visits.p99 = (float(numbers[p]) for p in ("p50", "p90", "p99"))
    return visits


@contextlib.contextmanager
def editor(env: dict, mode: list[str], log: Path):
    """The editor process (editor.py), set up: yields it (stdin and stdout are pipes)."""
    process = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "tests.benchmarks.editor", *mode],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=log.open("w"),
        text=True,
    )
    try:
        if process.stdout.readline().strip() != "ready":
            raise RuntimeError(f"the editor did not start:\n{log.read_text()}")
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)


def under_load(base: str, paths: Path, env: dict, tmp: Path) -> Visits:
    """Warm up, then visitors for SECONDS while the editor publishes every PUBLISH_EVERY s."""
    visit(base, paths, WARM_UP_SECONDS)
    with editor(env, ["every", str(PUBLISH_EVERY)], tmp / "editor.log") as process:
        visits = visit(base, paths, SECONDS)
        process.terminate()
        published = process.stdout.read()
    visits.publishes = [json.loads(line) for line in published.splitlines() if line.strip()]
    if visits.server_errors or visits.socket_errors:
        raise RuntimeError(f"{base}: server or socket errors under the mixed load: {visits}")
    return visits


def get(url: str) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - ours
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")


def marker(headers: dict, edge: bool) -> str:
    return headers.get("X-Cache" if edge else "X-Page-Cache", "-")


def sitemap_lists(base: str, path: str) -> float | None:
    """When the request of the sitemap section that lists ``path`` was sent (time.time()), or
    None if none does. The index is read first, as a crawler reads it; the sections last in
    it first (a new news item is near the end of the Swedish tree)."""
    _, _, index = get(base + "/sitemap.xml")
    for section in reversed(re.findall(r"<loc>([^<]+)</loc>", index)):
        section_path = re.sub(r"^https?://[^/]+", "", section).replace("&amp;", "&")
        asked = time.time()
        if f"{path}</loc>" in get(base + section_path)[2]:
            return asked
    return None


def shows(base: str, path: str, text: str) -> float | None:
    """When the request of ``path`` was sent, if its response contains ``text``; else None."""
    asked = time.time()
    status, _, body = get(base + path)
    return asked if status == 200 and text in body else None


def freshness(base: str, env: dict, tmp: Path, edge: bool) -> dict:
    """One publish with the probed pages warm: which pages are still hits, how soon the
    others show the item (seconds from publish() returning to sending the first request
    whose response shows it; None: not within GIVE_UP_AFTER)."""
    with editor(env, ["on-demand"], tmp / "editor-once.log") as process:
        for _ in range(2):  # stored by the first request, a hit from the second
            for path in [*STILL_HITS.values(), *SHOWS_IT.values()]:
                get(base + path)
            sitemap_lists(base, "/")
        before = {name: marker(get(base + path)[1], edge) for name, path in STILL_HITS.items()}
        process.stdin.write("infrastruktur\n")
        process.stdin.flush()
        item = json.loads(process.stdout.readline())
        still = {}
        for name, path in STILL_HITS.items():
            status, headers, _ = get(base + path)
            still[name] = (before[name], marker(headers, edge) if status == 200 else str(status))
        checks = {
            name: (lambda path=path: shows(base, path, item["title"]))
            for name, path in SHOWS_IT.items()
        }
        checks["the item itself"] = lambda: shows(base, item["path"], item["title"])
        checks["sitemap"] = lambda: sitemap_lists(base, item["path"])
        fresh = dict.fromkeys(checks)  # None until a response shows the item
        while time.time() - item["published"] < GIVE_UP_AFTER:
            waiting = [name for name, seconds in fresh.items() if seconds is None]
            if not waiting:
                break
            for name in waiting:
                asked = checks[name]()
                if asked is not None:
                    fresh[name] = max(0.0, asked - item["published"])
            time.sleep(0.02)
    return {"still": still, "fresh": fresh}


def render_time(env: dict, profile: Path) -> dict:
    """render_time.py's figures for RENDERED, the page cache off, the fragments warm."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "tests.benchmarks.render_time", RENDERED, str(profile)],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": "0"},
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"render_time failed:\n{result.stdout}\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def edge_cache():
    """tests.edge.varnish (a real varnishd with the repository's VCL), or None where it is not
    available: not on this branch, or varnishd or the xkey vmod not installed."""
    try:
        from tests.edge import varnish, varnishd_or_skip
    except ImportError:
        return None
    try:
        varnishd_or_skip()
    except BaseException:  # pytest's skip is an exception outside the BaseException tree's
        return None  # Exception branch
    return varnish


def measure(env: dict, flush, serve, tmp: Path, profile: Path) -> dict:
    """Everything above for the large scale. ``env``: the server's production environment
    (PAGE_CACHE_SECONDS on), which the editor shares; ``flush()`` empties the Redis;
    ``serve(env, log)``: a context manager that serves ``env`` with gunicorn and yields its
    base URL."""
    paths = tmp / "paths.txt"
    pages = subprocess.run(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "tests.benchmarks.site_paths", str(paths)],
        cwd=ROOT,
        env={**env, "PAGE_CACHE_SECONDS": "0"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    results = {"pages": int(pages), "exponent": EXPONENT, "seconds": SECONDS}
    print("  render time of an uncached theme page", flush=True)
    results["render"] = render_time(env, profile)
    routes = [("gunicorn", None), ("Varnish", edge_cache())]
    for route, varnish in routes:
        if route == "Varnish" and varnish is None:
            results[route] = None
            continue
        print(f"  mixed workload, {route}", flush=True)
        flush()
        with contextlib.ExitStack() as stack:
            route_env = dict(env)
            if varnish is not None:  # as `make serve-edge` runs them
                edge_port = free_port()
                route_env["FRONTEND_CACHE_PURGE_URL"] = f"http://127.0.0.1:{edge_port}"
                route_env["TRUSTED_PROXY_COUNT"] = "1"
            base = stack.enter_context(serve(route_env, tmp / f"mixed-{route}.log"))
            if varnish is not None:
                base = stack.enter_context(varnish(int(base.rsplit(":", 1)[1]), port=edge_port))
            visits = under_load(base, paths, route_env, tmp)
            print(f"  freshness after one publish, {route}", flush=True)
            results[route] = {
                "visits": visits,
                "freshness": freshness(base, route_env, tmp, edge=varnish is not None),
            }
            if varnish is not None:  # one cached page, as the per-page rows load gunicorn
                from tests.benchmarks.run import wrk

                print("  a cached page through Varnish", flush=True)
                wrk(base + CACHED_PAGE)  # warm, and fill the edge
                results[route]["cached_page"] = wrk(base + CACHED_PAGE)
    return results


CACHED_PAGE = "/infrastruktur/"


def report(results: dict, bare: float) -> list[str]:
    """The markdown of the mixed workload's section of the benchmark's report."""
    render = results["render"]
    lines = [
        f"## Mixed workload: {results['pages']:,} public pages, an editor publishing",
        "",
        f"Every public page of the sitemap (all languages), drawn with a Zipf-like skew "
        f"(weight rank^-{results['exponent']:g}: homes, sections and the latest news first, old "
        f"news last); {CONNECTIONS} connections, gzip; {WARM_UP_SECONDS} s of warm-up, then "
        f"{results['seconds']} s measured while an editor publishes a Swedish news item with a "
        f"theme every {PUBLISH_EVERY} s. Hit: X-Cache (Varnish) or X-Page-Cache (app) says hit; "
        "share: of the bare view's req/s.",
        "",
        "| route | req/s | share | hit ratio | edge hits | app hits | app misses | unmarked "
        "| p50 ms | p99 ms | publishes | non-2xx |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for route in ("gunicorn", "Varnish"):
        if results.get(route) is None:
            lines.append(f"| {route} | not measured (tests.edge or varnishd missing) |||||||||||")
            continue
        v = results[route]["visits"]
        edge_hits = v.count(edge="hit")
        app_hits = v.count(app="hit") - v.count(edge="hit", app="hit")
        app_misses = v.count(app="miss") - v.count(edge="hit", app="miss")
        counted = sum(v.markers.values())  # responses seen by mixed.lua's response()
        unmarked = counted - edge_hits - app_hits - app_misses
        non_2xx = ", ".join(f"{n} × {s}" for s, n in sorted(v.statuses.items()) if s >= 300)
        lines.append(
            f"| {route} | {v.rate:,.0f} | {v.rate / bare:.0%} | "
            f"{(edge_hits + app_hits) / counted:.1%} | {edge_hits:,} | {app_hits:,} | "
            f"{app_misses:,} | {unmarked:,} | {v.p50:.1f} | {v.p99:.1f} | {len(v.publishes)} | "
            f"{non_2xx or 0} |"
        )
    for route in ("gunicorn", "Varnish"):
        if results.get(route):
            pairs = results[route]["visits"].markers.most_common()
            shown = ", ".join(f"{pair} {n:,}" for pair, n in pairs)
            requests = results[route]["visits"].requests
            lines += [
                "",
                f"Markers (X-Cache/X-Page-Cache, - absent), {route}: {shown}; wrk counted "
                f"{requests:,} requests (the hit ratio is of the responses with markers).",
            ]
    cached = (results.get("Varnish") or {}).get("cached_page")
    if cached is not None:
        lines += [
            "",
            f"One cached page ({CACHED_PAGE}) through Varnish, as the per-page rows load "
            f"gunicorn: {cached.rate:,.0f} req/s, {cached.rate / bare:.1f}× the bare view "
            f"(p50 {cached.p50:.2f} ms, p99 {cached.p99:.2f} ms).",
        ]
    lines += [
        "",
        f"Uncached render of {render['path']} in-process (the page cache off, fragments warm, "
        f"{render['runs']} views): median {render['wall_p50']:.1f} ms "
        f"(p90 {render['wall_p90']:.1f}), of which CPU {render['cpu_p50']:.1f} ms "
        f"(p90 {render['cpu_p90']:.1f}); {render['queries']} queries. Profile: bench-profile.txt.",
        "",
        "### Freshness after one news publish (cache warm)",
        "",
        "Pages that do not show the item: the marker before the publish and on the next request "
        "after it. Pages that show it: seconds from publish() returning to the first request "
        f"whose response shows it (polled; target ≤ {FRESH_WITHIN:g} s).",
        "",
    ]
    routes = [route for route in ("gunicorn", "Varnish") if results.get(route)]
    lines += ["| page | " + " | ".join(routes) + " |", "|---|" + "---:|" * len(routes)]
    for name in STILL_HITS:
        cells = []
        for route in routes:
            before, after = results[route]["freshness"]["still"][name]
            verdict = "still a hit" if after == "hit" else f"**{after}**"
            cells.append(f"{before} → {verdict}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    for name in results[routes[0]]["freshness"]["fresh"] if routes else []:
        cells = []
        for route in routes:
            seconds = results[route]["freshness"]["fresh"][name]
            if seconds is None:
                cells.append(f"**not within {GIVE_UP_AFTER:g} s**")
            else:
                ok = "fresh" if seconds <= FRESH_WITHIN else "**late**"
                cells.append(f"{ok}, {seconds:.2f} s")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines
