"""What is scheduled to happen to pages: publications waiting for their time and live pages
with an end date, in every language (Wagtail #13443 asks for this overview; Wagtail shows a
schedule only on each page)."""

from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, Revision

GOES_LIVE = "publiceras"
EXPIRES = "avpubliceras"
KIND_LABELS = {GOES_LIVE: _("Publiceras"), EXPIRES: _("Avpubliceras")}


@dataclass(frozen=True)
class ScheduledChange:
    when: datetime
    kind: str  # GOES_LIVE or EXPIRES
    page: Page  # specific
    revision: Revision | None = None  # for GOES_LIVE: the revision that will go live

    @property
    def title(self) -> str:
        """The title it will have: a scheduled revision may rename the page."""
        return self.revision.object_str if self.revision else self.page.title

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS[self.kind])

    @property
    def is_translation(self) -> bool:
        return self.page.locale.language_code != settings.LANGUAGE_CODE


def scheduled_changes(user) -> list[ScheduledChange]:
    """Every scheduled publication and expiry of a page ``user`` may edit, soonest first."""
    revisions = list(Revision.page_revisions.filter(approved_go_live_at__isnull=False))
    expiring = Page.objects.filter(live=True, expired=False, expire_at__isnull=False)
    planned = [
        *(
            (revision.approved_go_live_at, GOES_LIVE, int(revision.object_id), revision)
            for revision in revisions
        ),
        *((when, EXPIRES, pk, None) for pk, when in expiring.values_list("pk", "expire_at")),
    ]
    pages = Page.objects.filter(pk__in={pk for _, _, pk, _ in planned})
    pages = {page.pk: page for page in pages.select_related("locale").specific()}
    changes = [
        ScheduledChange(when, kind, pages[pk], revision)
        for when, kind, pk, revision in planned
        if pk in pages and pages[pk].permissions_for_user(user).can_edit()
    ]
    return sorted(changes, key=lambda change: (change.when, change.page.path))
