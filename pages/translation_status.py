"""What translators still have to do, per language: the pages report and the interface strings.

A page's translation is *missing* (none exists), *incomplete* (text segments untranslated,
counted), *outdated* (the source's translatable content changed after wagtail-localize last
read it: the translator syncs; a publication that changed only fields that are not translated,
such as the content owner or the review date, outdates nothing), *ready* (complete, but not
published yet: for the Publicist), or
*misplaced* (under another parent than its source's: pages.tree_sync could not move it).
A translation whose source page was deleted is *orphaned*. Anything else is done.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import polib

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, get_page_models
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import (
    OverridableSegment,
    RelatedObjectSegment,
    StringSegment,
    StringTranslation,
    Translation,
)
from wagtail_localize.segments import (
    OverridableSegmentValue,
    RelatedObjectSegmentValue,
    StringSegmentValue,
)
from wagtail_localize.segments.extract import extract_segments

MISSING = "missing"
INCOMPLETE = "incomplete"
OUTDATED = "outdated"
READY = "ready"
MISPLACED = "misplaced"
ORPHANED = "orphaned"
STATUS_LABELS = {
    MISSING: _("Översättning saknas"),
    INCOMPLETE: _("Inte färdigöversatt"),
    OUTDATED: _("Källtexten har ändrats sedan översättningen synkades"),
    READY: _("Färdigöversatt, inte publicerad"),
    MISPLACED: _("Ligger på en annan plats i sidträdet än den svenska sidan"),
    ORPHANED: _("Den svenska sidan är borttagen"),
}


@dataclass(frozen=True)
class PendingTranslation:
    page: Page  # the source page
    status: str
    translation: Page | None = None  # the page in the target language, where it exists
    record: Translation | None = None  # wagtail-localize's record: the editor and the PO file
    untranslated: int = 0  # segments
    source_changed_at: datetime | None = None  # for OUTDATED: the source's last publication
    owner: object = None  # the source page's content owner (a Person), for questions

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]


def pending_translations(source: Locale, target: Locale) -> list[PendingTranslation]:
    """Every live ``source`` page whose ``target`` translation is not done, in tree order,
    then the ``target`` pages whose source is gone. A query per page type and six more,
    whatever the number of pages.

    A language with basic information only (settings.BASIC_INFORMATION_LANGUAGES) is not
    expected to have every page: only the translations begun in it are listed."""
    mirrors_source = target.language_code not in settings.BASIC_INFORMATION_LANGUAGES
    pages = list(Page.objects.live().filter(locale=source, depth__gt=1).order_by("path"))
    keys = [page.translation_key for page in pages]
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(locale=target, translation_key__in=keys)
    }
    records = {
        record.source.object_id: record
        for record in Translation.objects.filter(
            source__locale=source, source__object_id__in=keys, target_locale=target, enabled=True
        ).select_related("source")
    }
    untranslated = untranslated_by_source([r.source_id for r in records.values()], target)
    parent_keys = parent_translation_keys([*pages, *translations.values()])
    owners = content_owners([page.pk for page in pages])

    pending = []
    for page in pages:
        translation = translations.get(page.translation_key)
        record = records.get(page.translation_key)
        if translation is None or translation.alias_of_id:
            if not mirrors_source and record is None:
                continue
            pending.append(
                PendingTranslation(page, MISSING, record=record, owner=owners.get(page.pk))
            )
            continue
        missing = untranslated.get(record.source_id, 0) if record else 0
        read_at = record.source.last_updated_at if record else None
        if missing:
            status = INCOMPLETE
        elif parent_keys.get(translation.path) != parent_keys.get(page.path):
            status = MISPLACED
        elif (
            read_at
            and page.last_published_at
            and page.last_published_at > read_at
            and content_changed(page, record.source)
        ):
            status = OUTDATED
        elif not translation.live:
            status = READY
        else:
            continue
        pending.append(
            PendingTranslation(
                page,
                status,
                translation,
                record,
                missing,
                page.last_published_at if status == OUTDATED else None,
                owners.get(page.pk),
            )
        )
    orphans = (
        Page.objects.filter(locale=target, depth__gt=2, alias_of__isnull=True)
        .exclude(translation_key__in=Page.objects.filter(locale=source).values("translation_key"))
        .order_by("path")
    )
    pending.extend(PendingTranslation(orphan, ORPHANED, translation=orphan) for orphan in orphans)
    return pending


def content_changed(page: Page, source) -> bool:
    """Does the live ``page`` have other translatable content than wagtail-localize read into
    ``source`` at the last sync? Its strings, the values a translator may override (links,
    images) and the snippets it refers to count; fields copied as they are (the owner, the
    review date) do not. Asked only of pages published since that sync."""
    copied = {
        field.field_name
        for field in get_translatable_fields(page.specific_class)
        if isinstance(field, SynchronizedField) and not field.overridable
    }
    now = set()
    for segment in extract_segments(page.specific):
        if isinstance(segment, StringSegmentValue):
            now.add(("string", segment.path, segment.string.data))
        elif isinstance(segment, OverridableSegmentValue):
            data = json.dumps(segment.data, cls=DjangoJSONEncoder)
            now.add(("overridable", segment.path, data))
        elif isinstance(segment, RelatedObjectSegmentValue):
            now.add(("related", segment.path, str(segment.translation_key)))
    read = {
        *(
            ("string", path, data)
            for path, data in StringSegment.objects.filter(source=source).values_list(
                "context__path", "string__data"
            )
        ),
        *(
            ("overridable", path, data)
            for path, data in OverridableSegment.objects.filter(source=source).values_list(
                "context__path", "data_json"
            )
        ),
        *(
            ("related", path, str(key))
            for path, key in RelatedObjectSegment.objects.filter(source=source).values_list(
                "context__path", "object_id"
            )
        ),
    }
    # Sources read before a field was made non-overridable still hold it as a segment.
    return {item for item in now ^ read if item[1].split(".")[0] not in copied} != set()


def content_owners(page_ids: list[int]) -> dict[int, object]:
    """Each page's content owner (pages.review), by page id: one query per page type."""
    from pages.models import Person

    owner_ids = {}
    for model in get_page_models():
        if "content_owner" in {field.name for field in model._meta.concrete_fields}:
            owned = model.objects.filter(pk__in=page_ids, content_owner__isnull=False)
            owner_ids.update(owned.values_list("pk", "content_owner_id"))
    people = Person.objects.in_bulk(set(owner_ids.values()))
    return {pk: people[owner] for pk, owner in owner_ids.items()}


