"""The translation editor's row of actions for the user's role (pages/translation_actions.py)."""

from django import template

from pages.translation_actions import editor_actions, may_sync

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_editor_actions(context, page):
    return editor_actions(context["request"], page)


@register.simple_tag(takes_context=True)
def may_sync_translation(context, page) -> bool:
    return page is not None and may_sync(context["request"].user, page)
