"""Nothing untranslated is public (issue 13).

wagtail-localize fills a translation's missing segments with the source text whenever it
saves one (``fallback=True`` in ``Translation.save_target``), and publishes on several paths:
the translation editor's Publish, "Sync translated pages" with publishing, and a new
translation of a live page (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE, off in settings).
Locale synchronisation makes live aliases of source pages in the other trees. Rather than
chase each path, SitePage asks this module at the three places every path goes through:

- ``can_publish`` (the permission tester): no Publish button, and the edit view, the
  translation editor and workflow approval refuse a publish by a user;
- ``publish``: a publish without a user (wagtail-localize's on-commit publish) is refused;
- ``save``: a full save of a live translation that is incomplete (wagtail-localize writing
  fallback text into the live page) is refused, and an alias of a page in another language
  is never live.

A page that wagtail-localize does not manage (no Translation record) is not held back.
"""

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page
from wagtail_localize.models import Translation

from regionsite.caching.fragments import locales


def untranslated_segments(page: Page) -> int:
    """How many of ``page``'s text segments are not yet translated (0 for a source page).

    Asked for each page an admin listing shows, so the source locale comes from the fragment
    cache: a Swedish page costs no query.
    """
    source = locales().get(settings.LANGUAGE_CODE)
    if page.pk is None or source is None or page.locale_id == source.pk:
        return 0
    translation = Translation.objects.filter(
        source__object_id=page.translation_key,
        source__locale_id=source.pk,
        target_locale_id=page.locale_id,
        enabled=True,
    ).first()
    if translation is None:
        return 0
    total, translated = translation.get_progress()
    return total - translated


class IncompleteTranslation(ValidationError):
    """Raised when an incomplete translation would be published or overwritten while live."""

    def __init__(self, missing: int):
        message = ValidationError(
            _(
                "Översättningen är inte klar: %(missing)s textavsnitt är inte översatta. "
                "Den kan publiceras när allt är översatt."
            ),
            code="incomplete_translation",
            params={"missing": missing},
        )
        # A whole-page error, as a dict: wagtail-localize reads ``error_dict`` of what it catches.
        super().__init__({NON_FIELD_ERRORS: [message]})
        self.missing = missing


def is_foreign_alias(page: Page) -> bool:
    """An alias of a page in another language (locale synchronisation makes them)."""
    if not page.alias_of_id:
        return False
    source_locale = Page.objects.filter(pk=page.alias_of_id).values_list("locale_id", flat=True)
    return source_locale.first() not in (None, page.locale_id)