def parent_translation_keys(pages: list[Page]) -> dict[str, object]:
    """For each page's path, its parent's translation key: the same in every language when the
    trees have one shape."""
    parent_paths = {page.path: page.path[: -Page.steplen] for page in pages}
    keys = dict(
        Page.objects.filter(path__in=set(parent_paths.values())).values_list(
            "path", "translation_key"
        )
    )
    return {path: keys.get(parent) for path, parent in parent_paths.items()}


def untranslated_by_source(source_ids: list[int], target: Locale) -> dict[int, int]:
    """For each wagtail-localize source, how many of its segments lack a ``target`` string."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale=target,
        has_error=False,
    )
    counts = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .annotate(translated=Exists(translated))
        .values("source_id")
        .annotate(missing=Count("pk", filter=Q(translated=False)))
    )
    return {row["source_id"]: row["missing"] for row in counts}


@dataclass(frozen=True)
class CatalogueStatus:
    """The interface strings of one language (locale/<code>/LC_MESSAGES/django.po)."""

    language_code: str
    translated: int
    missing: int
    fuzzy: int


def catalogue_status() -> list[CatalogueStatus]:
    statuses = []
    for code, _name in settings.LANGUAGES:
        path = Path(settings.LOCALE_PATHS[0]) / code / "LC_MESSAGES" / "django.po"
        if code == settings.LANGUAGE_CODE or not path.exists():
            continue  # Swedish is the source: its strings are the msgids
        catalogue = polib.pofile(str(path))
        fuzzy = len(catalogue.fuzzy_entries())
        statuses.append(
            CatalogueStatus(
                code,
                len(catalogue.translated_entries()),
                len(catalogue.untranslated_entries()),
                fuzzy,
            )
        )
    return statuses
