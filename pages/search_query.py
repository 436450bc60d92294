"""Reading the site search's documents (pages/models/search_document.py): the hits for a
query in one language, their counts by type and theme, a snippet with the query's words
marked, and "Menade du …?".

PostgreSQL: the stored tsvector (GIN index) matched with ``plainto_tsquery`` (every word, any
input is valid), ranked with ``ts_rank``, the snippet by ``ts_headline`` in the language's
configuration, the suggestion by pg_trgm similarity among the language's words. SQLite (the
development server): every word as a substring, title hits first, the snippet marked in Python,
the suggestion by difflib: slower and without stemming, but the same page.
"""

import difflib
import re
from dataclasses import dataclass, field

from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    TrigramSimilarity,
)
from django.db import connection
from django.db.models import BooleanField, Case, Count, F, FloatField, Func, Q, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from pages.models.search_document import SearchDocument, SearchKind, SearchWord
from pages.search_backend import config_for_language
from pages.search_index import WORD
from pages.visibility import visible_through

MARK_START, MARK_END = "\x02", "\x03"  # never in a document's text (pages/search_index.py)
HEADLINE_OPTIONS = {"max_fragments": 2, "max_words": 24, "min_words": 12}
SNIPPET_WORDS = 30  # the Python snippet's length, as ts_headline's
FEW_HITS = 3  # fewer hits than this, and a better spelling is looked for
MIN_SIMILARITY = 0.35


class TrigramMatch(Func):
    """pg_trgm's ``word % 'query'``: similar enough, found through the trigram index
    (django.contrib.postgres, which registers it as a lookup, is not an installed app)."""

    arg_joiner = " %% "
    template = "%(expressions)s"
    output_field = BooleanField()


@dataclass
class Facet:
    value: str  # the GET value: a kind, or a theme page's id
    label: str
    count: int
    selected: bool


@dataclass
class SearchOutcome:
    results: "CountedResults"
    kinds: list[Facet] = field(default_factory=list)
    themes: list[Facet] = field(default_factory=list)


class CountedResults:
    """A sliceable list of hits whose count is already known (from the facets' query), so
    ``paginate`` asks the database only for the page it shows."""

    def __init__(self, queryset, count: int, decorate):
        self.queryset, self.total, self.decorate = queryset, count, decorate

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        return self.decorate(list(self.queryset[window]))


def postgresql() -> bool:
    return connection.vendor == "postgresql"


def words_of(query: str) -> list[str]:
    return [word for word in re.split(r"\W+", query.lower()) if word][:10]


def matching(query: str, language: str):
    """Documents of ``language`` that contain every word of ``query``, with a ``rank``."""
    documents = SearchDocument.objects.filter(language=language)
    if postgresql():
        tsquery = SearchQuery(query, config=config_for_language(language), search_type="plain")
        return documents.filter(vector=tsquery).annotate(rank=SearchRank(F("vector"), tsquery))
    words = words_of(query)
    if not words:  # only punctuation: nothing to look for
        return documents.none().annotate(rank=Value(0.0, output_field=FloatField()))
    for word in words:
        documents = documents.filter(Q(title__icontains=word) | Q(text__icontains=word))
    return documents.annotate(
        rank=Case(
            When(title__icontains=words[0], then=Value(1.0)),
            default=Value(0.5),
            output_field=FloatField(),
        )
    )


def visible_hits(documents, locale):
    """The documents of pages visitors may see in ``locale`` (live, outside private sections)."""
    return visible_through(documents.filter(page__locale_id=locale.pk, page__depth__gt=1), "page")


