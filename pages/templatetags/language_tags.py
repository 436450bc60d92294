"""The language switcher and hreflang alternates: thin tags over ``pages.navigation``."""

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


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    page = context.get("page")
    navigation = navigation_for(context.get("request"))
    alternates = navigation.alternates(page if isinstance(page, Page) else None)
    return {"others": [a for a in alternates if not a.is_current]}
