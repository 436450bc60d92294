"""Content translation with wagtail-localize, by the same steps a translator takes.

A translator exports a page's strings as a PO file, fills in the msgstr lines and imports the
file again; wagtail-localize then saves the translated page. ``translate_via_po`` does exactly
that, with a function in place of the translator.
"""

from collections.abc import Callable

from django.db import transaction

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail_localize.models import Translation, TranslationSource


class MissingSegmentTranslations(Exception):
    """Some source strings have no translation: the target would show the source language."""

    def __init__(self, instance, missing: list[str]):
        self.instance = instance
        self.missing = missing
        super().__init__(f"{instance}: {len(missing)} untranslated segment(s): {missing[:3]}")


@transaction.atomic
def translate_via_po(
    instance: TranslatableMixin,
    locale: Locale,
    translate: Callable[[str], str | None],
    tool_name: str = "",
):
    """Create ``instance``'s translation into ``locale``; every segment must be translated."""
    source, _ = TranslationSource.get_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing = []
    for entry in po:
        if entry.obsolete or entry.msgstr:
            continue
        entry.msgstr = translate(entry.msgid) or ""
        if not entry.msgstr:
            missing.append(entry.msgid)
    if missing:
        # Roll back the Translation record too: nothing half-done is left behind.
        raise MissingSegmentTranslations(instance, missing)
    translation.import_po(po, tool_name=tool_name)
    if isinstance(instance, Page):
        # wagtail-localize would publish when the outermost transaction commits; publishing
        # here instead makes the result the same inside a larger transaction (or a test).
        translation.save_target(publish=False)
        target = instance.get_translation(locale)
        target.get_latest_revision().publish()
        return target
    translation.save_target(publish=True)
    return instance.get_translation(locale)
