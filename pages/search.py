"""The site search (/sok/, /en/search/): full text over every page type in the current language,
with editors' promoted results first."""

import logging

from django.db import DatabaseError, InterfaceError, OperationalError
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from pages.listing import paginate
from pages.navigation import navigation_for
from pages.visibility import visible

logger = logging.getLogger(__name__)
MAX_QUERY_LENGTH = 200  # longer input is cut, never refused: a search box must not fail


def clean_query(raw: str) -> str:
    """Printable text only, whitespace collapsed, at most MAX_QUERY_LENGTH characters.
    Double quotes go too: an unbalanced one is a syntax error to SQLite's full-text search."""
    printable = "".join(ch if ch.isprintable() and ch != '"' else " " for ch in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


@require_safe
@never_cache  # per visitor's words: no shared cache keeps it (regionsite/caching/ reads this)
def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = navigation_for(request).locale
    results_page, promoted = None, []
    if query:
        pages = visible(Page.objects, request).filter(locale=locale, depth__gt=1).specific()
        results = pages.search(query, operator="and")
        try:
            results_page = paginate(request, results, per_page=10)
            results_page.object_list = list(results_page.object_list)
        except (OperationalError, InterfaceError):
            raise  # the database is unavailable: the 503 page (DatabaseUnavailableMiddleware)
        except DatabaseError as error:
            # A query the search engine cannot parse is a miss, not a server error. Neither the
            # words nor the database's message (which quotes them) go to the log.
            logger.warning("Search query failed: %s", type(error).__name__)
            results_page = paginate(request, [], per_page=10)
        # Editors' promoted results for this query, if any. Looked up, never created or
        # counted: visitors' search terms are not recorded (see the privacy page).
        promoted_query = Query.objects.filter(query_string=normalise_query_string(query)).first()
        picks = list(promoted_query.editors_picks.select_related("page")) if promoted_query else []
        # Editors' picks obey the same rules as results: this language, live, not private.
        shown = set(
            visible(Page.objects.filter(pk__in=[pick.page_id for pick in picks]), request)
            .filter(locale=locale)
            .values_list("pk", flat=True)
        )
        promoted = [pick for pick in picks if pick.page_id in shown]
    return render(
        request,
        "pages/search.html",
        {
            "search_query": query,
            "results_page": results_page,
            "promoted": promoted,
        },
    )
