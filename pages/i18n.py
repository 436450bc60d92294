"""Showing content in the reader's language: objects swapped for their translations in bulk."""

from django.db.models import Model

from wagtail.models import Page

from pages.visibility import visible
from regionsite.caching.keys import precise, translations_key


def localized_in_bulk(objects: list[Model], locale_id: int, request=None) -> list[Model]:
    """Each object in the given locale where it is translated, else itself: one query at most.

    Pages must be live and public in the target language to be swapped in; snippets need
    only exist.
    """
    foreign = [obj for obj in objects if obj.locale_id != locale_id]
    if not foreign:
        return list(objects)
    model = Page if isinstance(foreign[0], Page) else type(foreign[0])
    queryset = model.objects.filter(
        translation_key__in=[obj.translation_key for obj in foreign], locale_id=locale_id
    )
    if model is Page:
        queryset = visible(queryset, request)
    keys = {translations_key(obj.translation_key) for obj in foreign}
    with precise(*keys):  # a translation published later renews these keys
        translations = {obj.translation_key: obj for obj in queryset}
    return [translations.get(obj.translation_key, obj) for obj in objects]
