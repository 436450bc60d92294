"""An editor publishing news while visitors browse: the mixed workload's content changes.

    python -m tests.benchmarks.editor every 10   # a news item every 10 s until terminated
    python -m tests.benchmarks.editor on-demand  # one news item per line read on stdin

Run with the server's settings and environment (DATABASE_URL, REDIS_URL,
FRONTEND_CACHE_PURGE_URL): the cache renewal and the purges happen in this process, as they
do when an editor publishes from the admin of another instance. Each item is a Swedish news
item under the news index with a theme (one of the seeded three in turn, or the slug read on
stdin), made the way the admin makes it: ``add_child``, a revision, ``publish()``.

Prints ``ready`` once set up, then one JSON line per publish, after it returned (committed):
{"title": ..., "path": ..., "theme": ..., "published": time.time()}.
"""

import itertools
import json
import signal
import sys
import time

import django

PUBLISHER = "Publicist"  # pages.roles.PUBLISHER, named here before django.setup()

THEMES = ["infrastruktur", "industriomvandling", "kompetensforsorjning"]


def publisher():
    """A function that publishes one news item with the theme it is given, and its result."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from pages.models import NewsIndexPage, NewsPage, Person, ThemePage

    index = NewsIndexPage.objects.get(locale__language_code="sv")
    themes = {theme.slug: theme for theme in ThemePage.objects.filter(locale=index.locale)}
    owner = Person.objects.filter(locale=index.locale).order_by("pk").first()
    editor, _ = get_user_model().objects.get_or_create(
        username="bench-publicist", defaults={"is_staff": True}
    )
    editor.groups.add(Group.objects.get(name=PUBLISHER))  # may publish in the Swedish tree
    numbers = itertools.count(1)
    stamp = int(time.time())

    def publish(theme: str) -> dict:
        number = next(numbers)
        title = f"Bänknyhet {stamp}-{number}: nytt om {theme}"
        page = NewsPage(
            title=title,
            slug=f"banknyhet-{stamp}-{number}",
            intro=f"En nyhet som redaktören publicerar under mätningen, nummer {number}.",
            date=timezone.localdate(),
            locale=index.locale,
            live=False,  # as the admin's create view saves it: a draft until published
            owner=editor,
            content_owner=owner,
        )
        page.themes = [themes[theme]]
        index.refresh_from_db()  # numchild and path, as another request would see them
        index.add_child(instance=page)
        page.save_revision(user=editor).publish(user=editor)
        return {"title": title, "path": page.get_url(), "theme": theme, "published": time.time()}

    return publish


def report(result: dict):
    print(json.dumps(result), flush=True)


def every(seconds: float):
    """Publish every ``seconds``, the first after half of it, until SIGTERM (a publish under
    way is finished first)."""
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    publish = publisher()
    print("ready", flush=True)
    start = time.monotonic()
    for number, theme in enumerate(itertools.cycle(THEMES)):
        while not stopping and time.monotonic() < start + (number + 0.5) * seconds:
            time.sleep(0.05)
        if stopping:
            return
        report(publish(theme))


def on_demand():
    publish = publisher()
    print("ready", flush=True)
    for line in sys.stdin:
        report(publish(line.strip() or THEMES[0]))


if __name__ == "__main__":
    django.setup()
    if sys.argv[1] == "every":
        every(float(sys.argv[2]))
    else:
        on_demand()
