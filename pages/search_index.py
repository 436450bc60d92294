"""The site search's own index: a search backend that keeps one SearchDocument per page.

Registered as the ``pages`` backend in WAGTAILSEARCH_BACKENDS, so Wagtail feeds it whatever it
feeds the default one: a page on publish, edit, move or delete, and every page on
``manage.py update_index``. The default backend (pages/search_backend.py) stays for the admin.

Per page it stores the plain text, what a hit shows (type, date, themes) and, on PostgreSQL, a
weighted tsvector in the page's language (title A, the rest D) that a GIN index serves, and the
words of the text for "Menade du …?" (pages/search_query.py).

Its writes are in bulk, which sends no model signals, so each one renews the two tables itself
(regionsite.caching.renewal): the kept search answers (pages/search_cache.py) read them.
"""

import re

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.utils import timezone

from modelsearch import index
from modelsearch.backends.base import BaseIndex, BaseSearchBackend
from wagtail import blocks
from wagtail.blocks import StreamValue
from wagtail.models import Locale, Page

from pages.models.search_document import SearchDocument, SearchKind, SearchWord
from pages.search_backend import config_for_language
from regionsite.caching.renewal import model_keys, renew

WORD = re.compile(r"[^\W\d_]{3,40}")  # letters only: no numbers, no fragments of two
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # the snippet's markers among them


def kind_of(page) -> str:
    from pages.models import EventPage, NewsPage, ProjectPage, ThemePage

    kinds = {
        NewsPage: SearchKind.NEWS,
        EventPage: SearchKind.EVENT,
        ProjectPage: SearchKind.PROJECT,
        ThemePage: SearchKind.THEME,
    }
    return next((kind for model, kind in kinds.items() if isinstance(page, model)), "sida")


def date_of(page):
    if getattr(page, "date", None):  # a news item
        return page.date
    if getattr(page, "start", None):  # an event, on its day in Swedish time
        return timezone.localtime(page.start).date()
    return getattr(page, "start_date", None)  # a project, else none


def theme_keys_of(page, theme_paths: dict[str, str]) -> list[str]:
    """The page's themes: those it is tagged with, and the theme it is or lies under."""
    keys = {str(key) for path, key in theme_paths.items() if page.path.startswith(path)}
    if hasattr(page, "themes"):
        keys.update(str(theme.translation_key) for theme in page.themes.all())
    return sorted(keys)


def clean(text: str) -> str:
    return " ".join(UNPRINTABLE.sub(" ", text).split())


def block_text(block, value) -> list[str]:
    """The words a block shows, without its settings (a heading's level, a choice's label):
    the snippet quotes this text, so it must read as the page reads."""
    if value is None or isinstance(block, blocks.ChoiceBlock):
        return []
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child in block.child_blocks.items()
            for text in block_text(child, value.get(name))
        ]
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in block_text(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in block_text(block.child_block, item)]
    return [str(text) for text in block.get_searchable_content(value)]


def page_text(page) -> str:
    """The page's searchable text after its title: each SearchField's words, in order."""
    texts = []
    for field in page.get_search_fields():
        if not isinstance(field, index.SearchField) or field.field_name == "title":
            continue
        value = getattr(page, field.field_name, None)  # the raw value: a stream, not its words
        if isinstance(value, StreamValue):
            texts += block_text(value.stream_block, value)
        elif value:
            texts.append(str(value))
    return clean(" ".join(texts))


class SearchDocumentIndex(BaseIndex):
    def add_items(self, model, objs):
        # Every page type comes on its own; Page itself would index each page a second time,
        # and images and documents are not what the site search finds.
        if not issubclass(model, Page) or model is Page or not objs:
            return
        from django.db.models import prefetch_related_objects

        from pages.models import ThemePage

        pages = [page for page in objs if page.depth > 1]
        if hasattr(model, "themes"):
            prefetch_related_objects(pages, "themes")
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        theme_paths = dict(ThemePage.objects.values_list("path", "translation_key"))
        documents = []
        for page in pages:
            keys = theme_keys_of(page, theme_paths)
            documents.append(
                SearchDocument(
                    page_id=page.pk,
                    language=languages.get(page.locale_id, "sv").split("-")[0],
                    kind=kind_of(page),
                    date=date_of(page),
                    themes=f"|{'|'.join(keys)}|" if keys else "",
                    title=clean(page.title),
                    text=page_text(page),
                )
            )
        with transaction.atomic():
            SearchDocument.objects.bulk_create(
                documents,
                update_conflicts=True,
                unique_fields=["page"],
                update_fields=["language", "kind", "date", "themes", "title", "text"],
            )
            for language in {document.language for document in documents}:
                ids = [d.page_id for d in documents if d.language == language]
                if connection.vendor == "postgresql":
                    config = config_for_language(language)
                    SearchDocument.objects.filter(pk__in=ids).update(
                        vector=SearchVector("title", weight="A", config=config)
                        + SearchVector("text", weight="D", config=config)
                    )
                words = {
                    word.lower()
                    for document in documents
                    if document.language == language
                    for word in WORD.findall(f"{document.title} {document.text}")
                }
                SearchWord.objects.bulk_create(
                    [SearchWord(language=language, word=word) for word in sorted(words)],
                    ignore_conflicts=True,
                    batch_size=1000,
                )
            renew_search_tables()

    def delete_item(self, item):
        SearchDocument.objects.filter(page_id=item.pk).delete()
        renew_search_tables()

    def reset(self):
        SearchDocument.objects.all().delete()
        SearchWord.objects.all().delete()
        renew_search_tables()


def renew_search_tables():
    renew(model_keys(SearchDocument) | model_keys(SearchWord))


class SearchDocumentRebuilder:
    """``update_index``: start from nothing, then every page type adds its pages."""

    def __init__(self, index):
        self.index = index

    def start(self):
        self.index.reset()
        return self.index

    def finish(self):
        pass


class SearchBackend(BaseSearchBackend):
    index_class = SearchDocumentIndex
    rebuilder_class = SearchDocumentRebuilder
