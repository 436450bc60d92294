"""Content owners and yearly review: which pages are due, and why.

Every page has a content owner (a contact: a function's mailbox or a staff member) and the date
it was last reviewed. A page is due when it has no owner, was never reviewed, or was reviewed
more than a year ago. Dated items (news, events) are true on their date and are not reviewed.
Only the source language is listed: a translation shares its source's owner and date.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, get_page_models

REVIEW_INTERVAL = datetime.timedelta(days=365)

NO_OWNER = _("Ingen innehållsansvarig")
NEVER_REVIEWED = _("Aldrig granskad")
OVERDUE = _("Granskades för mer än ett år sedan")


@dataclass(frozen=True)
class DueReview:
    page: Page
    reasons: list[str]

    @property
    def owner(self):
        return self.page.content_owner

    @property
    def last_reviewed(self) -> datetime.date | None:
        return self.page.last_reviewed


def reviewed_page_models() -> list[type[Page]]:
    return [model for model in get_page_models() if getattr(model, "needs_review", False)]


def due_reviews(today: datetime.date | None = None) -> list[DueReview]:
    """The live source-language pages that need their owner's attention, in tree order."""
    today = today or timezone.localdate()
    cutoff = today - REVIEW_INTERVAL
    due = []
    for model in reviewed_page_models():
        pages = (
            model.objects.live()
            .filter(locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True)
            .select_related("content_owner")
        )
        for page in pages:
            reasons = []
            if page.content_owner_id is None:
                reasons.append(str(NO_OWNER))
            if page.last_reviewed is None:
                reasons.append(str(NEVER_REVIEWED))
            elif page.last_reviewed < cutoff:
                reasons.append(str(OVERDUE))
            if reasons:
                due.append(DueReview(page, reasons))
    return sorted(due, key=lambda item: item.page.path)


def due_by_owner_email(today: datetime.date | None = None) -> dict[str, list[DueReview]]:
    """The due pages that have an owner with an e-mail address, per address."""
    by_email = defaultdict(list)
    for item in due_reviews(today):
        if item.owner is not None and item.owner.email:
            by_email[item.owner.email].append(item)
    return dict(by_email)
