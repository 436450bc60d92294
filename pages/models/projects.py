"""EU projects: an index with filters by theme, programme and status, and one page each."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse, HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from pages import charts, open_data
from pages.filters import FilteredListingMixin, ProjectFilterForm
from pages.models.base import (
    ContactLink,
    PartnerLink,
    PartnersMixin,
    SitePage,
    ThemedPage,
    contacts_panel,
    tagged_with,
)
from pages.site_settings import SiteSettings
from pages.snippets import FundingProgramme
from pages.visibility import visible


class ProjectStatus(models.TextChoices):
    PLANNED = "planerat", _("Planerat")
    ONGOING = "pagaende", _("Pågående")
    FINISHED = "avslutat", _("Avslutat")


def status_filter(status: str, today: datetime.date) -> models.Q:
    """The projects with ``status`` on ``today``, as a database filter."""
    if status == ProjectStatus.PLANNED:
        return models.Q(start_date__gt=today)
    if status == ProjectStatus.FINISHED:
        return models.Q(end_date__lt=today)
    return models.Q(start_date__lte=today) & (
        models.Q(end_date__gte=today) | models.Q(end_date__isnull=True)
    )


class ProjectIndexPage(FilteredListingMixin, RoutablePageMixin, SitePage):
    """All EU projects in one language, filterable without JavaScript; the register as open
    data (data/) and as charts with tables (oversikt/)."""

    parent_page_types = ["pages.HomePage"]
    subpage_types = ["pages.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("projektlista")
        verbose_name_plural = _("projektlistor")

    def projects(self, request=None):
        return (
            visible(ProjectPage.objects.child_of(self), request)
            .select_related("programme")
            .order_by("-start_date", "title")
        )

    # The filters (FilteredListingMixin).
    def listing(self, request):
        return self.projects(request)

    def filter_form(self, data, request):
        return ProjectFilterForm(
            data,
            themes=ProjectPage.theme_choices(self.locale_id, request),
            # Only programmes a visitor can see a project of: a private project's is not named.
            programmes=FundingProgramme.objects.filter(
                locale_id=self.locale_id, pk__in=self.projects(request).values("programme")
            ),
            statuses=ProjectStatus.choices,
        )

    # The register as open data (pages/open_data.py) and seen as charts (pages/charts.py).
    @path("data/csv/", name="projects_csv")
    def projects_csv(self, request):
        response = HttpResponse(
            open_data.as_csv(open_data.records(self, request)),
            content_type="text/csv; charset=utf-8",
        )
        return self._open_data(response, "projekt.csv")

    @path("data/csv/kalkylark/", name="projects_spreadsheet_csv")
    def projects_spreadsheet_csv(self, request):
        body = open_data.as_csv(open_data.records(self, request), for_spreadsheet=True)
        response = HttpResponse(body, content_type="text/csv; charset=utf-8")
        return self._open_data(response, "projekt-kalkylark.csv")

    @path("data/schema/", name="projects_schema")
    def projects_schema(self, request):
        body = open_data.table_schema(language=self.locale.language_code)
        return self._open_data(HttpResponse(body, content_type="application/json"), None)

    @path("data/", name="open_data")
    def open_data_documentation(self, request):
        """The register's documentation for people: the files, the fields, the licence."""
        return self.render(
            request,
            context_overrides={
                "subpage_title": _("Öppna data om EU-projekten"),
                "fields": [
                    (name, open_data.TYPE_NAMES[kind], meaning)
                    for name in open_data.FIELDS
                    for kind, _form, meaning in [open_data.FIELD_DOCS[name]]
                ],
            },
            template="pages/open_data_documentation.html",
        )

    @path("data/json/", name="projects_json")
    def projects_json(self, request):
        body = open_data.as_json(
            open_data.records(self, request),
            source=self.get_full_url(request),
            language=self.locale.language_code,
        )
        response = HttpResponse(body, content_type="application/json")
        return self._open_data(response, "projekt.json")

    @path("data/dcat/", name="dcat")
    def dcat(self, request):
        base = self.get_full_url(request)
        projects = self.projects(request)
        dates = projects.aggregate(
            issued=models.Min("first_published_at"),
            modified=models.Max("last_published_at"),
            start=models.Min("start_date"),
            end=models.Max("end_date"),
        )
        open_ended = projects.filter(end_date__isnull=True).exists()
        now = timezone.now()
        settings = SiteSettings.for_request(request)
        body = open_data.as_dcat(
            catalogue_url=base + "data/dcat/",
            dataset_url=base,
            title=str(_("EU-projekt där %(organisation)s deltar"))
            % {"organisation": settings.organisation_name},
            description=str(
                _(
                    "De EU-finansierade projekt där %(organisation)s deltar: namn, "
                    "finansieringsprogram, regionens roll, start och slut, budget, EU-stöd, "
                    "teman och partner. Uppdateras när en projektsida publiceras."
                )
            )
            % {"organisation": settings.organisation_name},
            publisher=settings.organisation_name,
            language=self.locale.language_code,
            csv_url=base + "data/csv/",
            spreadsheet_url=base + "data/csv/kalkylark/",
            json_url=base + "data/json/",
            schema_url=base + "data/schema/",
            documentation_url=base + "data/",
            issued=(dates["issued"] or now).isoformat(),
            modified=(dates["modified"] or now).isoformat(),
            period=(
                dates["start"] and dates["start"].isoformat(),
                None if open_ended or not dates["end"] else dates["end"].isoformat(),
            ),
            contact_email=settings.email or "",
        )
        return self._open_data(HttpResponse(body, content_type="application/rdf+xml"), None)

    def _open_data(self, response, filename):
        response["Link"] = f'<{open_data.LICENCE}>; rel="license"'
        response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
        if filename:
            response["Content-Disposition"] = f'inline; filename="{filename}"'
        return response

    # The overview's address is a word, so it is in the page's language; the other is moved.
    OVERVIEW_ADDRESSES = {"sv": "oversikt/", "en": "overview/"}

    def overview_address(self) -> str:
        language = self.locale.language_code
        return self.OVERVIEW_ADDRESSES.get(language, self.OVERVIEW_ADDRESSES["sv"])

    def overview_url(self) -> str:
        return self.url + self.overview_address()

    @path("oversikt/", name="overview")
    @path("overview/", name="overview_en")
    def overview(self, request):
        if not request.path.endswith("/" + self.overview_address()):
            return HttpResponsePermanentRedirect(self.overview_url())
        projects = list(self.projects(request))
        return self.render(
            request,
            context_overrides={
                "subpage_title": _("Projekten i siffror"),
                "funding": charts.funding_by_programme(projects),
                "themes_funding": charts.funding_by_theme(projects, request),
                "timeline": charts.timeline(projects),
            },
            template="pages/project_overview.html",
        )

    def apply_filters(self, projects, cleaned_data):
        if theme := cleaned_data["tema"]:
            projects = tagged_with(projects, theme)
        if programme := cleaned_data["program"]:
            projects = projects.filter(programme__translation_key=programme.translation_key)
        if status := cleaned_data["status"]:
            projects = projects.filter(status_filter(status, timezone.localdate()))
        return projects.distinct()


