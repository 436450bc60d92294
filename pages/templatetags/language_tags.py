"""The language switcher and hreflang alternates: a page's counterparts in other languages."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url

from wagtail.models import Page

from pages.templatetags.navigation_tags import home_page_for

register = template.Library()


@dataclass(frozen=True)
class Alternate:
    code: str
    name: str
    url: str  # relative, for links on the page
    full_url: str  # absolute, for hreflang
    is_current: bool
    translated: bool  # False: the URL leads to that language's home page instead


def serves_a_view_of_our_own(request) -> bool:
    """True for views like search that exist in every language (not pages, not a 404)."""
    match = getattr(request, "resolver_match", None)
    return match is not None and match.url_name not in (None, "wagtail_serve")


def alternates_for(request, page: Page | None) -> list[Alternate]:
    """Every site language with the URL of this page in it (or of its home page), one query."""
    if request is None:
        return []
    if hasattr(request, "_regionsite_alternates"):
        return request._regionsite_alternates
    if page is None and serves_a_view_of_our_own(request):
        # Not a Wagtail page (search): the same view, with the same query, in each language.
        request._regionsite_alternates = [
            Alternate(
                code,
                name,
                url,
                request.build_absolute_uri(url),
                code == request.LANGUAGE_CODE,
                translated=True,
            )
            for code, name in settings.LANGUAGES
            for url in [translate_url(request.get_full_path(), code)]
        ]
        return request._regionsite_alternates
    home = home_page_for(request)
    keys = {obj.translation_key for obj in (home, page) if obj is not None}
    found = {
        (candidate.translation_key, candidate.locale.language_code): candidate
        for candidate in Page.objects.live()
        .filter(translation_key__in=keys)
        .select_related("locale")
    }
    current = request.LANGUAGE_CODE
    alternates = []
    for code, name in settings.LANGUAGES:
        target = found.get((page.translation_key, code)) if page is not None else None
        translated = target is not None
        if target is None and home is not None:
            target = found.get((home.translation_key, code))
        url = target.get_url(request) if target else "/"
        full_url = target.get_full_url(request) if target else request.build_absolute_uri("/")
        alternates.append(Alternate(code, name, url, full_url, code == current, translated))
    request._regionsite_alternates = alternates
    return alternates


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate"> for each existing translation, and x-default (Swedish)."""
    page = context.get("page")
    if not isinstance(page, Page):
        return {"alternates": []}
    alternates = [a for a in alternates_for(context.get("request"), page) if a.translated]
    default = next((a for a in alternates if a.code == settings.LANGUAGE_CODE), None)
    return {"alternates": alternates, "default": default}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    page = context.get("page")
    alternates = alternates_for(context.get("request"), page if isinstance(page, Page) else None)
    return {"others": [a for a in alternates if not a.is_current]}
