"""The site search (/sok/, /en/search/, /fi/haku/): full text over every page in the current
language, with editors' promoted results first; narrowed by type and theme, sorted by
relevance or date, all in plain GET parameters (``q``, ``typ``, ``tema``, ``sortera``,
``sida``), so every result list has its own address and works without JavaScript.

The hits come from pages/search_query.py; a filter value that is not one of the choices is a
400 with the form's errors, like the listing filters (pages/filters.py)."""

import logging

from django import forms
from django.db import DatabaseError, InterfaceError, OperationalError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from pages import search_cache, search_query
from pages.listing import paginate
from pages.models.search_document import SearchKind
from pages.navigation import navigation_for
from pages.visibility import visible

logger = logging.getLogger(__name__)
MAX_QUERY_LENGTH = 200  # longer input is cut, never refused: a search box must not fail
MAX_CHOSEN = 20  # more values of one facet than there are choices is not a person
PER_PAGE = 10
RELEVANCE, DATE = "relevans", "datum"


def clean_query(raw: str) -> str:
    """Printable text only, whitespace collapsed, at most MAX_QUERY_LENGTH characters.
    Double quotes go too: an unbalanced one is a syntax error to SQLite's full-text search."""
    printable = "".join(ch if ch.isprintable() and ch != '"' else " " for ch in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH]


class ThemeChoiceField(forms.ModelMultipleChoiceField):
    """Theme pages by id; anything but a plausible id is refused before the database sees
    it (a 40-digit number would overflow SQLite's integers)."""

    def clean(self, value):
        values = [] if value in self.empty_values else value
        if len(values) > MAX_CHOSEN or not all(
            str(v).isdigit() and len(str(v)) < 16 for v in values
        ):
            raise forms.ValidationError(self.error_messages["invalid_choice"] % {"value": ""})
        return super().clean(value)


class SearchForm(forms.Form):
    typ = forms.MultipleChoiceField(choices=SearchKind.choices, required=False, label=_("Typ"))
    tema = ThemeChoiceField(queryset=None, required=False, label=_("Tema"))
    sortera = forms.ChoiceField(
        choices=[(RELEVANCE, _("Relevans")), (DATE, _("Datum"))],
        required=False,
        label=_("Sortera efter"),
    )

    def __init__(self, data, *, themes):
        super().__init__(data)
        self.fields["tema"].queryset = themes

    def clean_typ(self):
        if len(self.cleaned_data["typ"]) > MAX_CHOSEN:
            raise forms.ValidationError(_("För många val."))
        return self.cleaned_data["typ"]


@require_safe
@never_cache  # no shared HTTP cache keeps it; pages/search_cache.py keeps answers sealed
def search(request):
    return search_cache.kept_or_computed(request, lambda: answer(request))


def answer(request):
    from pages.models import NewsPage

    query = clean_query(request.GET.get("q", ""))
    locale = navigation_for(request).locale
    language = locale.language_code.split("-")[0]
    theme_choices = NewsPage.theme_choices(locale.pk, request)
    form = SearchForm(request.GET, themes=theme_choices)
    context = {"search_query": query, "form": form, "sort": RELEVANCE}
    status = 200
    if not form.is_valid():
        status = 400
        # Each error leads to the search box: the filters are not shown until it is valid.
        context["form_errors"] = [
            ("search-page-input", f"{form.fields[name].label}: {error}")
            for name, errors in form.errors.items()
            for error in errors
        ]
    elif query:
        context["sort"] = form.cleaned_data["sortera"] or RELEVANCE
        context.update(results_for(request, query, locale, language, form, theme_choices))
    response = render(request, "pages/search.html", context, status=status)
    results_page = context.get("results_page")
    response.hits = results_page.paginator.count if results_page else 0
    return response


def results_for(request, query, locale, language, form, theme_choices) -> dict:
    kinds, themes = form.cleaned_data["typ"], list(form.cleaned_data["tema"])
    try:
        outcome = search_query.search(
            query=query,
            locale=locale,
            kinds=kinds,
            themes=themes,
            theme_choices=list(theme_choices),
            by_date=form.cleaned_data["sortera"] == DATE,
        )
        results_page = paginate(request, outcome.results, per_page=PER_PAGE)
        suggestion = None
        if results_page.paginator.count < search_query.FEW_HITS and not (kinds or themes):
            suggestion = search_query.suggestion(query, language, locale)
    except (OperationalError, InterfaceError):
        raise  # the database is unavailable: the 503 page (DatabaseUnavailableMiddleware)
    except DatabaseError as error:
        # A query the database cannot run is a miss, not a server error. Neither the words
        # nor the database's message (which quotes them) go to the log.
        logger.warning("Search query failed: %s", type(error).__name__)
        outcome, suggestion = None, None
        results_page = paginate(request, [], per_page=PER_PAGE)
    return {
        "results_page": results_page,
        "kind_facets": outcome.kinds if outcome else [],
        "theme_facets": outcome.themes if outcome else [],
        "narrowed": bool(kinds or themes),
        "suggestion": suggestion,
        "promoted": promoted_for(request, query, locale),
    }


def promoted_for(request, query, locale) -> list:
    """Editors' promoted results for this query, if any. Looked up, never created or counted:
    visitors' search terms are not recorded (see the privacy page). They obey the same rules
    as results: this language, live, not private."""
    promoted_query = Query.objects.filter(query_string=normalise_query_string(query)).first()
    picks = list(promoted_query.editors_picks.select_related("page")) if promoted_query else []
    if not picks:
        return []
    shown = set(
        visible(Page.objects.filter(pk__in=[pick.page_id for pick in picks]), request)
        .filter(locale=locale)
        .values_list("pk", flat=True)
    )
    return [pick for pick in picks if pick.page_id in shown]