class ProjectPage(PartnersMixin, ThemedPage):
    """One EU project: programme, the region's role, period, money, partners, themes."""

    class Role(models.TextChoices):
        LEAD_PARTNER = "lead_partner", _("Huvudsökande")
        PARTNER = "partner", _("Projektpartner")

    class Currency(models.TextChoices):
        EUR = "EUR", "EUR"
        SEK = "SEK", "SEK"

    programme = models.ForeignKey(
        "pages.FundingProgramme",
        verbose_name=_("finansieringsprogram"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "EU-programmet som finansierar projektet. Saknas det? Lägg till det under "
            "Snuttar → Finansieringsprogram."
        ),
    )
    role = models.CharField(
        _("regionens roll"),
        max_length=20,
        choices=Role.choices,
        default=Role.PARTNER,
        help_text=_("Huvudsökande leder projektet; projektpartner deltar."),
    )
    start_date = models.DateField(
        _("startdatum"), help_text=_("Projektets status räknas ut från start- och slutdatum.")
    )
    end_date = models.DateField(
        _("slutdatum"), null=True, blank=True, help_text=_("Tomt om slutdatumet inte är bestämt.")
    )
    total_budget = models.DecimalField(
        _("total budget"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        help_text=_("Hela projektets budget i hela tal, utan mellanslag."),
    )
    eu_funding = models.DecimalField(
        _("EU-finansiering"),
        max_digits=14,
        decimal_places=0,
        null=True,
        blank=True,
        help_text=_("Den del av budgeten som EU betalar, i hela tal."),
    )
    currency = models.CharField(
        _("valuta"),
        max_length=3,
        choices=Currency.choices,
        default=Currency.EUR,
        help_text=_("Valutan för budgeten och EU-finansieringen."),
    )

    parent_page_types = ["pages.ProjectIndexPage"]
    subpage_types = []

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("programme"),
                FieldPanel("role"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldRowPanel(
                    [FieldPanel("total_budget"), FieldPanel("eu_funding"), FieldPanel("currency")]
                ),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Projektfakta"),
        ),
        InlinePanel(
            "partner_links", label=_("Partnerorganisationer"), heading=_("Partnerorganisationer")
        ),
        contacts_panel(),
    ]

    class Meta:
        verbose_name = _("projekt")
        verbose_name_plural = _("projekt")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Slutdatumet kan inte vara före startdatumet.")})

    @property
    def status(self) -> str:
        today = timezone.localdate()
        if self.start_date > today:
            return ProjectStatus.PLANNED
        if self.end_date and self.end_date < today:
            return ProjectStatus.FINISHED
        return ProjectStatus.ONGOING

    @property
    def status_label(self) -> str:
        return ProjectStatus(self.status).label


class ProjectPageContact(ContactLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="contact_links")


class ProjectPartner(PartnerLink):
    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partner_links")
