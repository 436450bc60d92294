"""The accessibility statement (tillgänglighetsredogörelse) that the law on accessible digital
public services requires, as structured fields in the order of DIGG's model statement and
the EU model (implementing decision 2018/1523): the service by its name and address, how far
it complies with WCAG 2.1 AA (EN 301 549), what is not accessible under each of the law's three
reasons (shortcomings, disproportionate burden, content outside the law's scope; each section
shown even when empty), how to report a problem or ask for content in another form, DIGG as
the supervisory authority, how the site was assessed and when (with the latest recorded
automated check), and the statement's dates.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField

from pages.accessibility_checks import latest_run
from pages.models.base import SitePage

DIGG_REPORT_URL = "https://www.digg.se/tdosanmalan"


class Conformance(models.TextChoices):
    FULL = "full", _("helt förenlig")
    PARTIAL = "partial", _("delvis förenlig")
    NONE = "none", _("inte förenlig")


class Reason(models.TextChoices):
    NON_CONFORMANCE = "non_conformance", _("Bristande förenlighet med lagkraven")
    DISPROPORTIONATE = "disproportionate", _("Oskäligt betungande anpassning")
    OUT_OF_SCOPE = "out_of_scope", _("Innehållet omfattas inte av lagstiftningen")


NONE_FOR_REASON = {
    Reason.NON_CONFORMANCE: _("Vi känner inte till några brister mot lagkraven."),
    Reason.DISPROPORTIONATE: _(
        "Vi har inte bedömt att någon anpassning skulle vara oskäligt betungande. Allt innehåll "
        "ska alltså uppfylla kraven."
    ),
    Reason.OUT_OF_SCOPE: _(
        "Vi känner inte till något innehåll på webbplatsen som undantas från lagen, till "
        "exempel innehåll från tredje part som vi inte styr över."
    ),
}


class AccessibilityStatementPage(SitePage):
    service_name = models.CharField(
        _("webbplatsens namn"),
        max_length=200,
        help_text=_(
            "Det namn besökarna känner webbplatsen under, till exempel ”Internationell "
            "samverkan” med organisationens namn. Redogörelsen nämner både namnet och adressen."
        ),
    )
    covered_site = models.URLField(
        _("webbplatsen som redogörelsen gäller"),
        help_text=_("Webbplatsens adress, med https://."),
    )
    conformance = models.CharField(
        _("förenlighet med WCAG 2.1 nivå AA"),
        max_length=10,
        choices=Conformance.choices,
        default=Conformance.PARTIAL,
        help_text=_(
            "Helt förenlig bara om inga krav brister. Finns brister: delvis förenlig, och "
            "beskriv dem under Innehåll som inte är tillgängligt."
        ),
    )
    feedback_email = models.EmailField(
        _("e-post för synpunkter och annat format"),
        help_text=_("Dit besökare skriver om brister eller för att få innehåll i annat format."),
    )
    feedback_phone = models.CharField(
        _("telefon"), max_length=40, blank=True, help_text=_("Till exempel 026-15 40 00.")
    )
    reply_time = models.CharField(
        _("svarstid"),
        max_length=200,
        help_text=_("Vad besökaren kan vänta sig, till exempel ”Vi svarar inom fem arbetsdagar.”"),
    )
    assessed_by_self = models.BooleanField(
        _("egen granskning"), default=True, help_text=_("Vi har själva granskat webbplatsen.")
    )
    assessed_automatically = models.BooleanField(
        _("automatiska kontroller"),
        default=True,
        help_text=_("Webbplatsen kontrolleras automatiskt (axe) varje gång den ändras."),
    )
    assessed_by_expert = models.BooleanField(
        _("extern granskning"),
        default=False,
        help_text=_("En oberoende expert har granskat webbplatsen."),
    )
    assessed_on = models.DateField(
        _("granskad"), help_text=_("När webbplatsen senast granskades på det sätt som anges.")
    )
    assessment_description = models.TextField(
        _("så har vi granskat"),
        help_text=_(
            "Vad granskningen omfattade: vad ni kontrollerade själva (till exempel med "
            "tangentbord, förstoring och skärmläsare) och vad de automatiska kontrollerna täcker. "
            "En tom rad mellan styckena."
        ),
    )
    statement_date = models.DateField(
        _("redogörelsen upprättades"), help_text=_("Dagen då redogörelsen först skrevs.")
    )

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []
    max_count_per_parent = 1

    content_panels = [
        *SitePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("service_name"),
                FieldPanel("covered_site"),
                FieldPanel("conformance"),
            ],
            heading=_("Webbplats och förenlighet"),
        ),
        InlinePanel(
            "inaccessible_content",
            heading=_("Innehåll som inte är tillgängligt"),
            label=_("Brist"),
        ),
        MultiFieldPanel(
            [FieldPanel("feedback_email"), FieldPanel("feedback_phone"), FieldPanel("reply_time")],
            heading=_("Synpunkter och innehåll i annat format"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("assessed_by_self"),
                FieldPanel("assessed_automatically"),
                FieldPanel("assessed_by_expert"),
                FieldPanel("assessed_on"),
                FieldPanel("assessment_description"),
                FieldPanel("statement_date"),
            ],
            heading=_("Hur webbplatsen granskats"),
        ),
    ]

    class Meta:
        verbose_name = _("tillgänglighetsredogörelse")
        verbose_name_plural = _("tillgänglighetsredogörelser")

    digg_report_url = DIGG_REPORT_URL
    override_translatable_fields = [
        *SitePage.override_translatable_fields,
        SynchronizedField("feedback_phone"),
    ]

    def clean(self):
        super().clean()
        items = list(self.inaccessible_content.all())
        shortcomings = [item for item in items if item.reason == Reason.NON_CONFORMANCE]
        if self.conformance == Conformance.FULL and shortcomings:
            raise ValidationError(
                {
                    "conformance": _(
                        "Webbplatsen kan inte vara helt förenlig när brister mot lagkraven finns "
                        "listade. Välj delvis förenlig."
                    )
                }
            )
        if self.conformance != Conformance.FULL and not items:
            raise ValidationError(
                {
                    "conformance": _(
                        "Beskriv bristerna under Innehåll som inte är tillgängligt, eller välj "
                        "helt förenlig."
                    )
                }
            )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Generated, not typed: the latest axe run the browser tests recorded.
        context["automated_checks"] = latest_run() if self.assessed_automatically else None
        return context

    def assessment_methods(self) -> list[str]:
        methods = [
            (self.assessed_by_self, _("egen granskning")),
            (self.assessed_automatically, _("automatiska kontroller med verktyget axe")),
            (self.assessed_by_expert, _("granskning av en oberoende expert")),
        ]
        return [str(label) for used, label in methods if used]

    def content_by_reason(self) -> list[tuple[str, list, str]]:
        """Each of the law's three reasons with its items and what to say when it has none:
        DIGG's and the EU's model statements have a section for each, empty or not."""
        items = list(self.inaccessible_content.all())
        return [
            (label, [item for item in items if item.reason == reason], NONE_FOR_REASON[reason])
            for reason, label in Reason.choices
        ]


class InaccessibleContent(Orderable):
    """One thing on the site that is not accessible, why, and what is offered instead."""

    page = ParentalKey(
        AccessibilityStatementPage, on_delete=models.CASCADE, related_name="inaccessible_content"
    )
    description = models.TextField(
        _("vad som inte är tillgängligt"),
        help_text=_("Beskriv bristen så att en besökare förstår vad som inte fungerar."),
    )
    reason = models.CharField(
        _("skäl"),
        max_length=20,
        choices=Reason.choices,
        default=Reason.NON_CONFORMANCE,
        help_text=_("Varför innehållet inte är tillgängligt, enligt lagens tre skäl."),
    )
    wcag_criterion = models.CharField(
        _("WCAG-kriterium"),
        max_length=100,
        blank=True,
        help_text=_("Till exempel ”1.1.1 Icke-textuellt innehåll”."),
    )
    alternative = models.TextField(
        _("alternativ"),
        blank=True,
        help_text=_("Hur besökaren kan få innehållet på annat sätt."),
    )
    fixed_by = models.DateField(
        _("åtgärdas senast"), null=True, blank=True, help_text=_("Tomt om inget datum är satt.")
    )

    panels = [
        FieldPanel("description"),
        FieldPanel("reason"),
        FieldPanel("wcag_criterion"),
        FieldPanel("alternative"),
        FieldPanel("fixed_by"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("brist")
        verbose_name_plural = _("brister")
