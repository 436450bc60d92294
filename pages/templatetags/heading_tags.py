from django import template

from pages.anchors import unique_anchor

register = template.Library()


@register.simple_tag(takes_context=True)
def heading_anchor(context, slug: str) -> str:
    """An id for an editor's heading that no other element on the page has (pages.anchors)."""
    return unique_anchor(context.get("request"), slug)
