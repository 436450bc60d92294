"""The header's tools (lättläst, other languages) and hreflang alternates: thin tags over
``pages.navigation``."""

from django import template
from django.conf import settings

from wagtail.models import Page

from pages.navigation import navigation_for

register = template.Library()


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """<link rel="alternate"> for each existing translation, and x-default (Swedish)."""
    page = context.get("page")
    if not isinstance(page, Page):
        return {"alternates": []}
    alternates = [
        a for a in navigation_for(context.get("request")).alternates(page) if a.translated
    ]
    default = next((a for a in alternates if a.code == settings.LANGUAGE_CODE), None)
    return {"alternates": alternates, "default": default}


@register.inclusion_tag("includes/site_tools.html", takes_context=True)
def site_tools(context):
    """Lättläst in the reader's language where there is such a page, and every other language
    the site has: the page in it where translated, else that language's basic information."""
    page = context.get("page")
    navigation = navigation_for(context.get("request"))
    alternates = navigation.alternates(page if isinstance(page, Page) else None)
    return {
        "easy_read": navigation.easy_read,
        "others": [a for a in alternates if not a.is_current],
        "page": page,
        "request": context.get("request"),
    }
