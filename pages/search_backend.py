"""A search backend that indexes and queries each page in its own language.

Wagtail's database search (modelsearch) takes one PostgreSQL text-search configuration per
backend, and two backends would share, and overwrite, one index table. So one backend picks
the configuration per object when indexing (Swedish pages with `swedish`, English with
`english`), and per request when searching (the active language's). On other databases the
stock backend is used (SQLite's FTS5 has no stemming).
"""

import copy
from collections import defaultdict

from django.db import connection
from django.utils import translation

from modelsearch.backends.database import SearchBackend as StockSearchBackend
from modelsearch.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

TEXT_SEARCH_CONFIGS = {"sv": "swedish", "en": "english", "fi": "finnish"}
DEFAULT_CONFIG = TEXT_SEARCH_CONFIGS["sv"]


def config_for_language(language_code: str | None) -> str:
    return TEXT_SEARCH_CONFIGS.get((language_code or "").split("-")[0], DEFAULT_CONFIG)


def config_for_object(obj, languages_by_locale: dict[int, str]) -> str:
    locale_id = getattr(obj, "locale_id", None)
    return config_for_language(languages_by_locale.get(locale_id))


class LocalisedPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        from wagtail.models import Locale

        languages = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            groups[config_for_object(obj, languages)].append(obj)
        for config, group in groups.items():
            # A view of this index whose backend carries the group's configuration: the
            # stock indexer reads it from there. Copies, so concurrent requests are unaffected.
            view = copy.copy(self)
            view.backend = copy.copy(self.backend)
            view.backend.config = config
            super(LocalisedPostgresIndex, view).add_items(model, group)


class LocalisedQueryCompiler(PostgresSearchQueryCompiler):
    def get_config(self, backend):
        return config_for_language(translation.get_language())


class LocalisedPostgresSearchBackend(PostgresSearchBackend):
    index_class = LocalisedPostgresIndex
    query_compiler_class = LocalisedQueryCompiler


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor == "postgresql":
        return LocalisedPostgresSearchBackend(params)
    return StockSearchBackend(params)
