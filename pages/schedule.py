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
    changes = []
    revisions = Revision.page_revisions.filter(approved_go_live_at__isnull=False)
    pages = Page.objects.in_bulk([int(r.object_id) for r in revisions])
    for revision in revisions:
        page = pages.get(int(revision.object_id))
        if page is not None:
            changes.append(ScheduledChange(revision.approved_go_live_at, GOES_LIVE, page, revision))
    expiring = Page.objects.filter(live=True, expired=False, expire_at__isnull=False)
    changes += [ScheduledChange(page.expire_at, EXPIRES, page) for page in expiring]
    specific = {
        page.pk: page
        for page in Page.objects.filter(pk__in={c.page.pk for c in changes})
        .select_related("locale")
        .specific()
    }
    visible = [
        ScheduledChange(change.when, change.kind, specific[change.page.pk], change.revision)
        for change in changes
        if specific[change.page.pk].permissions_for_user(user).can_edit()
    ]
    return sorted(visible, key=lambda change: (change.when, change.page.path))
