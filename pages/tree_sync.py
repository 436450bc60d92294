"""The language trees stay the same shape: when a page of the source language (Swedish) moves
to another parent, each of its translations moves under that parent's translation, so the
menus and breadcrumb trails of every language match.

A translation whose new parent has no translation yet stays where it is; the translators'
report flags it (pages.translation_status: MISPLACED), as it flags a translation whose source
page was deleted (ORPHANED). Renaming keeps the translation's own title and slug: the
translator translates the new ones.
"""

import logging

from django.conf import settings

from wagtail.signals import post_page_move

logger = logging.getLogger(__name__)


def move_translations(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if instance.locale.language_code != settings.LANGUAGE_CODE:
        return  # a translation moving (this receiver's own work, or by hand) moves nothing else
    if parent_page_before.pk == parent_page_after.pk:
        return
    for translation in instance.get_translations():  # aliases too: the trees keep one shape
        new_parent = parent_page_after.get_translation_or_none(translation.locale)
        if new_parent is None:
            logger.warning(
                "Translation %s not moved: %s has no %s translation",
                translation.url_path,
                parent_page_after.url_path,
                translation.locale.language_code,
            )
            continue
        if translation.get_parent().pk != new_parent.pk:
            translation.move(new_parent, pos="last-child")
            logger.info("Translation %s moved under %s", translation.url_path, new_parent.url_path)


def connect():
    post_page_move.connect(move_translations, dispatch_uid="move-translations")
