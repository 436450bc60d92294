"""The editors' reports in the admin: pages due for review (owners and yearly review), the
site's readability (LIX per page) and what is scheduled to be published or unpublished. Each
sortable or ordered, and downloadable as CSV."""

import datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import Locale, get_page_models

from pages.readability import EASY_READ_LIMIT, HARD_TO_READ, is_rated, page_lix, page_paragraphs
from pages.review import REVIEW_INTERVAL, due_reviews
from pages.schedule import scheduled_changes
from regionsite import spreadsheets


class ListReport(WagtailAdminTemplateMixin, TemplateView):
    """A report of rows: ``?sortera=`` one of ``sorts``, ``?format=csv`` for a spreadsheet."""

    sorts: dict = {}
    default_sort = ""
    csv_filename = "rapport.csv"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def rows(self) -> list:
        raise NotImplementedError

    def csv_header(self) -> list[str]:
        raise NotImplementedError

    def csv_row(self, row) -> list:
        raise NotImplementedError

    def sorted_rows(self) -> list:
        sort = self.request.GET.get("sortera", "")
        key, reverse = self.sorts.get(sort) or self.sorts[self.default_sort]
        return sorted(self.rows(), key=key, reverse=reverse)

    def get(self, request, *args, **kwargs):
        if request.GET.get("format") == "csv":
            response = HttpResponse(content_type="text/csv; charset=utf-8")
            response["Content-Disposition"] = f'attachment; filename="{self.csv_filename}"'
            writer = spreadsheets.writer(response)
            writer.writerow([str(heading) for heading in self.csv_header()])
            for row in self.sorted_rows():
                writer.writerow(self.csv_row(row))
            return response
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["rows"] = self.sorted_rows()
        context["sort"] = self.request.GET.get("sortera") or self.default_sort
        context["query"] = self.request.GET.urlencode()
        return context


class ReviewReportView(ListReport):
    """Sidor att granska: pages with no content owner, never reviewed, or not for a year."""

    page_title = _("Sidor att granska")
    header_icon = "calendar-check"
    template_name = "pages/admin/review_report.html"
    csv_filename = "sidor-att-granska.csv"
    default_sort = "granskad"
    sorts = {
        "granskad": (lambda item: (item.last_reviewed or datetime.date.min, item.page.path), False),
        "sida": (lambda item: item.page.path, False),
        "ansvarig": (lambda item: (str(item.owner or ""), item.page.path), False),
    }

    def rows(self):
        return due_reviews()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["review_interval_days"] = REVIEW_INTERVAL.days
        context["today"] = timezone.localdate()
        return context

    def csv_header(self):
        return [
            _("Sida"),
            _("Innehållsansvarig"),
            _("E-post"),
            _("Senast granskad"),
            _("Skäl"),
            _("Adress"),
        ]

    def csv_row(self, item):
        return [
            item.page.title,
            str(item.owner or ""),
            item.owner.email if item.owner else "",
            item.last_reviewed.isoformat() if item.last_reviewed else "",
            "; ".join(item.reasons),
            item.page.get_full_url(self.request),
        ]


class PageReadability:
    """One page's LIX and the text it measured."""

    def __init__(self, page):
        self.page = page
        self.paragraphs = page_paragraphs(page)
        self.lix = page_lix(page)
        self.rated = is_rated(page)
        # Lättläst pages are held to a stricter limit (pages.models.easy_read).
        self.limit = getattr(page, "lix_limit", HARD_TO_READ)

    @property
    def hard_to_read(self) -> bool:
        return self.lix is not None and self.lix.over(self.limit)

    @property
    def score(self) -> float | None:
        return self.lix.score if self.lix else None

    @property
    def excerpt(self) -> str:
        text = " ".join(self.paragraphs)
        return text if len(text) <= 160 else text[:159].rsplit(" ", 1)[0] + " …"


class ReadabilityReportView(ListReport):
    """Läsbarhet (LIX): every live page's LIX in every language, from its lead and body (not
    navigation), pages above 45 flagged; ``?sprak=`` filters by language."""

    page_title = _("Läsbarhet (LIX)")
    header_icon = "doc-full"
    template_name = "pages/admin/readability_report.html"
    csv_filename = "lasbarhet-lix.csv"
    default_sort = "lix"
    sorts = {
        "lix": (lambda row: row.score if row.score is not None else -1, True),
        "sida": (lambda row: (row.page.locale_id, row.page.path), False),
    }

    def rows(self):
        language = self.request.GET.get("sprak", "")
        rows = []
        for model in get_page_models():
            if not hasattr(model, "intro"):
                continue
            pages = model.objects.live().filter(alias_of__isnull=True).select_related("locale")
            if language:
                pages = pages.filter(locale__language_code=language)
            rows.extend(PageReadability(page) for page in pages)
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["hard_to_read"] = HARD_TO_READ
        context["easy_read_limit"] = EASY_READ_LIMIT
        context["languages"] = Locale.objects.order_by("pk")
        context["language"] = self.request.GET.get("sprak", "")
        context["flagged"] = sum(1 for row in context["rows"] if row.hard_to_read)
        context["source_language"] = settings.LANGUAGE_CODE
        return context

    def csv_header(self):
        return [
            _("Språk"),
            _("Sida"),
            _("LIX"),
            _("Nivå"),
            _("Ord"),
            _("Meningar"),
            _("Över gränsen"),
            _("Adress"),
            _("Mätt text"),
        ]

    def csv_row(self, row):
        lix = row.lix
        return [
            row.page.locale.language_code,
            row.page.title,
            f"{lix.score:.0f}" if lix else "",
            lix.band if lix else "",
            lix.words if lix else 0,
            lix.sentences if lix else 0,
            str(_("ja") if row.hard_to_read else _("nej")) if lix else "",
            row.page.get_full_url(self.request),
            " ".join(row.paragraphs),
        ]


class ScheduleReportView(ListReport):
    """Schemalagt: every page and translation scheduled to go live or to be unpublished, by
    date, with links to the page and its editor."""

    page_title = _("Schemalagda publiceringar")
    header_icon = "calendar-alt"
    template_name = "pages/admin/schedule_report.html"
    csv_filename = "schemalagt.csv"
    default_sort = "datum"
    sorts = {"datum": (lambda change: (change.when, change.page.path), False)}

    def rows(self):
        return scheduled_changes(self.request.user)

    def csv_header(self):
        return [_("Tidpunkt"), _("Händelse"), _("Sida"), _("Språk"), _("Adress")]

    def csv_row(self, change):
        return [
            timezone.localtime(change.when).strftime("%Y-%m-%d %H:%M"),
            change.kind_label,
            change.title,
            change.page.locale.language_code,
            change.page.get_full_url(self.request) or "",
        ]
