from django import template

from pages.anchors import unique_anchor
from pages.hyphenation import hyphenate as with_soft_hyphens

register = template.Library()


@register.simple_tag(takes_context=True)
def heading_anchor(context, slug: str) -> str:
    """An id for an editor's heading that no other element on the page has (pages.anchors)."""
    return unique_anchor(context.get("request"), slug)


@register.filter(is_safe=True)
def hyphenate(text, language: str = ""):
    """Soft hyphens in the long words of a heading, a menu label or a card title, in the active
    language or ``language`` (pages.hyphenation). Text between tags only: never an attribute."""
    return with_soft_hyphens(text, language or None)
