"""Exactly fresh through the real stack: a varnishd with the repository's VCL in front of
gunicorn, Redis of the test's own, PostgreSQL (or SQLite) seeded as a deploy does, and changes
made from another process, as an editor's admin or a cron job makes them.

After each change the pages that show it are fresh, at the app and at the edge, and the pages
that do not show it are still hits. A change made while Redis is paused or stopped is renewed,
at the app and at the edge, once Redis answers again, by the processes' outbox pollers (with
them off, OUTBOX_POLL_SECONDS=0, the two outage tests fail). How soon: `make bench`.
"""

import contextlib
import os
import signal
import subprocess
import time
import urllib.error
import urllib.request

import pytest
import redis

from tests.edge import varnish, varnishd_or_skip
from tests.live_site import free_port, manage, redis_server, running_instances

HOST = "localhost"  # the seeded Site's host name: what the edge is asked for


def fetch(base: str, path: str) -> tuple[int, dict, str]:
    request = urllib.request.Request(base + path, headers={"Host": HOST})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def cached_at(base: str, path: str, header: str) -> bool:
    return fetch(base, path)[1].get(header) == "hit"


def eventually(check, seconds: float = 5.0) -> bool:
    """True as soon as ``check()`` is; False if it is still not after ``seconds``. Generous:
    a render on a loaded CI machine may take most of a second; how soon is measured by
    `make bench` (tests/benchmarks/mixed.py), not here."""
    deadline = time.monotonic() + seconds
    while True:
        if check():
            return True
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)


def run(env: dict, code: str):
    manage(env, "shell", "--no-imports", "-c", code)


PUBLISH_NEWS = """
from datetime import date
from pages.models import NewsIndexPage, NewsPage, ThemePage
index = NewsIndexPage.objects.get(slug="nyheter", locale__language_code="sv")
theme = ThemePage.objects.get(slug="infrastruktur")
item = NewsPage(title={title!r}, slug={slug!r}, intro="Kort text.", date=date.today())
index.add_child(instance=item)
item.themes.set([theme])
item.save_revision().publish()
"""


@pytest.fixture(scope="module")
def stack():
    """(app URL, edge URL, environment, Redis port) of the running stack."""
    varnishd_or_skip()
    redis_port, edge_port = free_port(), free_port()
    extra = {
        "REGIONSITE_TEST_SHARED_CACHE": "1",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "PAGE_CACHE_SECONDS": "300",
        "OUTBOX_POLL_SECONDS": os.environ.get("PROBE_POLL", "0.2"),
        "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{edge_port}",
    }
    with (
        redis_server(redis_port),
        running_instances("edgefresh", count=1, workers=2, extra_env=extra) as (urls, env),
        varnish(int(urls[0].rsplit(":", 1)[1]), port=edge_port) as edge,
    ):
        yield urls[0], edge, env, redis_port


def warm(base: str, header: str, paths):
    for path in paths:
        for _ in range(3):  # each of the two workers, then a hit
            fetch(base, path)
        assert cached_at(base, path, header), f"{path} is not cached at {base}"


UNRELATED = [
    "/kompetensforsorjning/",  # a theme page the new item is not tagged with
    "/projekt/europeiska-utbyten-for-vuxnas-larande/",
    "/om-webbplatsen/tillganglighetsredogorelse/",
    "/en/",
]
SHOWING_NEWS = ["/", "/nyheter/", "/nyheter/rss/", "/sitemap-sv.xml", "/infrastruktur/"]


@pytest.mark.parametrize("layer", ["app", "edge"])
def test_one_news_item_renews_what_shows_it_and_nothing_else(stack, layer):
    app, edge, env, _ = stack
    base, header = (app, "X-Page-Cache") if layer == "app" else (edge, "X-Cache")
    warm(base, header, SHOWING_NEWS + UNRELATED)
    title = f"Ny nyhet om bredband ({layer})"
    run(env, PUBLISH_NEWS.format(title=title, slug=f"ny-nyhet-{layer}"))

    slug = f"/nyheter/ny-nyhet-{layer}/"
    for path in SHOWING_NEWS:  # the sitemap names the item by its address, the rest by title
        assert eventually(lambda path=path: title in fetch(base, path)[2].replace(slug, title))
    assert fetch(base, slug)[0] == 200
    for path in UNRELATED:
        assert cached_at(base, path, header), f"{path} was renewed by an unrelated change"


