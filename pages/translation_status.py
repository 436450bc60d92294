"""Which pages translators still have to work on: missing or outdated translations."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationSource

MISSING = "missing"
OUTDATED = "outdated"
STATUS_LABELS = {
    MISSING: _("Översättning saknas"),
    OUTDATED: _("Källtexten har ändrats sedan översättningen synkades"),
}


@dataclass(frozen=True)
class PendingTranslation:
    page: Page
    status: str
    translation: Page | None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def pending_translations(source: Locale, target: Locale) -> list[PendingTranslation]:
    """Live pages in ``source`` whose ``target`` version is missing or older than the source.

    A translation is outdated when the source page was published after wagtail-localize last
    read it (the translator then chooses "Sync translated pages"). Three queries in all.
    """
    pages = list(Page.objects.live().filter(locale=source, depth__gt=1).order_by("path"))
    keys = [page.translation_key for page in pages]
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(locale=target, translation_key__in=keys)
    }
    last_read = dict(
        TranslationSource.objects.filter(locale=source, object_id__in=keys).values_list(
            "object_id", "last_updated_at"
        )
    )
    pending = []
    for page in pages:
        translation = translations.get(page.translation_key)
        if translation is None:
            pending.append(PendingTranslation(page, MISSING, None))
            continue
        read_at = last_read.get(page.translation_key)
        if read_at is not None and page.last_published_at and page.last_published_at > read_at:
            pending.append(PendingTranslation(page, OUTDATED, translation))
    return pending
