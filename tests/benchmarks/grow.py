"""Grow the seeded tree by thousands of news items in seconds, for the scale checks.

Wagtail's ``add_child`` saves one page at a time (a few milliseconds each, with revisions and
signals); ten thousand would take minutes. Here the tree rows are written in bulk with the
paths treebeard would give them, then the search index is brought up to date, so the pages
are found, listed, counted and searched like pages made in the admin.

    DATABASE_URL=... DJANGO_SETTINGS_MODULE=... python -m tests.benchmarks.grow 10000
"""

import datetime
import sys
import uuid

from django.db import transaction
from django.utils import timezone

TOPICS = [
    ("Bredband", "Utbyggnaden av bredband i glesbygd går vidare."),
    ("Järnväg", "Ostkustbanan och godsstråken diskuteras med EU."),
    ("Kompetens", "Nya utbildningar för livslångt lärande i länet."),
    ("Industri", "Industrins omställning får stöd från EU-program."),
    ("Bryssel", "Central Sweden bevakar frågorna i Bryssel."),
]


def add_news(count: int, language_code: str = "sv") -> int:
    """Add ``count`` live news items under the news index of ``language_code``; return how
    many news items the index has now."""
    from django.contrib.contenttypes.models import ContentType

    from wagtail.models import Page

    from pages.models import NewsIndexPage, NewsPage

    index = NewsIndexPage.objects.get(locale__language_code=language_code)
    content_type = ContentType.objects.get_for_model(NewsPage)
    now = timezone.now()
    first_step = index.numchild + 1
    bases, news = [], []
    for number in range(count):
        topic, sentence = TOPICS[number % len(TOPICS)]
        title = f"{topic}: nyhet nummer {number + 1}"
        slug = f"genererad-nyhet-{number + 1}"
        base = Page(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            locale_id=index.locale_id,
            translation_key=uuid.uuid4(),
            path=Page._get_path(index.path, index.depth + 1, first_step + number),
            depth=index.depth + 1,
            numchild=0,
            url_path=f"{index.url_path}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
        )
        bases.append(base)
        news.append(
            {
                "intro": f"{sentence} Det här är nyhet nummer {number + 1}.",
                "date": datetime.date(2026, 1, 1) - datetime.timedelta(days=number % 3650),
            }
        )
    with transaction.atomic():
        created = Page.objects.bulk_create(bases, batch_size=1000)
        rows = []
        for page, fields in zip(created, news, strict=True):
            row = NewsPage(page_ptr_id=page.pk, body=[], **fields)
            row.__dict__.update({f.attname: getattr(page, f.attname) for f in Page._meta.fields})
            rows.append(row)
        # Django's bulk_create refuses multi-table children; write their own table directly.
        NewsPage.objects._insert(rows, fields=NewsPage._meta.local_concrete_fields, raw=False)
        Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    return NewsPage.objects.child_of(index).count()


def update_search_index():
    from django.core.management import call_command

    call_command("update_index", verbosity=0)


if __name__ == "__main__":
    import django

    django.setup()
    total = add_news(int(sys.argv[1]))
    update_search_index()
    print(f"{total} news items under the news index")