def test_a_page_made_private_leaves_the_edge_at_once(stack):
    app, edge, env, _ = stack
    path = "/nyheter/kartlaggning-visar-var-bredbandet-saknas/"
    warm(edge, "X-Cache", [path, "/nyheter/"])
    run(
        env,
        "from wagtail.models import Page, PageViewRestriction\n"
        "page = Page.objects.get(slug='kartlaggning-visar-var-bredbandet-saknas')\n"
        "PageViewRestriction.objects.create(page=page, restriction_type='password', "
        "password='hemligt')",
    )
    for base in (app, edge):
        assert eventually(lambda base=base: 'name="password"' in fetch(base, path)[2]), base
        assert eventually(
            lambda base=base: "Kartläggning visar" not in fetch(base, "/nyheter/")[2]
        ), (base, {k: v for k, v in fetch(base, "/nyheter/")[1].items() if "ache" in k})


def test_a_snippet_and_a_menu_change_reach_every_page_that_shows_them(stack):
    app, edge, env, _ = stack
    warm(edge, "X-Cache", ["/kontakt/", "/nyheter/", "/om-vart-arbete/"])
    run(
        env,
        "from wagtail.models import Page\nfrom pages.models import ThemePage\n"
        "contact = Page.objects.get(slug='kontakt', locale__language_code='sv').specific\n"
        "person = contact.contact_links.first().person\n"
        "person.name = 'Kim Kontaktsson'; person.save()\n"
        "theme = ThemePage.objects.get(slug='kompetensforsorjning')\n"
        "theme.title = 'Kompetens och utbildning'; theme.save_revision().publish()",
    )
    for base in (app, edge):
        assert eventually(lambda base=base: "Kim Kontaktsson" in fetch(base, "/kontakt/")[2])
        for path in ("/nyheter/", "/om-vart-arbete/"):  # the menu, on every page
            assert eventually(
                lambda base=base, path=path: "Kompetens och utbildning" in fetch(base, path)[2]
            ), (base, path)


@contextlib.contextmanager
def redis_paused(port: int):
    """The redis-server process stopped (SIGSTOP): connections hang, as on a stalled host."""
    pid = int(
        subprocess.run(  # noqa: S603 - our own arguments
            ["pgrep", "-f", f"redis-server 127.0.0.1:{port}"],  # noqa: S607
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()[0]
    )
    os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(pid, signal.SIGCONT)


def test_a_change_made_while_redis_is_paused_is_renewed_once_it_answers(stack):
    app, edge, env, redis_port = stack
    path = "/nyheter/"
    gone = "Gemensamma synpunkter om järnvägen"
    warm(app, "X-Page-Cache", [path])
    warm(edge, "X-Cache", [path])
    with redis_paused(redis_port):
        run(
            env,
            "from pages.models import NewsPage\n"
            "NewsPage.objects.get(slug='gemensamma-synpunkter-om-jarnvagen-i-mellansverige')"
            ".unpublish()",
        )
    answered = time.monotonic()
    assert redis.Redis(port=redis_port).ping()
    for base in (app, edge):
        assert eventually(lambda base=base: gone not in fetch(base, path)[2]), base
    assert time.monotonic() - answered < 10


def test_a_change_made_while_redis_is_stopped_is_renewed_once_it_is_back(stack):
    app, edge, env, redis_port = stack
    path = "/kalender/"
    warm(edge, "X-Cache", [path])
    client = redis.Redis(port=redis_port)
    client.shutdown(nosave=True)
    run(
        env,
        "from pages.models import EventPage\n"
        "EventPage.objects.filter(locale__language_code='sv').live().order_by('pk').first()"
        ".unpublish()",
    )
    unpublished_title = run_and_read(
        env,
        "from pages.models import EventPage\n"
        "print(EventPage.objects.filter(locale__language_code='sv').not_live()"
        ".order_by('pk').first().title)",
    )
    with redis_server(redis_port):
        assert eventually(lambda: unpublished_title not in fetch(edge, path)[2])


def run_and_read(env: dict, code: str) -> str:
    return manage(env, "shell", "--no-imports", "-c", code).stdout.decode().strip()