def search(*, query, locale, kinds, themes, theme_choices, by_date) -> SearchOutcome:
    """The hits for ``query`` among the pages visitors may see in ``locale``, narrowed to
    ``kinds`` and ``themes`` (theme pages of this language), newest or most relevant first."""
    language = locale.language_code.split("-")[0]
    hits = visible_hits(matching(query, language), locale)

    # Counts in one query. Each facet counts under the other facet's choice, not its own, so
    # a visitor sees what ticking one more box adds.
    kind_q = Q(kind__in=kinds) if kinds else Q()
    theme_q = Q()
    for theme in themes:
        theme_q |= Q(themes__contains=f"|{theme.translation_key}|")

    def counted(*conditions):
        condition = Q()
        for c in conditions:
            condition &= c
        return Count("pk", filter=condition) if condition else Count("pk")

    aggregates = {"total": counted(kind_q, theme_q)}
    for kind in SearchKind:
        aggregates[f"kind:{kind.value}"] = counted(Q(kind=kind.value), theme_q)
    for theme in theme_choices:
        aggregates[f"theme:{theme.pk}"] = counted(
            Q(themes__contains=f"|{theme.translation_key}|"), kind_q
        )
    counts = hits.aggregate(**aggregates)

    narrowed = hits.filter(kind_q & theme_q) if (kinds or themes) else hits
    order = ["-rank", F("date").desc(nulls_last=True), "pk"]
    if by_date:
        order = [F("date").desc(nulls_last=True), "-rank", "pk"]
    narrowed = narrowed.select_related("page").order_by(*order)
    if postgresql():
        # The snippet comes from the database: the page of hits need not carry the text, and
        # never the vector (ts_headline runs after the LIMIT, on the ten shown).
        narrowed = narrowed.defer("vector", "text", "themes").annotate(
            snippet=SearchHeadline(
                "text",
                SearchQuery(query, config=config_for_language(language), search_type="plain"),
                config=config_for_language(language),
                start_sel=MARK_START,
                stop_sel=MARK_END,
                fragment_delimiter=" … ",
                **HEADLINE_OPTIONS,
            )
        )

    def decorate(documents):
        for document in documents:
            raw = getattr(document, "snippet", None)
            document.snippet_html = (
                marked(raw) if raw is not None else python_snippet(document.text, query)
            )
        return documents

    chosen_kinds, chosen_themes = set(kinds), {theme.pk for theme in themes}
    return SearchOutcome(
        results=CountedResults(narrowed, counts["total"], decorate),
        kinds=[
            Facet(kind.value, kind.label, counts[f"kind:{kind.value}"], kind in chosen_kinds)
            for kind in SearchKind
            if counts[f"kind:{kind.value}"] or kind in chosen_kinds
        ],
        themes=[
            Facet(
                str(theme.pk), theme.title, counts[f"theme:{theme.pk}"], theme.pk in chosen_themes
            )
            for theme in theme_choices
            if counts[f"theme:{theme.pk}"] or theme.pk in chosen_themes
        ],
    )


def marked(headline: str) -> SafeString:
    """ts_headline's text escaped, then its markers turned into <mark>: nothing of the page's
    text or the query reaches the HTML unescaped."""
    html = escape(headline).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    return mark_safe(html)  # noqa: S308 - escaped above; only our own tags added


def python_snippet(text: str, query: str) -> SafeString:
    """The words around the first hit, the query's words marked (SQLite)."""
    words = text.split()
    wanted = words_of(query)
    first = next((i for i, word in enumerate(words) if any(w in word.lower() for w in wanted)), 0)
    start = max(0, first - SNIPPET_WORDS // 3)
    chosen = words[start : start + SNIPPET_WORDS]
    if not chosen:
        return mark_safe("")  # noqa: S308 - empty
    pattern = re.compile("|".join(re.escape(w) for w in wanted), re.IGNORECASE) if wanted else None
    parts = []
    for word in chosen:
        if pattern and pattern.search(word):
            parts.append(f"<mark>{escape(word)}</mark>")
        else:
            parts.append(escape(word))
    ellipsis_before = "… " if start else ""
    ellipsis_after = " …" if start + SNIPPET_WORDS < len(words) else ""
    return mark_safe(ellipsis_before + " ".join(parts) + ellipsis_after)  # noqa: S308 - escaped


def suggestion(query: str, language: str, locale) -> str | None:
    """A better spelling of ``query``: each word not in the language's vocabulary replaced by
    the most similar word that is, offered only if it finds more than the query did."""
    words = words_of(query)
    if not words or len(words) > 5:
        return None
    known = set(
        SearchWord.objects.filter(language=language, word__in=words).values_list("word", flat=True)
    )
    replaced = [word if word in known else nearest(word, language) for word in words]
    if None in replaced or replaced == words:
        return None
    proposal = " ".join(replaced)
    if not visible_hits(matching(proposal, language), locale).exists():
        return None  # a word left behind by content that has changed since
    return proposal


def nearest(word: str, language: str) -> str | None:
    if len(word) < 3 or not WORD.fullmatch(word):
        return None
    words = SearchWord.objects.filter(language=language)
    if postgresql():
        best = (
            words.filter(TrigramMatch(F("word"), Value(word)))
            .annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=MIN_SIMILARITY)
            .order_by("-similarity", "word")
            .values_list("word", flat=True)
            .first()
        )
        return best
    close = difflib.get_close_matches(word, words.values_list("word", flat=True), n=1, cutoff=0.7)
    return close[0] if close else None
